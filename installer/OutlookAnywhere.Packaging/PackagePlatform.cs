namespace OutlookAnywhere.Packaging;

/// <summary>
/// A Windows platform a package is built for. wixl's <c>-a</c> sets the summary Template (Intel;1033 or x64;1033), but not
/// the 64-bit attribute of components and registry searches: the sources read <c>$(var.Win64)</c> for that, and the
/// post-build SQL reads the same variables (<see cref="PostBuildStatements"/>). ICE80: a 32-bit package may carry
/// no 64-bit component or search.
/// </summary>
/// <param name="Name">wixl's -a value and the suffix of the package file (OutlookAnywhere.Client-x86.msi).</param>
/// <param name="Is64Bit">Whether components and registry searches are 64-bit.</param>
public sealed record PackagePlatform(string Name, bool Is64Bit)
{
    public static PackagePlatform X86 { get; } = new("x86", Is64Bit: false);
    public static PackagePlatform X64 { get; } = new("x64", Is64Bit: true);
    public static IReadOnlyList<PackagePlatform> All { get; } = [X86, X64];

    /// <summary>
    /// The variables both the WiX sources ($(var.Name), wixl -D) and the post-build SQL see. Numbers are attribute bits,
    /// for SQL that sets a whole Attributes or Type column ($(var.Component64Bit + 68)).
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>
    {
        ["Platform"] = Name,
        ["Win64"] = Is64Bit ? "yes" : "no",
        ["ProgramFilesFolder"] = Is64Bit ? "ProgramFiles64Folder" : "ProgramFilesFolder",
        // The system's own tools (reg.exe) in the package's view; 32-bit Windows has no System64Folder.
        ["SystemFolder"] = Is64Bit ? "System64Folder" : "SystemFolder",
        // reg.exe's view switch: Windows XP's reg.exe knows no /reg:64, and a 32-bit package needs none.
        ["RegView"] = Is64Bit ? " /reg:64" : "",
        ["Component64Bit"] = Is64Bit ? "256" : "0",   // msidbComponentAttributes64bit
        ["RegLocator64Bit"] = Is64Bit ? "16" : "0",   // msidbLocatorType64bit
    };

    public static PackagePlatform Parse(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"platform '{name}' is not one of: {string.Join(", ", All.Select(p => p.Name))}");

    public override string ToString() => Name;
}
