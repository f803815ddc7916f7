using static OutlookAnywhere.EndToEnd.Tests.SetupWizard;
using OutlookAnywhere.Logic;
using OutlookAnywhere.Packaging.Dialogs;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// The server package's interactive setup (x64 build), driven by keyboard on the headless X server of the client's
/// dialog tests. Each test first sees the dialog it expects (without a display Wine accepts every dialog's defaults).
/// Few tests that walk several checks each: every page's Next runs oa-server.exe's check, the slow part.
/// OA_SCREENSHOTS=folder saves each dialog as a PNG (README's pictures).
/// </summary>
[Collection(WineScreenCollection.Name)]
public sealed class ServerSetupDialogTests : IDisposable
{
    private readonly WineMachine _machine;
    private readonly VirtualScreen _screen;
    private readonly WineRegistry _registry;
    private readonly SetupWizard _wizard;

    /// <summary>An RPC proxy whose ValidPorts holds one entry of its own.</summary>
    public ServerSetupDialogTests(WineScreenMachine fixture)
    {
        _machine = fixture.Machine;
        _screen = fixture.Screen;
        _registry = new WineRegistry(fixture.Machine);
        _wizard = new SetupWizard(fixture.Machine, fixture.Screen, Package, "server");
        _registry.Apply("server-ui-seed-proxy", changes => changes.DeleteKey(RpcProxy).DeleteKey(ProductKey).SetString(RpcProxy, "ValidPorts", Seeded));
    }
    private static readonly string Package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
    private static string ProductName => InstalledProducts.ServerProductName;

    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string Seeded = "rpcproxy01:593";
    private const string ProductKey = @"HKLM\SOFTWARE\OutlookAnywhere\Server";
    private const string RememberedKey = ProductKey + @"\Settings";

    private static string Welcome => ProductName + " Setup$";
    private static string Page(string dialog) => "Setup: " + ServerDialogs.Plan().Pages.Single(p => p.Dialog == dialog).Title.ToLowerInvariant();
    private static string CancelQuestion => ProductName + "$";

    private string? ValidPorts => _registry.Get(RpcProxy, "ValidPorts")?.Data;

