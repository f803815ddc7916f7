using System.Text.RegularExpressions;
using OutlookAnywhere.Logic;
using static OutlookAnywhere.EndToEnd.Tests.ClientPackageLayout;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Every setting on every Outlook version the client package configures (README "Each setting on each Outlook version"),
/// one version per install, on both platform builds: the PRF and ImportPRF with FirstRun deleted (2002 to 2013), the
/// encryption policy (2010, 2013 and 2016+) or the log note where none exists (2002, 2003), the Cached Mode policy (2016+).
/// </summary>
[Collection(WineCollection.Name)]
public sealed class ClientVersionTests(WineMachine machine) : IDisposable
{

    private readonly WineRegistry _registry = new(machine);

    public static TheoryData<string, string> PlatformsAndVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var platform in new[] { "x86", "x64" })
            foreach (var version in new[] { "10.0", "11.0", "12.0", "14.0", "15.0", "16.0" }) data.Add(platform, version);
        return data;
    }

    [Theory]
    [MemberData(nameof(PlatformsAndVersions))]
    public void Each_version_gets_its_profile_import_and_policies_and_uninstall_removes_them(string platform, string version)
    {
        var build = Use(platform);
        build.SeedOutlook(_registry, version, wow64: true);
        _registry.SetString(SetupKey(version), "FirstRun", "1");
        _registry.SetString(SetupKey(version), "First-Run", "1");
        // Outlook 2002 has no RPC over HTTP: it is configured with the plain Exchange profile only.
        var properties = new Dictionary<string, string>(Required);
        if (version == "10.0") properties[ClientProperties.UseHttp] = "0";

        var install = machine.Msiexec($"client-version-{platform}-{version}", ["/i", build.Package], properties);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(ExpectedPrf(properties), build.ReadPrf(machine));

        if (version == "16.0")
        {
            // A PRF cannot create an Exchange account there: no ImportPRF, FirstRun left as Outlook keeps it.
            Assert.Null(_registry.Get(SetupKey(version), "ImportPRF"));
            Assert.Equal("1", _registry.Get(SetupKey(version), "FirstRun")?.Data);
            Assert.Equal(ExpectedPolicyValues(properties), _registry.Values(PolicyKey));
            Assert.Equal(ExpectedCachedModePolicy(properties), _registry.Values(CachedModePolicyKey));
        }
        else
        {
            Assert.Equal(new RegistryValue("REG_SZ", build.PrfWindowsPath), _registry.Get(SetupKey(version), "ImportPRF"));
            Assert.Null(_registry.Get(SetupKey(version), "FirstRun"));
            Assert.Null(_registry.Get(SetupKey(version), "First-Run"));
            Assert.False(_registry.KeyExists(PolicyKey));
            Assert.False(_registry.KeyExists(CachedModePolicyKey));
        }
        foreach (var other in OfficeVersions.Where(v => v != version)) Assert.Null(_registry.Get(SetupKey(other), "ImportPRF"));

        // ENCRYPT_RPC=1 (the default): the EnableRPCEncryption policy for 2010 and 2013 (KB 3032395); 2016+ has its own in
        // PolicyKey; 2007 encrypts by default; 2002 and 2003 have no documented mechanism, which the log says.
        foreach (var other in new[] { "14.0", "15.0" })
            Assert.Equal(other == version ? RegistryValue.Dword(1) : null, _registry.Get(EncryptionPolicyKey(other), "EnableRPCEncryption"));
        const string note = "oa: ENCRYPT_RPC=1 cannot be applied to Outlook 2002 or 2003";
        if (version is "10.0" or "11.0") Assert.Contains(note, install.Log);
        else Assert.DoesNotContain(note, install.Log);

        var uninstall = machine.Msiexec($"client-version-uninstall-{platform}-{version}", ["/x", build.Package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Null(_registry.Get(SetupKey(version), "ImportPRF"));
        Assert.Empty(_registry.Values(PolicyKey));
        Assert.Empty(_registry.Values(CachedModePolicyKey));
        Assert.Empty(_registry.Values(EncryptionPolicyKey(version)));
        Assert.False(File.Exists(build.PrfPath(machine)));
    }

    [Theory]
    [MemberData(nameof(ClientBuild.Platforms), MemberType = typeof(ClientBuild))]
    public void Outlook_2002_gets_nothing_with_RPC_over_HTTP_and_the_log_says_why(string platform)
    {
        var build = Use(platform);
        build.SeedOutlook(_registry, "10.0", wow64: true);

        var install = machine.Msiexec($"client-2002-http-{platform}", ["/i", build.Package], Required);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Null(_registry.Get(SetupKey("10.0"), "ImportPRF"));
        Assert.Contains("oa: Outlook 2002 (10.0) found: RPC over HTTP needs Outlook 2003 or later", install.Log);
    }

    [Theory]
    [MemberData(nameof(ClientBuild.Platforms), MemberType = typeof(ClientBuild))]
    public void Outlook_2007_with_encryption_off_is_noted_because_no_policy_can_turn_it_off(string platform)
    {
        var build = Use(platform);
        build.SeedOutlook(_registry, "12.0", wow64: true);

        var install = machine.Msiexec($"client-2007-unencrypted-{platform}", ["/i", build.Package],
            new Dictionary<string, string>(Required) { [ClientProperties.EncryptRpc] = "0" });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(new RegistryValue("REG_SZ", build.PrfWindowsPath), _registry.Get(SetupKey("12.0"), "ImportPRF"));
        Assert.False(_registry.KeyExists(EncryptionPolicyKey("12.0")));
        Assert.Contains("oa: ENCRYPT_RPC=0 cannot be applied to Outlook 2007 (12.0)", install.Log);
    }

    /// <summary>
    /// outlk16.admx offers no proxyserverflags value without "HTTP first on slow networks": where Outlook 2016+ is installed
    /// the package refuses such an install (1603, an "oa:" sentence naming the property, the value and what is allowed);
    /// where only older Outlook is, the PRF takes any combination.
    /// </summary>
    [Theory]
    [MemberData(nameof(ClientBuild.Platforms), MemberType = typeof(ClientBuild))]
    public void Flags_the_Outlook_2016_policy_cannot_express_are_refused_only_where_Outlook_2016_is_installed(string platform)
    {
        var build = Use(platform);
        var properties = new Dictionary<string, string>(Required) { [ClientProperties.HttpFirstOnSlow] = "0" };
        Assert.Null(ClientProperties.Parse(properties).PolicyRohFlags);
        build.SeedOutlook(_registry, "14.0", wow64: true);
        var older = machine.Msiexec($"client-flags-2010-{platform}", ["/i", build.Package], properties);
        Assert.True(older.ExitCode == 0, older.ToString());
        Assert.Equal(ExpectedPrf(properties), build.ReadPrf(machine));
        Assert.True(machine.Msiexec($"client-flags-2010-uninstall-{platform}", ["/x", build.Package]).ExitCode == 0);

        build.SeedOutlook(_registry, "16.0", wow64: true);
        var refused = machine.Msiexec($"client-flags-2016-{platform}", ["/i", build.Package], properties);
        Assert.True(refused.ExitCode == 1603, refused.ToString());
        var logged = Regex.Match(refused.Log, @"^Property\(S\): OaInputErrors = (.*?)\r?$", RegexOptions.Multiline);
        Assert.True(logged.Success, refused.ToString());
        Assert.Equal($"oa: {ClientProperties.HttpFirstOnSlow} '0' {ClientProperties.PolicyFlagsAllowed}", logged.Groups[1].Value);
        Assert.False(File.Exists(build.PrfPath(machine)));
        Assert.False(_registry.KeyExists(PolicyKey));
        Assert.Empty(InstalledProducts.Versions(machine, ProductName));
    }

    private static ClientBuild Use(string platform) => new(platform);

    public void Dispose()
    {
        InstalledProducts.UninstallAll(machine, ProductName, "client-version-cleanup");
        DeleteOutlookKeys(_registry);
    }
}
