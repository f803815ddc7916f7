using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Rules;

/// <summary>
/// A 32-bit (Intel) package may hold no 64-bit component and no 64-bit registry search: Windows Installer refuses it
/// (ICE80), and 32-bit Windows has no 64-bit view to read. The x86 build passes Win64="no" to every component and search.
/// </summary>
internal sealed class Win64In32BitPackageRule : ILintRule
{
    private const int Component64Bit = 0x100;          // msidbComponentAttributes64bit
    private const int Locator64Bit = 0x10;             // msidbLocatorType64bit

    public string Id => "WIN64-IN-32BIT-PACKAGE";

    public IEnumerable<LintFinding> Check(MsiDatabase package)
    {
        if (package.Is64BitPackage()) yield break;
        foreach (var row in package.RowsOf("Component"))
        {
            var attributes = row.GetInt("Attributes") ?? 0;
            if ((attributes & Component64Bit) != 0)
                yield return new LintFinding(Id, "Component", row.Key(),
                    $"component {row.GetString("Component")} is 64-bit (Attributes {attributes}) in a 32-bit package (Template " +
                    $"'{package.Summary.Template}'), which Windows Installer refuses (ICE80); build it with Win64=\"no\" (Attributes bit 0x100 clear)");
        }
        foreach (var row in package.RowsOf("RegLocator"))
        {
            var type = row.GetInt("Type") ?? 0;
            if ((type & Locator64Bit) != 0)
                yield return new LintFinding(Id, "RegLocator", row.Key(),
                    $"search of {row.GetString("Key")} reads the 64-bit view (Type {type}) in a 32-bit package (Template " +
                    $"'{package.Summary.Template}'), which Windows Installer refuses (ICE80); drop Win64 (Type bit 0x10 clear)");
        }
    }
}
