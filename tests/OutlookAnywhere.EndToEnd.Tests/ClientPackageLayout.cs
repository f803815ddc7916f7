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
    /// <summary>The two properties every install needs (the others take the package defaults); a new copy each time.</summary>
    public static Dictionary<string, string> Required => new()
    {
        [ClientProperties.ExchangeServer] = "ex01.contoso.com",
        [ClientProperties.ProxyServer] = "mail.contoso.com",
    };
    public static readonly string[] OfficeVersions = ["9.0", "10.0", "11.0", "12.0", "14.0", "15.0", "16.0"];
    // What Click-to-Run Office leaves instead of InstallRoot (docs/DOMAIN.md §2.3).
    public const string ClickToRunConfiguration = @"HKLM\SOFTWARE\Microsoft\Office\ClickToRun\Configuration";
    public const string OutlookAppPath = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE";
    public const string OutlookAppPathWow64 = @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\App Paths\OUTLOOK.EXE";
    public const string VirtualOutlook15 = @"HKLM\SOFTWARE\Wow6432Node\Microsoft\Office\15.0\Common\InstallRoot\Virtual";

    public static string SetupKey(string version) => $@"HKCU\Software\Microsoft\Office\{version}\Outlook\Setup";

    public static string InstallRoot(string version, bool wow64) =>
        $@"HKLM\SOFTWARE\{(wow64 ? @"Wow6432Node\" : "")}Microsoft\Office\{version}\Outlook\InstallRoot";

    /// <summary>What Office's setup leaves for an MSI Outlook: InstallRoot\Path (under Wow6432Node for 32-bit Office).</summary>
    public static void SeedOutlook(WineRegistry registry, string version, bool wow64) =>
        registry.SetString(InstallRoot(version, wow64), "Path", $@"C:\Program Files (x86)\Microsoft Office\Office{version.Split('.')[0]}\");

    /// <summary>Removes every seeded Office key and whatever the package left under them, so the next test starts clean.</summary>
    public static void DeleteOutlookKeys(WineRegistry registry) => registry.Apply("delete-office-keys", DeleteOutlookKeys);

    /// <summary><see cref="DeleteOutlookKeys(WineRegistry)"/>'s deletions, for a cleanup that deletes more in the same import.</summary>
    public static void DeleteOutlookKeys(RegistryChanges changes)
    {
        foreach (var version in OfficeVersions)
        {
            changes.DeleteKey(InstallRoot(version, wow64: false));
            changes.DeleteKey(InstallRoot(version, wow64: true));
            changes.DeleteKey(SetupKey(version));
            changes.DeleteKey(EncryptionPolicyKey(version));
        }
        changes.DeleteKey(PolicyKey);
        changes.DeleteKey(CachedModePolicyKey);
        foreach (var key in new[] { ClickToRunConfiguration, OutlookAppPath, OutlookAppPathWow64, VirtualOutlook15 })
        {
            changes.DeleteKey(key);
            changes.DeleteKey(ClientBuild.X86.Machine(key));
        }
    }

    /// <summary>Outlook 2010 and 2013's RPC policy key (EnableRPCEncryption, KB 3032395).</summary>
    public static string EncryptionPolicyKey(string version) => $@"HKCU\Software\Policies\Microsoft\Office\{version}\Outlook\RPC";
    /// <summary>Outlook 2016+'s Cached Exchange Mode policy key (outlk16.admx).</summary>
    public const string CachedModePolicyKey = @"HKCU\Software\Policies\Microsoft\Office\16.0\Outlook\Cached Mode";

    /// <summary>The Cached Mode policy values for the properties, as `reg query` shows them.</summary>
    public static IReadOnlyDictionary<string, RegistryValue> ExpectedCachedModePolicy(IDictionary<string, string> properties)
    {
        var mode = ClientProperties.Parse(properties).CachedMode;
        var values = new SortedDictionary<string, RegistryValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["Enable"] = RegistryValue.Dword(CachedModeProfileValues.PolicyEnable(mode)),
        };
        if (CachedModeProfileValues.DownloadMode(mode) is { } download) values["CachedExchangeMode"] = RegistryValue.Dword(download);
        return values;
    }

    /// <summary>ProfileFile.Render for the same properties: the installed PRF is exactly that text.</summary>
    public static string ExpectedPrf(IDictionary<string, string> properties) =>
        ProfileFile.Render(ClientProperties.Parse(properties));

    /// <summary>
    /// Every value the Outlook 2016+ policy component writes under <see cref="PolicyKey"/>, as `reg query` shows it
    /// (the outlk16.admx types: proxyservername and proxyserverprincipalname REG_EXPAND_SZ, the numbers REG_DWORD), from the parsed settings.
    /// </summary>
    public static IReadOnlyDictionary<string, RegistryValue> ExpectedPolicyValues(IDictionary<string, string> properties)
    {
        var settings = ClientProperties.Parse(properties);
        return new SortedDictionary<string, RegistryValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["proxyservername"] = new("REG_EXPAND_SZ", settings.ProxyServer),
            ["proxyserverprincipalname"] = new("REG_EXPAND_SZ", settings.ProxyPrincipal),
            ["proxyserverflags"] = RegistryValue.Dword(settings.PolicyRohFlags ?? throw new InvalidOperationException($"no proxyserverflags value for PR_ROH_FLAGS {settings.RohFlags}")),
            ["proxyauthenticationservice"] = RegistryValue.Dword((int)settings.ProxyAuthentication),
            ["enablerpcencryption"] = RegistryValue.Dword(settings.EncryptRpc ? 1 : 0),
        };
    }

    public static string ProductCode(string package) => PropertyOf(package, "ProductCode");

    public static string ProductVersion(string package) => PropertyOf(package, "ProductVersion");

    internal static string PropertyOf(string package, string property)
    {
        using var database = MsiDatabase.Open(package);
        return database.GetRequiredTable("Property").FindRow(property)?.GetString("Value")
            ?? throw new InvalidOperationException($"{package} has no {property}");
    }
}

