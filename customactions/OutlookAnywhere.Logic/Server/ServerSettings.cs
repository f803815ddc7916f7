namespace OutlookAnywhere.Logic;

/// <summary>The server package's validated inputs (see <see cref="ServerProperties"/> for names and defaults).</summary>
/// <param name="ExchangeServers">Exchange back-ends clients reach through this proxy, as given; empty = this computer.</param>
/// <param name="GlobalCatalogs">Global catalogs clients reach for NSPI only.</param>
/// <param name="DnsDomain">Domain appended to NetBIOS names to make FQDNs; null = this computer's domain.</param>
/// <param name="MailboxPorts">Store and DSReferral ports (6001-6002 since Exchange 2003 SP1).</param>
/// <param name="NspiPort">DSProxy/NSPI port (6004); always a single port.</param>
/// <param name="ConfigureValidPorts">Write the RpcProxy <c>ValidPorts</c> allow-list.</param>
/// <param name="ForceValidPorts">Write it even where Exchange 2007 SP1 or later manages it.</param>
/// <param name="GlobalCatalogNspi">This server is a global catalog: let NSPI listen on <c>ncacn_http:6004</c>.</param>
/// <param name="SetBackendPorts">Write the Exchange 2003 back-end port values.</param>
public sealed record ServerSettings(
    IList<string> ExchangeServers,
    IList<string> GlobalCatalogs,
    string? DnsDomain,
    PortRange MailboxPorts,
    PortRange NspiPort,
    bool ConfigureValidPorts,
    bool ForceValidPorts,
    bool GlobalCatalogNspi,
    bool SetBackendPorts);
