using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// On x64 Windows a 32-bit component's HKLM writes are redirected under Wow6432Node, where neither the RPC proxy
/// nor Active Directory reads them (docs/DOMAIN.md §1.4); a RegLocator without the 64-bit bit likewise reads the
/// 32-bit view. wixl's -a x64 does not change this: every component needs Win64="yes". A 32-bit package is
/// WIN64-IN-32BIT-PACKAGE's concern: there the 32-bit view is the package's own.
/// </summary>
internal sealed class RegistryHklm32BitRule : ILintRule
{
    private const int HkeyLocalMachine = 2;
    private const int PerUserOrPerMachine = -1;        // HKLM when ALLUSERS=1, HKCU otherwise
    private const int Component64Bit = 0x100;          // msidbComponentAttributes64bit
    private const int Locator64Bit = 0x10;             // msidbLocatorType64bit

    public string Id => "REGISTRY-HKLM-32BIT";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        if (!package.Is64BitPackage()) yield break;
        var perMachine = package.PropertyValue("ALLUSERS") == "1";
        var attributesOf = package.RowsOf("Component")
            .Where(row => row.GetString("Component") is not null)
            .ToDictionary(row => row.GetString("Component")!, row => row.GetInt("Attributes") ?? 0, StringComparer.Ordinal);

        // RemoveRegistry (added after the build) deletes through the same view as Registry writes.
        foreach (var table in new[] { "Registry", "RemoveRegistry" })
        {
            foreach (var row in package.RowsOf(table))
            {
                var root = row.GetInt("Root");
                var isMachine = root == HkeyLocalMachine || (root == PerUserOrPerMachine && perMachine);
                var component = row.GetString("Component_");
                // A missing component is REGISTRY-COMPONENT-MISSING's finding.
                if (isMachine && component is not null && attributesOf.TryGetValue(component, out var attributes) && (attributes & Component64Bit) == 0)
                {
                    yield return new LintFinding(Id, table, row.Key(),
                        $"HKLM\\{row.GetString("Key")} is written by component {component}, which is not 64-bit (Attributes {attributes}), " +
                        "so on x64 Windows it lands under Wow6432Node; add Win64=\"yes\" to the component (Attributes bit 0x100)");
                }
            }
        }

        foreach (var row in package.RowsOf("RegLocator"))
        {
            var type = row.GetInt("Type") ?? 0;
            if (row.GetInt("Root") == HkeyLocalMachine && (type & Locator64Bit) == 0)
            {
                yield return new LintFinding(Id, "RegLocator", row.Key(),
                    $"search of HKLM\\{row.GetString("Key")} reads the 32-bit registry view (Type {type}); add Win64=\"yes\" to the RegistrySearch " +
                    "(Type bit 0x10); to read 32-bit software, name Wow6432Node in the key explicitly");
            }
        }
    }
}
