using System.Text.RegularExpressions;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>Which products Windows Installer has registered, as Programs and Features lists them.</summary>
public static class InstalledProducts
{
    // Programs and Features lists both views: a 32-bit (Intel) package registers under Wow6432Node on 64-bit Windows.
    private static readonly string[] Uninstall =
    [
        @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
        @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    ];

    /// <summary>The DisplayVersion of every registered product whose DisplayName is <paramref name="displayName"/>.</summary>
    public static IReadOnlyList<string> Versions(WineMachine machine, string displayName)
    {
        var registry = new WineRegistry(machine);
        var output = string.Concat(Uninstall.Select(key => registry.Tree(key) + "\n"));
        var versions = new List<string>();
        foreach (var block in Regex.Split(output, @"\r?\n(?=HKEY_)"))
        {
            if (!Regex.IsMatch(block, @"^\s+DisplayName\s+REG_SZ\s+" + Regex.Escape(displayName) + @"\s*$", RegexOptions.Multiline)) continue;
            var version = Regex.Match(block, @"^\s+DisplayVersion\s+REG_SZ\s+(\S+)", RegexOptions.Multiline);
            versions.Add(version.Success ? version.Groups[1].Value : "?");
        }
        return versions;
    }
}
