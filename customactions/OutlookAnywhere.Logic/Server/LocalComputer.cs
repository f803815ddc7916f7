namespace OutlookAnywhere.Logic;

/// <summary>
/// The computer the package runs on: MSI's <c>[ComputerName]</c> (NetBIOS only) and the DNS domain
/// from <c>Tcpip\Parameters</c> <c>Domain</c>/<c>NV Domain</c>.
/// </summary>
/// <param name="DnsDomain">Null or empty = workgroup computer, no FQDN.</param>
public sealed record LocalComputer(string NetBiosName, string? DnsDomain);
