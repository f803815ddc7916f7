using System.Text.Json;
using OutlookAnywhere.Logic;
using static OutlookAnywhere.EndToEnd.Tests.ClientPackageLayout;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Division transforms made by oa-transform, installed with TRANSFORMS= by Wine's msiexec. The tool is the solution
/// build's (a project reference copies it next to the tests) and runs as a separate process, as build.sh runs it.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class DivisionTransformTests : IDisposable
{
    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string ValidPorts = "ValidPorts";
    private const string Seeded = "rpcproxy01:593;rpcproxy01:49152-65535";
    private const string OtherUpgradeCode = "{0D0D0D0D-1111-4222-8333-444444444444}";

    private readonly WineMachine _machine;
    private readonly WineRegistry _registry;
    private readonly bool _proxyKeyExisted;
    private ClientBuild? _clientBuild;

    public DivisionTransformTests(WineMachine machine)
    {
        _machine = machine;
        _registry = new WineRegistry(machine);
        _proxyKeyExisted = _registry.KeyExists(RpcProxy);
    }

    private static string Folder => Path.Combine(Repository.Output, "test-transforms");
    private static string DivisionsFolder => Path.Combine(Repository.Root, "transforms", "divisions");
    private static string DivisionFile(string name) => Path.Combine(DivisionsFolder, name + ".json");

    [Fact]
    public void Head_office_transform_adds_exactly_its_ValidPorts_entries_after_the_seeded_ones_and_uninstall_restores_them()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var transform = BuildTransform(Repository.Output, Path.Combine(Folder, "matching"), "head-office", PackageKind.Server);
        _registry.CreateKey(RpcProxy);
        _registry.SetString(RpcProxy, ValidPorts, Seeded);

        var install = _machine.Msiexec(nameof(Head_office_transform_adds_exactly_its_ValidPorts_entries_after_the_seeded_ones_and_uninstall_restores_them),
            ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(Seeded + ";" + string.Join(";", HeadOfficeEntries()), _registry.Get(RpcProxy, ValidPorts)?.Data);

        var uninstall = _machine.Msiexec("head-office-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Equal(Seeded, _registry.Get(RpcProxy, ValidPorts)?.Data);
    }

    /// <summary>
    /// Windows Installer refuses a transform whose UpgradeCode validation fails (1624). Wine does not
    /// check the validation flags: it applies the transform anyway. This records what Wine does, then
    /// shows that the tool's own check is what refuses such a transform.
    /// </summary>
    [Fact]
    public void A_transform_made_for_another_UpgradeCode_is_applied_by_Wine_but_refused_by_the_tools_check()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var otherPackage = PackageVariants.Edited(package, "other-product",
            $"UPDATE `Property` SET `Value` = '{OtherUpgradeCode}' WHERE `Property` = 'UpgradeCode'");
        var otherProduct = Path.GetDirectoryName(otherPackage)!;
        // head-office.json has a client section too: the tool needs the client packages beside it (unchanged).
        foreach (var platform in new[] { "x86", "x64" })
        {
            var client = Repository.RequireBuilt(RepositoryLayout.ClientPackageFor(platform));
            File.Copy(client, Path.Combine(otherProduct, Path.GetFileName(client)), overwrite: true);
        }
        var transform = BuildTransform(otherProduct, Path.Combine(Folder, "other-product-mst"), "head-office", PackageKind.Server);
        _registry.CreateKey(RpcProxy);
        _registry.SetString(RpcProxy, ValidPorts, Seeded);

        var install = _machine.Msiexec(nameof(A_transform_made_for_another_UpgradeCode_is_applied_by_Wine_but_refused_by_the_tools_check),
            ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        // What Wine 8 does: no 1624; the transform is applied and the division's entries are written.
        Assert.True(install.ExitCode == 0, $"Wine was expected to ignore the UpgradeCode validation flag (Windows would return 1624).\n{install}");
        Assert.Equal(Seeded + ";" + string.Join(";", HeadOfficeEntries()), _registry.Get(RpcProxy, ValidPorts)?.Data);

        var check = ProcessRunner.Run("dotnet", [RepositoryLayout.TransformTool, "show", "--package", package, transform]);
        Assert.True(check.ExitCode == 1, check.Output);
        Assert.Contains($"was made for UpgradeCode {OtherUpgradeCode}, but OutlookAnywhere.Server-x64.msi has UpgradeCode {{6F1A4C2E-3B5D-4E8F-9A01-2C3D4E5F6A7B}}", check.Output);
    }

    /// <summary>Every example division with a client section, on each platform build: one transform serves both.</summary>
    public static TheoryData<string, string> ClientDivisions()
    {
        var data = new TheoryData<string, string>();
        foreach (var platform in new[] { "x86", "x64" })
            foreach (var division in new[] { "field-staff", "customer-kiosk", "head-office" }) data.Add(platform, division);
        return data;
    }

    /// <summary>
    /// Each example division's client transform, installed with Outlook 2010 (MSI, 64-bit: the PRF route, ImportPRF) and
    /// Outlook 2016 (32-bit: the policy route) present. What the package writes is compared with what the division file
    /// plus the package defaults say, computed by the logic library: the PRF byte for byte, ImportPRF, every value under
    /// the Outlook 2016 policy key, the remembered settings and the product key. Active Setup's per-user repair must
    /// write the same HKCU values for a user who has none; uninstall must remove all of it.
    /// </summary>
    [Theory]
    [MemberData(nameof(ClientDivisions))]
    public void Client_transform_of_a_division_writes_exactly_its_PRF_ImportPRF_and_Outlook_2016_policy_values_and_uninstall_removes_them(string platform, string division)
    {
        var build = _clientBuild = new ClientBuild(platform);
        var package = build.Package;
        var ProductKey = build.ProductKey;
        var properties = ClientSection(division);
        AssertTheDivisionIsVisibleInWhatTheTestChecks(division, properties);
        var transform = BuildTransform(Repository.Output, Path.Combine(Folder, "client-" + division), division, PackageKind.Client);
        build.SeedOutlook(_registry, "14.0", wow64: false);
        build.SeedOutlook(_registry, "16.0", wow64: true);

        var install = _machine.Msiexec($"client-transform-{platform}-{division}", ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(ExpectedPrf(properties), build.ReadPrf(_machine));
        AssertUserSettings(build, properties);
        // Remembered for upgrades and repairs: exactly the values the transform gave, the others empty (defaults are not stored).
        Assert.Equal(Describe(ClientProperties.Definitions.ToDictionary(d => d.Name, d => new RegistryValue("REG_SZ", properties.GetValueOrDefault(d.Name, "")))),
            Describe(_registry.Values(build.RememberedSettingsKey)));
        Assert.Equal(new RegistryValue("REG_SZ", build.PrfWindowsPath), _registry.Get(ProductKey, "ProfileFile"));
        // The PRF's cached-mode lines have their own component, installed unless CACHED_MODE is Off; its key path holds the mode.
        var cachedMode = properties.GetValueOrDefault(ClientProperties.CachedModeName, Default(ClientProperties.CachedModeName));
        Assert.Equal(ClientProperties.Parse(properties).CachedMode == CachedMode.Off ? null : new RegistryValue("REG_SZ", cachedMode),
            _registry.Get(ProductKey, "CachedMode"));

        // A user who logs on for the first time has none of the HKCU values: Active Setup's StubPath (a per-user repair) writes them.
        var activeSetup = build.ActiveSetupEntry;
        var stubPath = _registry.Get(activeSetup, "StubPath")?.Data;
        Assert.False(string.IsNullOrEmpty(stubPath), $"no Active Setup StubPath under {activeSetup}");
        _registry.Apply("new-user", changes => changes.DeleteKey(PolicyKey).DeleteKey(CachedModePolicyKey).DeleteKey(EncryptionPolicyKey("14.0")));
        _registry.DeleteValue(SetupKey("14.0"), "ImportPRF");
        var stub = _machine.RunCommandLine("division-logon", stubPath!);
        Assert.True(stub.ExitCode == 0, stub.Output);
        AssertUserSettings(build, properties);
        Assert.Equal(ExpectedPrf(properties), build.ReadPrf(_machine));

        var uninstall = _machine.Msiexec($"client-transform-{platform}-{division}-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.False(File.Exists(build.PrfPath(_machine)), $"{build.PrfPath(_machine)} is left after uninstall");
        foreach (var version in OfficeVersions) Assert.Null(_registry.Get(SetupKey(version), "ImportPRF"));
        Assert.Empty(_registry.Values(PolicyKey));
        Assert.Empty(_registry.Values(CachedModePolicyKey));
        Assert.Empty(_registry.Values(EncryptionPolicyKey("14.0")));
        Assert.False(_registry.KeyExists(ProductKey), $"{ProductKey} is left after uninstall");
        Assert.False(_registry.KeyExists(activeSetup), $"{activeSetup} is left after uninstall");
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));
    }

    /// <summary>
    /// The HKCU part: ImportPRF and the encryption policy for Outlook 2010 only (2016 ignores Exchange accounts in a PRF),
    /// and exactly the 2016+ policy values (RPC and Cached Mode).
    /// </summary>
    private void AssertUserSettings(ClientBuild build, IDictionary<string, string> properties)
    {
        Assert.Equal(new RegistryValue("REG_SZ", build.PrfWindowsPath), _registry.Get(SetupKey("14.0"), "ImportPRF"));
        foreach (var version in OfficeVersions.Where(v => v != "14.0")) Assert.Null(_registry.Get(SetupKey(version), "ImportPRF"));
        Assert.Equal(RegistryValue.Dword(ClientProperties.Parse(properties).EncryptRpc ? 1 : 0), _registry.Get(EncryptionPolicyKey("14.0"), "EnableRPCEncryption"));
        Assert.Equal(Describe(ExpectedPolicyValues(properties)), Describe(_registry.Values(PolicyKey)));
        Assert.Equal(Describe(ExpectedCachedModePolicy(properties)), Describe(_registry.Values(CachedModePolicyKey)));
    }

    /// <summary>
    /// Guards the test data: every setting the division gives away from the package default must change the PRF or the
    /// policy values (or be required, so that without the transform the install is refused), at least one must, and no two
    /// example divisions may expect the same result, so that a transform not applied, applied in part or mixed up fails.
    /// </summary>
    private static void AssertTheDivisionIsVisibleInWhatTheTestChecks(string division, IDictionary<string, string> properties)
    {
        var expected = ExpectedOutcome(properties);
        var visible = new List<string>();
        foreach (var (name, value) in properties)
        {
            var without = properties.Where(p => p.Key != name).ToDictionary();
            string? outcome;
            try
            {
                outcome = ExpectedOutcome(without);
            }
            catch (InputException)
            {
                visible.Add($"{name} (required)");
                continue;
            }
            if (outcome != expected) visible.Add(name);
            else Assert.True(string.Equals(value, Default(name), StringComparison.OrdinalIgnoreCase),
                $"{division}: {name}={value} differs from the package default '{Default(name)}' but changes nothing the test checks");
        }
        Assert.NotEmpty(visible);
        foreach (var other in Directory.GetFiles(DivisionsFolder, "*.json").Select(Path.GetFileNameWithoutExtension))
            if (other != division && other != "division.schema" && ClientSectionOrNull(other!) is { } otherProperties)
                Assert.True(ExpectedOutcome(otherProperties) != expected, $"{division} and {other} expect the same client settings");
    }

    /// <summary>The PRF and the policy values in one text, for comparing settings.</summary>
    private static string ExpectedOutcome(IDictionary<string, string> properties) =>
        ExpectedPrf(properties) + string.Join("\n", Describe(ExpectedPolicyValues(properties)).Concat(Describe(ExpectedCachedModePolicy(properties))));

    private static string Default(string name) => ClientProperties.Definitions.Single(d => d.Name == name).Default;

    /// <summary>Registry values as sorted "name = TYPE data" lines: an assertion failure then shows which value differs.</summary>
    private static string[] Describe(IEnumerable<KeyValuePair<string, RegistryValue>> values) =>
        values.Select(v => $"{v.Key} = {v.Value.Type} {v.Value.Data}").Order(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, string> ClientSection(string division) =>
        ClientSectionOrNull(division) ?? throw new InvalidOperationException($"{DivisionFile(division)} has no client section");

    /// <summary>The division file's client section as property name -> value (what its transform sets), or null without one.</summary>
    private static Dictionary<string, string>? ClientSectionOrNull(string division)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DivisionFile(division)));
        return document.RootElement.TryGetProperty("client", out var client)
            ? client.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : null;
    }

    /// <summary>The entries the server package plans for head-office.json: each server by NetBIOS name then FQDN on the mailbox and NSPI ports, each global catalog on NSPI.</summary>
    private static IEnumerable<string> HeadOfficeEntries()
    {
        var server = JsonDocument.Parse(File.ReadAllText(DivisionFile("head-office"))).RootElement.GetProperty("server");
        string Value(string name, string fallback) => server.TryGetProperty(name, out var v) ? v.GetString()! : fallback;
        var domain = Value("DNS_DOMAIN", "");
        var mailbox = Value("MAILBOX_PORTS", "6001-6002");
        var nspi = Value("NSPI_PORT", "6004");
        Assert.False(string.IsNullOrEmpty(domain), "the test expects head-office.json to set DNS_DOMAIN and list NetBIOS names");
        foreach (var host in Value("EXCHANGE_SERVERS", "").Split(','))
            foreach (var name in new[] { host, $"{host}.{domain}" })
                foreach (var ports in new[] { mailbox, nspi }) yield return $"{name}:{ports}";
        foreach (var host in Value("GLOBAL_CATALOGS", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { host, $"{host}.{domain}" }) yield return $"{name}:{nspi}";
    }

    /// <summary>Runs oa-transform build for one division (a transform per section of its file) and returns the one for <paramref name="package"/>.</summary>
    private static string BuildTransform(string packages, string output, string division, PackageKind package)
    {
        var run = ProcessRunner.Run("dotnet", [RepositoryLayout.TransformTool, "build", "--packages", packages, "--out", output, "--divisions", DivisionsFolder, division]);
        Assert.True(run.ExitCode == 0, run.Output);
        var transform = Path.Combine(output, $"{division}.{(package == PackageKind.Server ? "server" : "client")}.mst");
        Assert.True(File.Exists(transform), $"oa-transform did not write {transform}:\n{run.Output}");
        return transform;
    }

    /// <summary>Leaves no product, no proxy key and no Office key behind, so the next test starts clean.</summary>
    public void Dispose()
    {
        InstalledProducts.UninstallAll(_machine, InstalledProducts.ServerProductName, "cleanup");
        if (_clientBuild is not null)
        {
            InstalledProducts.UninstallAll(_machine, ProductName, "client-cleanup");
            DeleteOutlookKeys(_registry);
        }
        if (_proxyKeyExisted) _registry.DeleteValue(RpcProxy, ValidPorts);
        else _registry.DeleteKey(RpcProxy);
    }
}