    /// <summary>
    /// Fields are prefilled from the command line, then the transform, then the remembered settings, then the defaults;
    /// a typed value that the silent install would refuse keeps its page with that install's message, and so does a
    /// given 1/0 value that is neither (not replaced by its check box); the settings typed and kept are installed.
    /// </summary>
    [Fact]
    public void Prefilled_and_typed_settings_are_checked_like_a_silent_install_and_installed()
    {
        // A bad switch value: the silent install refuses it with this message (and changes nothing).
        var badSwitch = Message(new() { [ServerProperties.GlobalCatalog] = "yes" });
        var silent = _machine.Msiexec("server-ui-bad-switch-silent", ["/i", Package], new() { [ServerProperties.GlobalCatalog] = "yes" });
        Assert.True(silent.ExitCode == 1603, silent.ToString());
        Assert.Contains(ServerInputCheck.LogPrefix + badSwitch, silent.Log);
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));

        // Remembered by an earlier install: GLOBAL_CATALOGS (the transform's wins) and FORCE_VALIDPORTS (nothing else sets it).
        _registry.Apply("server-ui-seed", changes => changes
            .SetString(RememberedKey, ServerProperties.GlobalCatalogs, "dc09")
            .SetString(RememberedKey, ServerProperties.ForceValidPorts, "1"));
        // The transform (head-office) sets EXCHANGE_SERVERS=ex01,ex02, GLOBAL_CATALOGS=dc01, DNS_DOMAIN=corp.example.com and
        // the ports; the command line's EXCHANGE_SERVERS wins over it.
        var transform = Repository.RequireBuilt(Path.Combine(Repository.Output, "head-office.server.mst"));
        var setup = _wizard.Start(nameof(Prefilled_and_typed_settings_are_checked_like_a_silent_install_and_installed), new()
        {
            ["TRANSFORMS"] = WineMachine.WindowsPath(transform),
            [ServerProperties.ExchangeServers] = "ex03",
            [ServerProperties.GlobalCatalog] = "yes",
        });

        _wizard.Next(_wizard.Shown(Welcome, "welcome"));
        _wizard.Next(_wizard.Shown(Page("OaServersDlg"), "servers"));

        // Ports page: an NSPI port inside the mailbox ports is refused with Parse's message; the page stays.
        var ports = _wizard.Shown(Page("OaPortsDlg"), "ports");
        _screen.Keys(ports, "Tab");
        _screen.Replace(ports, "6002");
        _wizard.Next(ports);
        AssertRefused(_wizard.Shown(Invalid, "invalid"), Message(new() { [ServerProperties.NspiPort] = "6002" }), Page("OaPortsDlg"), Page("OaRoleDlg"));
        _screen.Replace(ports, "6005");
        _wizard.Next(ports);

        // Role page: the given GLOBAL_CATALOG=yes is refused as the silent install refused it; then the check box decides (off).
        var role = _wizard.Shown(Page("OaRoleDlg"), "role");
        _wizard.Next(role);
        AssertRefused(_screen.WaitForWindow(Invalid), badSwitch, Page("OaRoleDlg"), Ready);
        _wizard.Next(role);

        _wizard.Next(_wizard.Shown(Ready, "ready"));
        _screen.Keys(_wizard.Shown(Completed, "finish"), "Return");
        var result = SetupWizard.Finished(setup);
        Assert.True(result.ExitCode == 0, result.ToString());

        // ex03 (command line) in corp.example.com (transform), dc01 (transform over remembered), NSPI 6005 (typed).
        var entries = new[] { "ex03", "ex03.corp.example.com" }.SelectMany(h => new[] { $"{h}:6001-6002", $"{h}:6005" })
            .Concat(new[] { "dc01", "dc01.corp.example.com" }.Select(h => $"{h}:6005"));
        Assert.Equal(Seeded + ";" + string.Join(";", entries), ValidPorts);
        // Remembered: everything given (command line, transform, remembered, typed), not the default left alone.
        var remembered = _registry.Values(RememberedKey).ToDictionary(v => v.Key, v => v.Value.Data);
        Assert.Equal(new Dictionary<string, string>
        {
            [ServerProperties.ExchangeServers] = "ex03",
            [ServerProperties.GlobalCatalogs] = "dc01",
            [ServerProperties.DnsDomain] = "corp.example.com",
            [ServerProperties.MailboxPorts] = "6001-6002",
            [ServerProperties.NspiPort] = "6005",
            [ServerProperties.ConfigureValidPorts] = "1",
            [ServerProperties.ForceValidPorts] = "1",
            [ServerProperties.GlobalCatalog] = "0",
            [ServerProperties.SetBackendPorts] = "",
        }.OrderBy(p => p.Key), remembered.OrderBy(p => p.Key));
    }

    /// <summary>Cancel on a page gives 1602 and changes nothing; after a silent install, maintenance Remove takes it all away.</summary>
    [Fact]
    public void Cancel_changes_nothing_and_maintenance_remove_restores_the_server()
    {
        var setup = _wizard.Start(nameof(Cancel_changes_nothing_and_maintenance_remove_restores_the_server));
        _wizard.Next(_wizard.Shown(Welcome, "welcome"));
        var servers = _wizard.Shown(Page("OaServersDlg"), "servers");
        _screen.Replace(servers, "ex01");
        _screen.Keys(servers, "Escape");
        _screen.Keys(_wizard.Shown(CancelQuestion, "cancel"), "alt+y");
        _screen.Keys(_wizard.Shown(Interrupted, "user-exit"), "Return");
        var cancelled = SetupWizard.Finished(setup);
        Assert.True(cancelled.ExitCode == 1602, cancelled.ToString());
        Assert.Equal(Seeded, ValidPorts);
        Assert.False(_registry.KeyExists(ProductKey));
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));

        var install = _machine.Msiexec("server-ui-maintenance-install", ["/i", Package], new() { [ServerProperties.ExchangeServers] = "ex01" });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.NotEqual(Seeded, ValidPorts);

        var maintenance = _wizard.Start("server-ui-maintenance-remove");
        _screen.Keys(_wizard.Shown(Maintenance, "maintenance"), "alt+m");
        _screen.Keys(_wizard.Shown(Remove, "remove"), "Return");
        _screen.Keys(_wizard.Shown(Completed, "removed"), "Return");
        var removed = SetupWizard.Finished(maintenance);
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Equal(Seeded, ValidPorts);
        Assert.False(_registry.KeyExists(ProductKey));
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));
    }

    /// <summary>The message ServerProperties.Parse gives for these properties (the one error it finds).</summary>
    private static string Message(Dictionary<string, string> properties) =>
        Assert.Throws<InputException>(() => ServerProperties.Parse(properties)).Errors.Single().Message;

    /// <summary>The refusal names the value as the silent install's log does; the page stays and the next one is not shown.</summary>
    private void AssertRefused(string message, string expected, string page, string notShown)
    {
        Assert.EndsWith(": " + ServerInputCheck.LogPrefix + expected, _screen.Title(message));
        Assert.Single(_screen.Windows(page));
        Assert.Empty(_screen.Windows(notShown));
        _screen.Keys(message, "Return");
        _screen.WaitForNoWindow(Invalid);
        Assert.Empty(_screen.Windows(notShown));
    }


    public void Dispose()
    {
        InstalledProducts.UninstallAll(_machine, ProductName, "server-ui-cleanup");
        _registry.Apply("server-ui-cleanup-keys", changes => changes.DeleteKey(RpcProxy).DeleteKey(ProductKey));
    }
}
