namespace OutlookAnywhere.Logic;

/// <summary>
/// The <c>ValidPorts</c> entries this server needs, computed from the settings and the local
/// computer, plus notes for the installer log (e.g. "no FQDN for a workgroup computer").
/// </summary>
public sealed record ValidPortsPlan(IList<ValidPortsEntry> Entries, IList<string> Notes)
{
    /// <summary>
    /// Builds the entries. Order (stable, as in Microsoft's examples):
    /// Exchange servers in the given order, each as NetBIOS:mailbox, NetBIOS:NSPI, FQDN:mailbox, FQDN:NSPI;
    /// then global catalogs in the given order, each as NetBIOS:NSPI, FQDN:NSPI.
    /// An entry equal to an earlier one (case-insensitive host, same ports) is left out.
    /// <para>Names: a host given as FQDN gets its NetBIOS name from its first label. A NetBIOS host
    /// gets its FQDN from <see cref="ServerSettings.DnsDomain"/>, which wins over
    /// <see cref="LocalComputer.DnsDomain"/>; with neither (workgroup) only the NetBIOS name is
    /// planned and a note says so. No Exchange servers given = this computer.</para>
    /// <para>Entries never contain a wildcard and never a range other than the configured ones.</para>
    /// </summary>
    public static ValidPortsPlan Build(ServerSettings settings, LocalComputer local)
    {
        if (string.IsNullOrEmpty(local.NetBiosName)) throw new ArgumentException("The local NetBIOS name is empty.", nameof(local));
        var entries = new List<ValidPortsEntry>();
        var notes = new List<string>();
        var domain = !string.IsNullOrEmpty(settings.DnsDomain) ? settings.DnsDomain
            : !string.IsNullOrEmpty(local.DnsDomain) ? local.DnsDomain : null;

        void Add(string host, PortRange ports)
        {
            var entry = new ValidPortsEntry(host, ports);
            if (!entries.Any(e => e.SameAs(entry))) entries.Add(entry);
        }

        void AddHost(string host, IList<PortRange> ports)
        {
            var netBios = HostName.NetBiosPart(host);
            string? fqdn = HostName.IsFqdn(host) ? host : domain is null ? null : $"{host}.{domain}";
            foreach (var p in ports) Add(netBios, p);
            if (fqdn is null)
                notes.Add($"{host}: no DNS domain (DNS_DOMAIN is empty and this computer is in a workgroup), so only the NetBIOS name is allowed.");
            else
                foreach (var p in ports) Add(fqdn, p);
        }

        var servers = settings.ExchangeServers.Count > 0 ? settings.ExchangeServers : [local.NetBiosName];
        if (settings.ExchangeServers.Count == 0)
            notes.Add($"EXCHANGE_SERVERS is empty: allowing this computer, {local.NetBiosName}.");
        foreach (var server in servers) AddHost(server, [settings.MailboxPorts, settings.NspiPort]);
        foreach (var catalog in settings.GlobalCatalogs) AddHost(catalog, [settings.NspiPort]);
        return new ValidPortsPlan(entries, notes);
    }
}
