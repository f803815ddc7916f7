using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Shared by the client package's end-to-end tests (<see cref="ClientPackageTests"/>, <see cref="DivisionTransformTests"/>):
/// where the client package writes, how Office's own setup is imitated in the prefix, and what the package must write for
/// a set of properties. The expected values are computed by the logic library (ClientProperties.Parse with its defaults,
/// ProfileFile.Render, RohFlagsCalculator), never written out by hand.
/// </summary>
internal static class ClientPackageLayout
{
    public const string ProductName = "Outlook Anywhere Client Settings";
    public const string ProductKey = @"HKLM\SOFTWARE\OutlookAnywhere\Client";
    /// <summary>The values the install was given (not the defaults), read back by a later upgrade or repair.</summary>
    public const string RememberedSettingsKey = ProductKey + @"\Settings";
    public const string UserProductKey = @"HKCU\SOFTWARE\OutlookAnywhere\Client";
    public const string ActiveSetupKeys = @"HKLM\SOFTWARE\Microsoft\Active Setup\Installed Components";
    /// <summary>The product's Active Setup entry: one id across releases, Version = the product version.</summary>
    public const string ActiveSetupEntry = ActiveSetupKeys + @"\OutlookAnywhere.Client";
    public const string PolicyKey = @"HKCU\Software\Policies\Microsoft\Office\16.0\Outlook\RPC";
    public const string PrfWindowsPath = @"C:\Program Files\Outlook Anywhere Deployment Kit\Client\OutlookAnywhere.prf";
    public static readonly string[] OfficeVersions = ["9.0", "10.0", "11.0", "12.0", "14.0", "15.0", "16.0"];
    // What Click-to-Run Office leaves instead of InstallRoot (DOMAIN.md §2).
    public const string ClickToRunConfiguration = @"HKLM\SOFTWARE\Microsoft\Office\ClickToRun\Configuration";
    public const string OutlookAppPath = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE";
    public const string OutlookAppPathWow64 = @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE";
    public const string VirtualOutlook15 = @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Office\15.0\Common\InstallRoot\Virtual";

    /// <summary>The PRF as Linux sees it in the prefix.</summary>
    public static string PrfPath(WineMachine machine) =>
        Path.Combine(machine.Prefix, "drive_c", "Program Files", "Outlook Anywhere Deployment Kit", "Client", "OutlookAnywhere.prf");

    public static string ReadPrf(WineMachine machine) =>
        File.Exists(PrfPath(machine)) ? File.ReadAllText(PrfPath(machine)) : $"(no file {PrfPath(machine)})";

    public static string SetupKey(string version) => $@"HKCU\Software\Microsoft\Office\{version}\Outlook\Setup";

    public static string InstallRoot(string version, bool wow64) =>
        $@"HKLM\SOFTWARE\{(wow64 ? @"Wow6432Node\" : "")}Microsoft\Office\{version}\Outlook\InstallRoot";

    /// <summary>What Office's setup leaves for an MSI Outlook: InstallRoot\Path (under Wow6432Node for 32-bit Office).</summary>
    public static void SeedOutlook(WineRegistry registry, string version, bool wow64) =>
        registry.SetString(InstallRoot(version, wow64), "Path", $@"C:\Program Files (x86)\Microsoft Office\Office{version.Split('.')[0]}\");

    /// <summary>Removes every seeded Office key and whatever the package left under them, so the next test starts clean.</summary>
    public static void DeleteOutlookKeys(WineRegistry registry)
    {
        foreach (var version in OfficeVersions)
        {
            registry.DeleteKey(InstallRoot(version, wow64: false));
            registry.DeleteKey(InstallRoot(version, wow64: true));
            registry.DeleteKey(SetupKey(version));
        }
        registry.DeleteKey(PolicyKey);
        foreach (var key in new[] { ClickToRunConfiguration, OutlookAppPath, OutlookAppPathWow64, VirtualOutlook15 }) registry.DeleteKey(key);
    }

    /// <summary>
    /// ProfileFile.Render for the same properties, without its comment and blank lines: the IniFile table writes only
    /// [section] and key=value lines (Windows Installer has no row for a comment; Wine and Windows add no blank lines).
    /// </summary>
    public static string ExpectedPrf(IDictionary<string, string> properties)
    {
        var lines = ProfileFile.Render(ClientProperties.Parse(properties)).Split("\r\n")
            .Where(line => line.Length > 0 && !line.StartsWith(';'));
        return string.Concat(lines.Select(line => line + "\r\n"));
    }

    /// <summary>
    /// Every value the Outlook 2016+ policy component writes under <see cref="PolicyKey"/>, as `reg query` shows it
    /// (the outlk16.admx types: proxyservername REG_EXPAND_SZ, the numbers REG_DWORD), from the parsed settings.
    /// </summary>
    public static IReadOnlyDictionary<string, RegistryValue> ExpectedPolicyValues(IDictionary<string, string> properties)
    {
        var settings = ClientProperties.Parse(properties);
        return new SortedDictionary<string, RegistryValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["proxyservername"] = new("REG_EXPAND_SZ", settings.ProxyServer),
            ["proxyserverprincipalname"] = new("REG_SZ", settings.ProxyPrincipal),
            ["proxyserverflags"] = RegistryValue.Dword(settings.RohFlags),
            ["proxyauthenticationservice"] = RegistryValue.Dword((int)settings.ProxyAuthentication),
            ["enablerpcencryption"] = RegistryValue.Dword(settings.EncryptRpc ? 1 : 0),
        };
    }

    public static string ProductCode(string package) => PropertyOf(package, "ProductCode");

    public static string ProductVersion(string package) => PropertyOf(package, "ProductVersion");

    private static string PropertyOf(string package, string property)
    {
        using var database = MsiDatabase.Open(package);
        return database.GetRequiredTable("Property").FindRow(property)?.GetString("Value")
            ?? throw new InvalidOperationException($"{package} has no {property}");
    }
}
