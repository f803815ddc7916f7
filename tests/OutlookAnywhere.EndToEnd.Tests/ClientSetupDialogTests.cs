using static OutlookAnywhere.EndToEnd.Tests.SetupWizard;
using OutlookAnywhere.Logic;
using OutlookAnywhere.Packaging.Dialogs;
using static OutlookAnywhere.EndToEnd.Tests.ClientPackageLayout;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// The client package's interactive setup (a double-click, or Software Center with user interaction), driven by keyboard
/// on a headless X server. Each test first sees the dialog it expects: without a display Wine's msiexec would accept
/// every dialog with its defaults, so a test that saw no window would prove nothing.
/// OA_SCREENSHOTS=folder saves each dialog as a PNG (how README's pictures are made).
/// </summary>
[Collection(WineScreenCollection.Name)]
public sealed class ClientSetupDialogTests(WineScreenMachine fixture) : IDisposable
{
    private readonly WineMachine _machine = fixture.Machine;
    private readonly VirtualScreen _screen = fixture.Screen;
    private readonly WineRegistry _registry = new(fixture.Machine);
    private static readonly ClientBuild Build = ClientBuild.X64;
    private static readonly string Package = Build.Package;
    private readonly SetupWizard _wizard = new(fixture.Machine, fixture.Screen, Package, "client");

    // Window titles (Dialog.Title with [ProductName] formatted).
    private const string Welcome = ProductName + " Setup$";
    private static string Page(string dialog) => "Setup: " + ClientDialogs.Plan().Pages.Single(p => p.Dialog == dialog).Title.ToLowerInvariant();
    private const string CancelQuestion = ProductName + "$";

    [Fact]
    public void Typed_settings_are_installed_and_only_the_changed_ones_are_remembered()
    {
        SeedOutlook(_registry, "14.0", wow64: false);
        SeedOutlook(_registry, "16.0", wow64: true);
        var setup = _wizard.Start(nameof(Typed_settings_are_installed_and_only_the_changed_ones_are_remembered));

        _wizard.Next(_wizard.Shown(Welcome, "welcome"));
        var exchange = _wizard.Shown(Page("OaExchangeDlg"), "exchange");
        _screen.Replace(exchange, "ex01.contoso.com");
        _wizard.Next(exchange);

        // Profile page: profile name (first field), then Tab to the cached-mode list and pick HeadersOnly by its letter.
        var profile = _wizard.Shown(Page("OaProfileDlg"), "profile");
        _screen.Replace(profile, "Sales Outlook");
        _screen.Keys(profile, "Tab", "Tab", "Tab", "h");
        _wizard.Next(profile);

        // Proxy page: the proxy; the HTTP switches stay as they are (Outlook 2016 is seeded, whose policy needs them).
        var proxy = _wizard.Shown(Page("OaProxyDlg"), "proxy");
        _screen.Replace(proxy, "mail.contoso.com");
        _wizard.Next(proxy);

        // Security page: the principal was derived from the proxy (left as is); authentication NTLM.
        var security = _wizard.Shown(Page("OaSecurityDlg"), "security");
        _screen.Keys(security, "Tab", "n");
        _wizard.Next(security);

        _wizard.Next(_wizard.Shown(Ready, "ready"));
        _screen.Keys(_wizard.Shown(Completed, "finish"), "Return");
        var result = SetupWizard.Finished(setup);
        Assert.True(result.ExitCode == 0, result.ToString());

        var typed = new Dictionary<string, string>
        {
            [ClientProperties.ExchangeServer] = "ex01.contoso.com",
            [ClientProperties.ProfileName] = "Sales Outlook",
            [ClientProperties.CachedModeName] = "HeadersOnly",
            [ClientProperties.ProxyServer] = "mail.contoso.com",
            [ClientProperties.ProxyAuth] = "NTLM",
        };
        Assert.Equal(ExpectedPrf(typed), Build.ReadPrf(_machine));
        Assert.Equal(Build.PrfWindowsPath, _registry.Get(SetupKey("14.0"), "ImportPRF")?.Data);
        Assert.Equal(ExpectedPolicyValues(typed), _registry.Values(PolicyKey));
        // Remembered: what was typed or changed, not the defaults left alone (as a silent install remembers only what it was given).
        var remembered = _registry.Values(RememberedSettingsKey).ToDictionary(v => v.Key, v => v.Value.Data);
        Assert.Equal(ClientProperties.Definitions.Select(d => d.Name).Order(), remembered.Keys.Order());
        Assert.Equal(typed.OrderBy(p => p.Key), remembered.Where(p => p.Value.Length > 0).OrderBy(p => p.Key));
    }