/// <summary>
/// One platform build of the client package, and where a 64-bit Wine prefix (wine64, like 64-bit Windows) shows what it
/// reads and writes. The x64 build works in the 64-bit registry view and Program Files; the x86 build, made for 32-bit
/// Windows, works in the 32-bit view (Wow6432Node here) and Program Files (x86). On 32-bit Windows every Office is 32-bit
/// and in that view, so for the x86 build the tests seed Office there.
/// </summary>
public sealed record ClientBuild(string Platform)
{
    public static ClientBuild X86 { get; } = new("x86");
    public static ClientBuild X64 { get; } = new("x64");

    /// <summary>Theory data: every client test runs on both builds.</summary>
    public static TheoryData<string> Platforms => new("x86", "x64");

    public bool Is64Bit => Platform == "x64";

    public string Package => Repository.RequireBuilt(RepositoryLayout.ClientPackageFor(Platform));

    /// <summary>An HKLM\SOFTWARE key as this build reads or writes it, named for the 64-bit reg.exe the tests use.</summary>
    public string Machine(string key) =>
        Is64Bit || key.Contains(@"\Wow6432Node\", StringComparison.OrdinalIgnoreCase)
            ? key
            : key.Replace(@"HKLM\SOFTWARE\", @"HKLM\SOFTWARE\Wow6432Node\", StringComparison.OrdinalIgnoreCase);

    public string ProductKey => Machine(ClientPackageLayout.ProductKey);
    public string RememberedSettingsKey => Machine(ClientPackageLayout.RememberedSettingsKey);
    public string ActiveSetupEntry => Machine(ClientPackageLayout.ActiveSetupEntry);
    public string MachineCleanup => Machine(ClientPackageLayout.ActiveSetupKeys + @"\OutlookAnywhere.Client.Cleanup");

    private string ProgramFiles => Is64Bit ? "Program Files" : "Program Files (x86)";
    public string PrfWindowsPath => $@"C:\{ProgramFiles}\Outlook Anywhere Deployment Kit\Client\OutlookAnywhere.prf";
    public string PrfPath(WineMachine machine) =>
        Path.Combine(machine.Prefix, "drive_c", ProgramFiles, "Outlook Anywhere Deployment Kit", "Client", "OutlookAnywhere.prf");
    public string ReadPrf(WineMachine machine) =>
        File.Exists(PrfPath(machine)) ? File.ReadAllText(PrfPath(machine)) : $"(no file {PrfPath(machine)})";

    /// <summary>MSI Outlook as Office's setup leaves it; <paramref name="wow64"/> (32-bit Office on 64-bit Windows) only matters to x64.</summary>
    public void SeedOutlook(WineRegistry registry, string version, bool wow64) =>
        ClientPackageLayout.SeedOutlook(registry, version, wow64 || !Is64Bit);

    public override string ToString() => Platform;
}
