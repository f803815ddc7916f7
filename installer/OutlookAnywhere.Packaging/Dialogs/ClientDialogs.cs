using OutlookAnywhere.Packaging.Generated;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Packaging.Dialogs;

/// <summary>
/// The client package's dialogs: which property goes on which page under which label. Everything else (defaults,
/// keywords, the checks and their messages) is taken from <see cref="ClientProperties.Definitions"/> through
/// <see cref="ClientPackageSource"/>, whose type 51 actions the dialogs run.
/// </summary>
public static class ClientDialogs
{
    public const string SqlPath = "installer/PostBuild/ClientDialogs.sql";

    public static DialogPlan Plan()
    {
        DialogField Text(string property, string label) => new(property, label, FieldKind.Text);
        DialogField Choice(string property, string label) => new(property, label, FieldKind.Choice, ClientPackageSource.Keywords[property]);
        DialogField Switch(string property, string label) => new(property, label, FieldKind.Switch);

        var pages = new List<DialogPage>
        {
            new("OaExchangeDlg", "Exchange server", "The Exchange server that holds the mailboxes, and the mailbox to open.",
            [
                Text(ClientProperties.ExchangeServer, "&Exchange server (host name, preferably the FQDN):"),
                Text(ClientProperties.MailboxName, "&Mailbox name (%UserName% = the name of each user):"),
            ]),
            new("OaProfileDlg", "Outlook profile", "The Outlook profile that is created or changed, and how Outlook keeps the mailbox.",
            [
                Text(ClientProperties.ProfileName, "&Profile name:"),
                Choice(ClientProperties.DefaultProfile, "Make it the &default profile:"),
                Choice(ClientProperties.OverwriteProfile, "If a profile of that name e&xists: Yes = replace it, No = leave it, Append = add the account:"),
                Choice(ClientProperties.CachedModeName, "&Cached Exchange Mode:"),
            ]),
            new("OaProxyDlg", "RPC over HTTP proxy", "The proxy server Outlook connects to over the internet, and when to use HTTP.",
            [
                Text(ClientProperties.ProxyServer, "&Proxy server (fully qualified host name):"),
                Switch(ClientProperties.UseHttp, "Connect to Exchange using &HTTP"),
                Switch(ClientProperties.HttpFirstOnFast, "On &fast networks, connect using HTTP first, then TCP/IP"),
                Switch(ClientProperties.HttpFirstOnSlow, "On &slow networks, connect using HTTP first, then TCP/IP"),
            ]),
            new("OaSecurityDlg", "Security", "How Outlook authenticates with the proxy and protects the connection.",
            [
                Text(ClientProperties.ProxyPrincipalName, "P&rincipal name expected in the proxy certificate (msstd:host name):"),
                Choice(ClientProperties.ProxyAuth, "Proxy &authentication:"),
                Switch(ClientProperties.SslOnly, "Connect using &SSL only"),
                Switch(ClientProperties.MutualAuth, "&Mutually authenticate the session with the principal name"),
                Switch(ClientProperties.EncryptRpc, "&Encrypt data between Outlook and Exchange"),
                Switch(ClientProperties.AllowBasicWithoutSsl, "Allow Basic &without SSL (only behind SSL offload)"),
            ]),
        };

        var actions = ClientPackageSource.ComputedActions();
        var checks = new Dictionary<string, PropertyChecks>();
        var inputChecks = ClientPackageSource.InputChecks();
        foreach (var d in ClientProperties.Definitions)
        {
            var flag = ClientPackageSource.NotHostFlag(d.Name);
            var flagActions = actions.Where(a => a.Property == flag).Select(a => new SequencedAction(a.Id, a.Condition!)).ToList();
            var ids = inputChecks.Where(c => c.Property == d.Name).Select(c => $"OaCheck_{c.Id}").ToHashSet();
            var checkActions = actions.Where(a => ids.Contains(a.Id)).Select(a => new SequencedAction(a.Id, a.Condition!)).ToList();
            checks[d.Name] = new PropertyChecks(flagActions.Count > 0 ? [flag] : [], flagActions, checkActions);
        }

        var prefill = actions
            .Where(a => a.Id.StartsWith("Remember_", StringComparison.Ordinal) || a.Id.StartsWith("Given_", StringComparison.Ordinal)
                        || a.Id.StartsWith("Default_", StringComparison.Ordinal))
            .Select(a => (a.Id, a.Condition, a.Sequence)).ToList();

        return new DialogPlan(
            Package: "Client",
            Intro: "This sets up Outlook on this computer to connect to Exchange over the internet (Outlook Anywhere, RPC over HTTP): "
                   + "an Outlook profile for Outlook 2003 to 2013, and the Outlook Anywhere policy values for Outlook 2016 and later. "
                   + "Outlook picks the settings up the next time each user starts it.",
            Pages: pages,
            Defaults: ClientProperties.Definitions.ToDictionary(d => d.Name, d => d.Default),
            Checks: checks,
            ErrorsProperty: ClientPackageSource.InputErrorsProperty,
            GivenPrefix: "OaGiven_",
            PrefillActions: prefill,
            Texts: new DialogTexts(
                Installed: "These settings were applied. Each user gets them the next time Outlook starts:",
                Removed: "The settings were removed from this computer (see the README for what other users keep until they log on).",
                Repair: "Writes the settings again for this computer and the current user (for example after someone changed them).",
                Remove: "Removes the Outlook Anywhere settings and the remembered values from this computer."));
    }
}
