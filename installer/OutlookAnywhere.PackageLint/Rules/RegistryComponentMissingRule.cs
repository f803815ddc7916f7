using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A Registry row is written only through its component. wixl drops a component declared with Directory="..."
/// and leaves its Registry rows dangling (docs/TOOLCHAIN.md §1); the install then silently writes nothing.
/// </summary>
internal sealed class RegistryComponentMissingRule : ILintRule
{
    public string Id => "REGISTRY-COMPONENT-MISSING";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        var components = package.KeysOf("Component", "Component");
        foreach (var row in package.RowsOf("Registry"))
        {
            var component = row.GetString("Component_");
            if (component is null || !components.Contains(component))
            {
                yield return new LintFinding(Id, "Registry", row.Key(),
                    $"value '{row.GetString("Name")}' under '{row.GetString("Key")}' belongs to component '{component}', which is not in the Component table, " +
                    "so it is never written; nest the component inside <Directory>/<DirectoryRef> (wixl drops components declared with Directory=\"...\")");
            }
        }
    }
}
