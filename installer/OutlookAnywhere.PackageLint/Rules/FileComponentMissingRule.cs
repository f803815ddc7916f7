using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>A File row is installed only through its component; one whose component is missing is never installed.</summary>
internal sealed class FileComponentMissingRule : ILintRule
{
    public string Id => "FILE-COMPONENT-MISSING";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var components = package.KeysOf("Component", "Component");
        foreach (var row in package.RowsOf("File"))
        {
            var component = row.GetString("Component_");
            if (component is null || !components.Contains(component))
            {
                yield return new LintFinding(Id, "File", row.Key(),
                    $"file '{row.GetString("FileName")}' belongs to component '{component}', which is not in the Component table, so it is never installed; " +
                    "nest the component inside <Directory>/<DirectoryRef>");
            }
        }
    }
}