    [Fact]
    public void Cancel_ends_with_1602_and_changes_nothing()
    {
        SeedOutlook(_registry, "16.0", wow64: true);
        var setup = _wizard.Start(nameof(Cancel_ends_with_1602_and_changes_nothing));
        _wizard.Next(_wizard.Shown(Welcome, "welcome"));
        var exchange = _wizard.Shown(Page("OaExchangeDlg"), "exchange");
        _screen.Replace(exchange, "ex01.contoso.com");
        var result = Cancel(exchange, setup);
        Assert.True(result.ExitCode == 1602, result.ToString());
        Assert.False(_registry.KeyExists(ProductKey));
        Assert.False(_registry.KeyExists(PolicyKey));
        Assert.False(File.Exists(Build.PrfPath(_machine)));
    }

    /// <summary>
    /// Fields are prefilled from the command line, then the transform, then the remembered settings, then the defaults; a
    /// given value the silent install refuses keeps its page with that install's message (a 1/0 switch too: it is not
    /// replaced by its check box); once corrected, the install applies and remembers what was given and typed.
    /// </summary>
    [Fact]
    public void A_bad_value_shows_the_message_a_silent_install_logs_and_the_page_stays()
    {
        const string bad = "https://ex01.contoso.com/owa";
        var expected = Assert.Throws<InputException>(() => ClientProperties.Parse(new Dictionary<string, string>
        {
            [ClientProperties.ExchangeServer] = bad,
            [ClientProperties.ProxyServer] = "mail.contoso.com",
        })).Errors.Single().Message;
        var silent = _machine.Msiexec("client-ui-bad-value-silent", ["/i", Package], new()
        {
            [ClientProperties.ExchangeServer] = bad,
            [ClientProperties.ProxyServer] = "mail.contoso.com",
        });
        Assert.True(silent.ExitCode == 1603, silent.ToString());
        Assert.Contains(expected, silent.Log);
        var badSwitch = Assert.Throws<InputException>(() => ClientProperties.Parse(new Dictionary<string, string>(Required) { [ClientProperties.UseHttp] = "yes" }))
            .Errors.Single().Message;

        SeedOutlook(_registry, "14.0", wow64: false);
        // Remembered: EXCHANGE_SERVER (the command line's wins), PROFILE_NAME (the transform's wins), MAILBOX_NAME (applies).
        _registry.Apply("client-ui-seed-remembered", changes => changes
            .SetString(Build.RememberedSettingsKey, ClientProperties.ExchangeServer, "ex09.corp.example.com")
            .SetString(Build.RememberedSettingsKey, ClientProperties.ProfileName, "Remembered Profile")
            .SetString(Build.RememberedSettingsKey, ClientProperties.MailboxName, "sales"));
        // head-office sets EXCHANGE_SERVER, PROXY_SERVER, PROFILE_NAME, HTTP_FIRST_ON_FAST=0, CACHED_MODE, PROXY_AUTH, SSL_ONLY, MUTUAL_AUTH.
        var transform = Repository.RequireBuilt(Path.Combine(Repository.Output, "head-office.client.mst"));
        var setup = _wizard.Start(nameof(A_bad_value_shows_the_message_a_silent_install_logs_and_the_page_stays), new()
        {
            ["TRANSFORMS"] = WineMachine.WindowsPath(transform),
            [ClientProperties.ExchangeServer] = bad,
            [ClientProperties.UseHttp] = "yes",
        });
        _wizard.Next(_wizard.Shown(Welcome, "welcome"));
        var exchange = _wizard.Shown(Page("OaExchangeDlg"), "exchange");
        _wizard.Next(exchange);

        var message = _wizard.Shown(Invalid, "invalid");
        var title = _screen.Title(message);
        Assert.Equal(new[] { exchange }, _screen.Windows(Page("OaExchangeDlg")));
        Assert.Empty(_screen.Windows(Page("OaProfileDlg")));
        _screen.Keys(message, "Return");
        _screen.WaitForNoWindow(Invalid);
        Assert.Empty(_screen.Windows(Page("OaProfileDlg")));
        // The text shown is the package's own check message: the one a /qn install logs, and ClientProperties.Parse's.
        Assert.EndsWith(": " + expected, title);

        _screen.Replace(exchange, "ex03.corp.example.com");
        _wizard.Next(exchange);
        _wizard.Next(_wizard.Shown(Page("OaProfileDlg"), "profile"));
        // USE_HTTP=yes is refused as the silent install refuses it, not replaced by the unticked check box ...
        var proxy = _wizard.Shown(Page("OaProxyDlg"), "proxy");
        _wizard.Next(proxy);
        var refusedSwitch = _screen.WaitForWindow(Invalid);
        Assert.EndsWith(": oa: " + badSwitch, _screen.Title(refusedSwitch));
        Assert.Empty(_screen.Windows(Page("OaSecurityDlg")));
        _screen.Keys(refusedSwitch, "Return");
        _screen.WaitForNoWindow(Invalid);
        // ... and leaving the page again takes the check box as it is (off).
        _wizard.Next(proxy);
        _wizard.Next(_wizard.Shown(Page("OaSecurityDlg"), "security"));
        _wizard.Next(_wizard.Shown(Ready, "ready"));
        _screen.Keys(_wizard.Shown(Completed, "finish"), "Return");
        var result = SetupWizard.Finished(setup);
        Assert.True(result.ExitCode == 0, result.ToString());

        var given = new Dictionary<string, string>
        {
            [ClientProperties.ExchangeServer] = "ex03.corp.example.com",
            [ClientProperties.MailboxName] = "sales",
            [ClientProperties.ProfileName] = "Head Office",
            [ClientProperties.ProxyServer] = "mail.example.com",
            [ClientProperties.UseHttp] = "0",
            [ClientProperties.HttpFirstOnFast] = "0",
            [ClientProperties.CachedModeName] = "Full",
            [ClientProperties.ProxyAuth] = "Basic",
            [ClientProperties.SslOnly] = "1",
            [ClientProperties.MutualAuth] = "1",
        };
        Assert.Equal(ExpectedPrf(given), Build.ReadPrf(_machine));
        var remembered = _registry.Values(RememberedSettingsKey).ToDictionary(v => v.Key, v => v.Value.Data);
        Assert.Equal(given.OrderBy(p => p.Key), remembered.Where(p => p.Value.Length > 0).OrderBy(p => p.Key));
    }

