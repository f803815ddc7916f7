using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Packaging.Dialogs;

/// <summary>
/// The server package's dialogs: which property goes on which page under which label. Names and defaults come from
/// <see cref="ServerProperties.Definitions"/>; the checks and their messages are the custom-action program's own
/// (<see cref="ServerInputCheck"/>: the dialogs run its validation when a page is left, docs/interactive-setup.md).
/// The server package computes its defaults in that program, so the dialogs add the snapshot of what was given and the
/// defaults to show (UI sequence only); the remembered settings are Server.wxs's own Remember_* actions.
/// </summary>
public static class ServerDialogs
{
    public const string SqlPath = "installer/PostBuild/ServerDialogs.sql";

    /// <summary>Server.wxs schedules Remember_&lt;NAME&gt; at 60 + the property's index in the definitions (a package test
    /// compares them with the built package); the given snapshot and the defaults follow, all before LaunchConditions (100).</summary>
    public const int RememberSequence = 60, GivenSequence = 70, DefaultSequence = 80;

    /// <summary>Server.wxs's condition of Remember_&lt;NAME&gt;: a property given wins over the remembered one.</summary>
    public static string RememberCondition(string property) => $"NOT {property} AND OaRemembered_{property}";

    public static DialogPlan Plan()
    {
        DialogField Text(string property, string label) => new(property, label, FieldKind.Text);
        DialogField Switch(string property, string label) => new(property, label, FieldKind.Switch);

        var pages = new List<DialogPage>
        {
            new("OaServersDlg", "Exchange servers", "The Exchange back-end servers and global catalogs clients reach through this RPC proxy.",
            [
                Text(ServerProperties.ExchangeServers, "&Exchange back-end servers, comma-separated (empty = this server):"),
                Text(ServerProperties.GlobalCatalogs, "&Global catalog servers, comma-separated (reached on the NSPI port only):"),
                Text(ServerProperties.DnsDomain, "&DNS domain appended to NetBIOS names (empty = the domain of this server):"),
            ]),
            new("OaPortsDlg", "Ports", "The ports of the Exchange back-ends that clients reach through the RPC proxy.",
            [
                Text(ServerProperties.MailboxPorts, "&Mailbox ports, store and DSReferral (a port or a range, e.g. 6001-6002):"),
                Text(ServerProperties.NspiPort, "NS&PI port (DSProxy; one port outside the mailbox ports):"),
                Switch(ServerProperties.SetBackendPorts, "Write the Exchange 2003 back-end port &values"),
            ]),
            new("OaRoleDlg", "RPC proxy and global catalog", "What this package changes on this server (all of it is undone on uninstall).",
            [
                Switch(ServerProperties.ConfigureValidPorts, "Add the entries to the &ValidPorts allow-list of the RPC proxy"),
                Switch(ServerProperties.ForceValidPorts, "&Force ValidPorts where Exchange 2007 SP1 or later manages it"),
                Switch(ServerProperties.GlobalCatalog, "This server is a global &catalog: add ncacn_http to NSPI (restart)"),
            ]),
        };

        var prefill = new List<(string, string?, int)>();
        var newActions = new List<(string, string, string)>();
        for (var i = 0; i < ServerProperties.Definitions.Count; i++)
        {
            var d = ServerProperties.Definitions[i];
            prefill.Add(($"Remember_{d.Name}", RememberCondition(d.Name), RememberSequence + i));
            prefill.Add(($"Given_{d.Name}", null, GivenSequence + i));
            newActions.Add(($"Given_{d.Name}", $"{GivenPrefix}{d.Name}", $"[{d.Name}]"));
            if (d.Default.Length == 0) continue;
            prefill.Add(($"Default_{d.Name}", $"NOT {d.Name}", DefaultSequence + i));
            newActions.Add(($"Default_{d.Name}", d.Name, d.Default));
        }

        return new DialogPlan(
            Package: "Server",
            Intro: "This configures RPC over HTTP (Outlook Anywhere) on this server: the ValidPorts allow-list of the RPC proxy for "
                   + "the Exchange back-ends and global catalogs and, where chosen, the NSPI protocol sequences of a global catalog and "
                   + "the Exchange 2003 back-end ports. Uninstalling takes away exactly what it added.",
            Pages: pages,
            Defaults: ServerProperties.Definitions.ToDictionary(d => d.Name, d => d.Default),
            Checks: ServerProperties.Definitions.ToDictionary(d => d.Name, _ => new PropertyChecks([], [], [])),
            ErrorsProperty: ServerInputCheck.ErrorsProperty,
            GivenPrefix: GivenPrefix,
            PrefillActions: prefill,
            Texts: new DialogTexts(
                Installed: "These settings were applied on this server (with GLOBAL_CATALOG 1, restart it for NSPI over HTTP):",
                Removed: "What this package added was removed from this server; the values it found before are back.",
                Repair: "Writes the settings again on this server (for example after someone changed ValidPorts).",
                Remove: "Removes what this package added on this server, and the remembered settings."),
            NewActions: newActions,
            PageCheck: new PageCheck(ServerInputCheck.Action, ServerInputCheck.InputsProperty));
    }

    /// <summary>The dialogs' snapshot of what was given (command line, transform, remembered), UI sequence only.</summary>
    public const string GivenPrefix = "OaGiven_";
}
