namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// The server package's ValidPorts promises (README "What the packages change"), each from a seeded
/// registry, by really running Wine's msiexec on the built package.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class ServerValidPortsTests : IDisposable
{
    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string Exchange2010Setup = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v14\Setup";
    private const string Seeded = "proxy01:593;PROXY01:49152-65535;";
    private static readonly string TopologyEntries = string.Join(';',
        "ex01:6001-6002", "ex01:6004", "ex01.corp.example.com:6001-6002", "ex01.corp.example.com:6004",
        "ex02:6001-6002", "ex02:6004", "ex02.corp.example.com:6001-6002", "ex02.corp.example.com:6004",
        "dc01:6004", "dc01.corp.example.com:6004");
    private static readonly Dictionary<string, string> Topology = new()
    {
        ["EXCHANGE_SERVERS"] = "ex01,ex02.corp.example.com",
        ["GLOBAL_CATALOGS"] = "dc01",
        ["DNS_DOMAIN"] = "corp.example.com",
    };

    private readonly WineMachine _machine;
    private readonly WineRegistry _registry;

    public ServerValidPortsTests(WineMachine machine)
    {
        _machine = machine;
        _registry = new WineRegistry(machine);
        _registry.Apply("seed", changes => changes.DeleteKey(RpcProxy).DeleteKey(Exchange2010Setup).SetString(RpcProxy, "ValidPorts", Seeded));
    }

    private string? ValidPorts => _registry.Get(RpcProxy, "ValidPorts")?.Data;

    private MsiexecResult Install(string test, string package, Dictionary<string, string>? properties = null) =>
        _machine.Msiexec(test, ["/i", package], properties);

    [Fact]
    public void Install_with_a_three_server_topology_writes_exactly_the_expected_entries_and_uninstall_restores_the_seeded_value()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var install = Install("topology-install", package, Topology);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal("proxy01:593;PROXY01:49152-65535;" + TopologyEntries, ValidPorts);
        Assert.Equal("REG_SZ", _registry.Get(RpcProxy, "ValidPorts")?.Type);

        // The administrator's read-only view: our entries are marked, the seeded ones are not.
        const string program = @"C:\Program Files\Outlook Anywhere Deployment Kit\Server\oa-server.exe";
        var status = _machine.Run(program, "status");
        Assert.True(status.ExitCode == 0, status.Output);
        var help = _machine.Run(program, "--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("oa-server status", help.Output);
        Assert.EndsWith("\n", help.Output);
        Assert.Matches(@"ex01\.corp\.example\.com:6004\s+from this package", status.Output);
        Assert.Matches(@"proxy01:593\s+other", status.Output);
        Assert.Contains("RPC over HTTP Proxy:     installed", status.Output);

        var uninstall = _machine.Msiexec("topology-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Equal(Seeded, ValidPorts);
    }

    [Fact]
    public void Uninstall_keeps_entries_someone_else_added_after_the_install()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        Assert.Equal(0, Install("foreign-install", package, Topology).ExitCode);
        _registry.SetString(RpcProxy, "ValidPorts", ValidPorts + ";ex09:6001");

        Assert.Equal(0, _machine.Msiexec("foreign-uninstall", ["/x", package]).ExitCode);
        Assert.Equal("proxy01:593;PROXY01:49152-65535;ex09:6001", ValidPorts);
    }

    [Fact]
    public void An_install_that_fails_in_a_later_deferred_step_leaves_the_seeded_value_intact()
    {
        // A copy of the real package with one more deferred action after ours that always fails and changes nothing:
        // cmd.exe /c exit 1 in the install folder (type 34, deferred, no impersonation: 3106).
        var package = PackageVariants.Edited(RepositoryLayout.ServerPackage, "fail-late",
            "INSERT INTO `CustomAction` (`Action`, `Type`, `Source`, `Target`) VALUES ('FailLate', 3106, 'INSTALLFOLDER', '\"[System64Folder]cmd.exe\" /c exit 1')",
            "INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, `Sequence`) VALUES ('FailLate', 'NOT REMOVE', 5500)");

        var install = Install("fail-late", package, Topology);
        Assert.True(install.ExitCode is 1603 or 1627, $"The failing step must fail the install.\n{install}");
        Assert.Equal(Seeded, ValidPorts);
        Assert.Empty(InstalledProducts.Versions(_machine, InstalledProducts.ServerProductName));
    }

    /// <summary>
    /// Where the custom-action program runs (docs/server-runtime.md, "Where the program runs"): the deferred actions'
    /// folder is oa-&lt;ProductCode&gt; in Windows Installer's folder. One left by an installation that ended before its commit
    /// or rollback, holding that installation's rollback snapshot (here one that would write "planted:1" to ValidPorts),
    /// is emptied before the rollback actions are scheduled, so this installation's rollback never puts it back. No folder of the
    /// package stays there or in the temporary folder after that rollback, an install, an uninstall, or an install and
    /// an uninstall with rollback disabled (no commit action runs then).
    /// </summary>
    [Fact]
    public void A_folder_left_by_an_interrupted_installation_is_never_used_and_no_folder_of_the_package_stays()
    {
        // The apply action gets a payload it refuses, so it fails after the shim prepared its folder and before it saves
        // a snapshot or changes anything; its rollback then runs.
        var package = PackageVariants.Edited(RepositoryLayout.ServerPackage, "bad-apply-payload",
            "INSERT INTO `CustomAction` (`Action`, `Type`, `Source`, `Target`) VALUES ('BreakApply', 51, 'OaApplyServerSettings', '[OaBrokenApply]')",
            "INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, `Sequence`) VALUES ('BreakApply', 'NOT REMOVE', 1515)",
            "INSERT INTO `Property` (`Property`, `Value`) VALUES ('OaBrokenApply', 'PAYLOAD=not-a-payload')");
        var temp = TemporaryFolder();
        var installer = Path.Combine(_machine.Prefix, "drive_c", "windows", "Installer");
        string[] Left() => [.. Directory.GetDirectories(temp, "oa-*"), .. Directory.GetDirectories(installer, "oa-*")];
        var stale = Path.Combine(installer, "oa-" + ClientPackageLayout.ProductCode(package).Trim('{', '}'));
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "rollback-snapshot.txt"), @"snapshot-v1|=HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy;=ValidPorts;sz;=planted:1");

        var install = Install("stale-folder", package, Topology);
        Assert.True(install.ExitCode == 1603, install.ToString());
        Assert.Contains("CustomActionData for apply", install.Log);
        Assert.Equal(Seeded, ValidPorts);
        Assert.Empty(Left());

        var real = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        Assert.Equal(0, Install("temp-install", real, Topology).ExitCode);
        Assert.Empty(Left());
        Assert.Equal(0, _machine.Msiexec("temp-uninstall", ["/x", real]).ExitCode);
        Assert.Empty(Left());
        Assert.Equal(Seeded, ValidPorts);

        var noRollback = Install("no-rollback-install", real, new(Topology) { ["DISABLEROLLBACK"] = "1" });
        Assert.True(noRollback.ExitCode == 0, noRollback.ToString());
        // Wine still runs the commit action with rollback disabled; Windows does not, and then this action deletes the folder.
        Assert.Matches(@"Action start [0-9:]+: OaCleanupServerSettings\.", noRollback.Log);
        Assert.Empty(Left());
        Assert.Equal(0, _machine.Msiexec("no-rollback-uninstall", ["/x", real], new() { ["DISABLEROLLBACK"] = "1" }).ExitCode);
        Assert.Empty(Left());
        Assert.Equal(Seeded, ValidPorts);
    }

    /// <summary>The temporary folder of the account Wine runs the installer as (the deferred actions' one too), on Linux.</summary>
    private string TemporaryFolder()
    {
        var echo = _machine.Run(WineMachine.Cmd, "/c", "echo", "%TEMP%");
        var windows = echo.Output.Trim();
        Assert.True(echo.ExitCode == 0 && windows.StartsWith(@"C:\", StringComparison.OrdinalIgnoreCase), echo.Output);
        var folder = Path.Combine(_machine.Prefix, "drive_c", Path.Combine(windows[3..].Split('\\')));
        Assert.True(Directory.Exists(folder), $"{windows} is not {folder}");
        return folder;
    }

    [Fact]
    public void Repair_adds_no_duplicate_entries()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        Assert.Equal(0, Install("repair-install", package, Topology).ExitCode);
        // Wine answers 1605 to "/fa package.msi"; REINSTALL=ALL is the same repair through /i.
        var repair = _machine.Msiexec("repair", ["/i", package], new() { ["REINSTALL"] = "ALL", ["REINSTALLMODE"] = "omus" });
        Assert.True(repair.ExitCode == 0, repair.ToString());
        Assert.Equal("proxy01:593;PROXY01:49152-65535;" + TopologyEntries, ValidPorts);

        Assert.Equal(0, _machine.Msiexec("repair-uninstall", ["/x", package]).ExitCode);
        Assert.Equal(Seeded, ValidPorts);
    }

    [Fact]
    public void A_major_upgrade_without_properties_keeps_the_first_install_settings()
    {
        var first = PackageVariants.Server("1.0.40");
        var second = PackageVariants.Server("1.0.41");
        Assert.Equal(0, Install("remember-first", first, Topology).ExitCode);
        var upgrade = Install("remember-upgrade", second);
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Equal("proxy01:593;PROXY01:49152-65535;" + TopologyEntries, ValidPorts);
        Assert.Equal(["1.0.41"], InstalledProducts.Versions(_machine, InstalledProducts.ServerProductName));

        Assert.Equal(0, _machine.Msiexec("remember-uninstall", ["/x", second]).ExitCode);
        Assert.Equal(Seeded, ValidPorts);
    }

    [Fact]
    public void Exchange_2010_is_refused_with_a_message_and_nothing_changes_unless_FORCE_VALIDPORTS_is_1()
    {
        _registry.SetDword(Exchange2010Setup, "MsiProductMajor", 14);
        _registry.SetDword(Exchange2010Setup, "MsiProductMinor", 3);
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);

        var refused = Install("exchange2010-refused", package, Topology);
        Assert.True(refused.ExitCode == 1603, refused.ToString());
        Assert.Contains("manages ValidPorts itself", refused.Log);
        Assert.Contains("FORCE_VALIDPORTS=1", refused.Log);
        Assert.Equal(Seeded, ValidPorts);
        Assert.Empty(InstalledProducts.Versions(_machine, InstalledProducts.ServerProductName));

        var forced = Install("exchange2010-forced", package, new(Topology) { ["FORCE_VALIDPORTS"] = "1" });
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal("proxy01:593;PROXY01:49152-65535;" + TopologyEntries, ValidPorts);
    }

    [Fact]
    public void Without_the_RPC_proxy_component_ValidPorts_is_refused_with_the_component_to_add()
    {
        _registry.DeleteKey(RpcProxy);
        var refused = Install("no-rpcproxy", Repository.RequireBuilt(RepositoryLayout.ServerPackage), Topology);
        Assert.True(refused.ExitCode == 1603, refused.ToString());
        Assert.Contains("RPC over HTTP Proxy", refused.Log);
        Assert.False(_registry.KeyExists(RpcProxy));
    }

    [Theory]
    [InlineData("EXCHANGE_SERVERS", "https://ex01")]
    [InlineData("EXCHANGE_SERVERS", "ex01/rpc")]
    [InlineData("EXCHANGE_SERVERS", "ex 01")]
    [InlineData("EXCHANGE_SERVERS", "ex01:6001")]
    [InlineData("EXCHANGE_SERVERS", "ex01;ex02")]
    [InlineData("EXCHANGE_SERVERS", "ex01,,ex02")]
    [InlineData("GLOBAL_CATALOGS", "*")]
    [InlineData("MAILBOX_PORTS", "0")]
    [InlineData("MAILBOX_PORTS", "70000")]
    [InlineData("MAILBOX_PORTS", "6002-6001")]
    [InlineData("MAILBOX_PORTS", "60a1")]
    [InlineData("NSPI_PORT", "6001")]
    [InlineData("DNS_DOMAIN", "http://corp.example.com")]
    public void Bad_input_fails_with_1603_before_any_change_and_the_log_names_the_property_and_value(string property, string value)
    {
        var install = Install($"bad-{property}", Repository.RequireBuilt(RepositoryLayout.ServerPackage),
            new(Topology) { [property] = value });
        Assert.True(install.ExitCode == 1603, install.ToString());
        // Once: an error line is logged once, not also as an information line.
        Assert.Single(install.Log.Split('\n'), line => line.Contains($"oa: {property} '{value}' must", StringComparison.Ordinal));
        Assert.Equal(Seeded, ValidPorts);
        Assert.Empty(InstalledProducts.Versions(_machine, InstalledProducts.ServerProductName));
    }

    /// <summary>Uninstalls whatever the test installed and removes the seeded keys.</summary>
    public void Dispose()
    {
        InstalledProducts.UninstallAll(_machine, InstalledProducts.ServerProductName, "cleanup");
        _registry.Apply("cleanup-keys", changes => changes.DeleteKey(RpcProxy).DeleteKey(Exchange2010Setup));
    }
}