    [Fact]
    public void Maintenance_remove_takes_the_settings_away()
    {
        SeedOutlook(_registry, "14.0", wow64: false);
        var install = _machine.Msiexec("client-ui-maintenance-install", ["/i", Package], new()
        {
            [ClientProperties.ExchangeServer] = "ex01.contoso.com",
            [ClientProperties.ProxyServer] = "mail.contoso.com",
        });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.True(_registry.KeyExists(ProductKey));

        var setup = _wizard.Start(nameof(Maintenance_remove_takes_the_settings_away));
        _screen.Keys(_wizard.Shown(Maintenance, "maintenance"), "alt+m");
        _screen.Keys(_wizard.Shown(Remove, "remove"), "Return");
        _screen.Keys(_wizard.Shown(Completed, "removed"), "Return");
        var result = SetupWizard.Finished(setup);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(_registry.KeyExists(ProductKey));
        Assert.Null(_registry.Get(SetupKey("14.0"), "ImportPRF"));
        Assert.False(File.Exists(Build.PrfPath(_machine)));
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));
    }


    /// <summary>Escape (the dialog's Cancel button), Yes in the confirmation, Finish in the "interrupted" dialog.</summary>
    private MsiexecResult Cancel(string window, Task<MsiexecResult> setup)
    {
        _screen.Keys(window, "Escape");
        _screen.Keys(_wizard.Shown(CancelQuestion, "cancel"), "alt+y");
        _screen.Keys(_wizard.Shown(Interrupted, "user-exit"), "Return");
        return SetupWizard.Finished(setup);
    }

    public void Dispose()
    {
        InstalledProducts.UninstallAll(_machine, ProductName, "client-ui-cleanup");
        _registry.Apply("client-ui-cleanup-keys", changes => DeleteOutlookKeys(changes.DeleteKey(UserProductKey).DeleteKey(ProductKey)));
    }
}
