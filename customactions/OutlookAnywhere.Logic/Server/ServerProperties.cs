namespace OutlookAnywhere.Logic;

/// <summary>
/// The server package's public properties and their validation. Precedence: a property given
/// (command line, then transform, then remembered value) wins; a property that is missing or
/// empty takes the default below.
/// </summary>
public static class ServerProperties
{
    public const string ExchangeServers = "EXCHANGE_SERVERS";
    public const string GlobalCatalogs = "GLOBAL_CATALOGS";
    public const string DnsDomain = "DNS_DOMAIN";
    public const string MailboxPorts = "MAILBOX_PORTS";
    public const string NspiPort = "NSPI_PORT";
    public const string ConfigureValidPorts = "CONFIGURE_VALIDPORTS";
    public const string ForceValidPorts = "FORCE_VALIDPORTS";
    public const string GlobalCatalog = "GLOBAL_CATALOG";
    public const string SetBackendPorts = "SET_BACKEND_PORTS";

    private const string HostListAllowed =
        "must be a comma-separated list of NetBIOS or DNS host names without empty items, scheme, path, port or wildcard, e.g. ex01,ex02.contoso.com";
    private const string BooleanAllowed = "must be 1 or 0 (or empty for the default)";

    /// <summary>Every public property of the server package, in README order.</summary>
    public static IList<PropertyDefinition> Definitions { get; } =
    [
        new(ExchangeServers, PackageKind.Server, "", HostListAllowed,
            "Exchange back-end servers clients reach through this RPC proxy; each is allowed by NetBIOS name and FQDN on the mailbox and NSPI ports. Empty = this server."),
        new(GlobalCatalogs, PackageKind.Server, "", HostListAllowed,
            "Global catalog servers clients reach for NSPI; each is allowed by NetBIOS name and FQDN on NSPI_PORT only."),
        new(DnsDomain, PackageKind.Server, "", HostName.DomainAllowedText,
            "DNS domain appended to NetBIOS names to make FQDNs. Empty = this server's domain."),
        new(MailboxPorts, PackageKind.Server, "6001-6002", PortRange.AllowedText,
            "Store and DSReferral ports of the Exchange back-ends (6001-6002 since Exchange 2003 SP1)."),
        new(NspiPort, PackageKind.Server, "6004", "must be one port (1-65535) outside MAILBOX_PORTS, e.g. 6004",
            "DSProxy/NSPI port of the Exchange back-ends and global catalogs."),
        new(ConfigureValidPorts, PackageKind.Server, "1", BooleanAllowed,
            "1 = add the entries to the RpcProxy ValidPorts allow-list (and remove them on uninstall)."),
        new(ForceValidPorts, PackageKind.Server, "0", BooleanAllowed,
            "1 = write ValidPorts even on Exchange 2007 SP1 or later, where Exchange manages it itself."),
        new(GlobalCatalog, PackageKind.Server, "0", BooleanAllowed,
            "1 = this server is a global catalog: add ncacn_http:6004 to the NSPI interface protocol sequences (reboot required)."),
        new(SetBackendPorts, PackageKind.Server, "0", BooleanAllowed,
            "1 = write the Exchange 2003 back-end port values (Rpc/HTTP Port, HTTP Port, Rpc/HTTP NSPI Port) and restore them on uninstall; MAILBOX_PORTS must then be two consecutive ports."),
    ];

    /// <summary>
    /// Validates the server properties. A missing or empty property takes its default.
    /// Collects every error, then throws one <see cref="InputException"/>.
    /// </summary>
    public static ServerSettings Parse(IDictionary<string, string> properties)
    {
        var errors = new List<InputError>();
        string Get(string name) =>
            properties.TryGetValue(name, out var v) && v.Length > 0 ? v : Definitions.Single(d => d.Name == name).Default;

        var servers = ParseHostList(ExchangeServers, Get(ExchangeServers), errors);
        var catalogs = ParseHostList(GlobalCatalogs, Get(GlobalCatalogs), errors);

        var domainText = Get(DnsDomain);
        string? domain = null;
        if (domainText.Length > 0)
        {
            var error = HostName.CheckDomain(DnsDomain, domainText);
            if (error is null) domain = domainText; else errors.Add(error);
        }

        var mailboxError = PortRange.TryParse(MailboxPorts, Get(MailboxPorts), out var mailbox);
        if (mailboxError is not null) errors.Add(mailboxError);
        var nspiText = Get(NspiPort);
        var nspiError = PortRange.TryParse(NspiPort, nspiText, out var nspi);
        if (nspiError is null && !nspi.IsSinglePort)
            nspiError = new InputError(NspiPort, nspiText, "must be one port, not a range, e.g. 6004");
        if (nspiError is not null) errors.Add(nspiError);
        if (mailboxError is null && nspiError is null && mailbox.Overlaps(nspi))
            errors.Add(new InputError(NspiPort, nspiText, $"must be outside MAILBOX_PORTS '{mailbox}', e.g. 6004"));

        var configure = ParseBoolean(ConfigureValidPorts, Get(ConfigureValidPorts), errors);
        var force = ParseBoolean(ForceValidPorts, Get(ForceValidPorts), errors);
        var globalCatalog = ParseBoolean(GlobalCatalog, Get(GlobalCatalog), errors);
        var backend = ParseBoolean(SetBackendPorts, Get(SetBackendPorts), errors);

        if (force == true && configure == false)
            errors.Add(new InputError(ForceValidPorts, "1", "must be 0 when CONFIGURE_VALIDPORTS is 0 (nothing to force)"));
        // The Exchange 2003 back-end values are single ports: store = low, DSReferral = high = low + 1. One port would
        // give both services the same port.
        if (backend == true && mailboxError is null && mailbox.High - mailbox.Low != 1)
            errors.Add(new InputError(MailboxPorts, mailbox.ToString(),
                "must be two consecutive ports (store, DSReferral) when SET_BACKEND_PORTS is 1, e.g. 6001-6002"));

        if (errors.Count > 0) throw new InputException(errors);
        return new ServerSettings(servers, catalogs, domain, mailbox, nspi,
            configure!.Value, force!.Value, globalCatalog!.Value, backend!.Value);
    }

    /// <summary>Splits a comma-separated host list; spaces around commas are allowed, empty items are not. Duplicates are kept (the plan removes them).</summary>
    private static IList<string> ParseHostList(string input, string value, List<InputError> errors)
    {
        if (value.Length == 0) return [];
        var items = value.Split(',').Select(s => s.Trim()).ToList();
        if (items.Any(i => i.Length == 0))
        {
            errors.Add(new InputError(input, value, HostListAllowed));
            return [];
        }
        var valid = true;
        foreach (var item in items)
        {
            var error = HostName.Check(input, item);
            if (error is null) continue;
            errors.Add(error);
            valid = false;
        }
        return valid ? items : [];
    }

    private static bool? ParseBoolean(string input, string value, List<InputError> errors)
    {
        switch (value)
        {
            case "1": return true;
            case "0": return false;
            default:
                errors.Add(new InputError(input, value, BooleanAllowed));
                return null;
        }
    }
}
