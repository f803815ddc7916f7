using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// Windows Installer reference-counts components by ComponentId across all products: two components with one GUID
/// share their reference count, and uninstalling one can remove (or leave behind) the other's resources.
/// </summary>
internal sealed class DuplicateComponentGuidRule : ILintRule
{
    public string Id => "DUPLICATE-COMPONENT-GUID";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        // GUIDs compare case-insensitively; a null ComponentId (unmanaged component) is not a duplicate.
        var firstOwner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in package.RowsOf("Component"))
        {
            var component = row.GetString("Component") ?? "";
            var guid = row.GetString("ComponentId");
            if (guid is null)
            {
                continue;
            }

            if (firstOwner.TryGetValue(guid, out var owner))
            {
                yield return new LintFinding(Id, "Component", component,
                    $"component {component} has ComponentId {guid}, already used by component {owner}; give each component its own Guid");
            }
            else
            {
                firstOwner.Add(guid, component);
            }
        }
    }
}
