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

    /// <summary>The server package's ProductName (its DisplayName), read from the built package: Server.wxs defines it.</summary>
    public static string ServerProductName => ClientPackageLayout.PropertyOf(Repository.RequireBuilt(RepositoryLayout.ServerPackage), "ProductName");

    /// <summary>The DisplayVersion of every registered product whose DisplayName is <paramref name="displayName"/>.</summary>
    public static IReadOnlyList<string> Versions(WineMachine machine, string displayName) =>
        Registered(machine, displayName).Select(p => p.Version).ToList();

    /// <summary>
    /// A test's cleanup: uninstalls every registered product named <paramref name="displayName"/> by its product code,
    /// whichever package, version or context (per-machine or per-user) installed it, and nothing else: one registry read
    /// when nothing is installed, where running msiexec /x for each package a test might have installed took seconds.
    /// </summary>
    public static void UninstallAll(WineMachine machine, string displayName, string testName)
    {
        foreach (var (productCode, _) in Registered(machine, displayName))
            machine.Msiexec(testName, ["/x", productCode ?? throw new InvalidOperationException($"{displayName} is registered under a key not named by a product code")]);
    }

    private static IReadOnlyList<(string? ProductCode, string Version)> Registered(WineMachine machine, string displayName)
    {
        var registry = new WineRegistry(machine);
        var output = string.Concat(Uninstall.Select(key => registry.Tree(key) + "\n"));
        var products = new List<(string?, string)>();
        foreach (var block in Regex.Split(output, @"\r?\n(?=HKEY_)"))
        {
            if (!Regex.IsMatch(block, @"^\s+DisplayName\s+REG_SZ\s+" + Regex.Escape(displayName) + @"\s*$", RegexOptions.Multiline)) continue;
            // An MSI product's Uninstall subkey is named by its product code.
            var productCode = Regex.Match(block, @"^HKEY_[^\r\n]*\\(\{[0-9A-Fa-f-]{36}\})\s*$", RegexOptions.Multiline);
            var version = Regex.Match(block, @"^\s+DisplayVersion\s+REG_SZ\s+(\S+)", RegexOptions.Multiline);
            products.Add((productCode.Success ? productCode.Groups[1].Value : null, version.Success ? version.Groups[1].Value : "?"));
        }
        return products;
    }
}
