namespace OutlookAnywhere.Logic;

/// <summary>
/// The computer the package runs on: MSI's <c>[ComputerName]</c> (NetBIOS only) and the DNS domain
/// from <c>Tcpip\Parameters</c> <c>Domain</c>/<c>NV Domain</c>.
/// </summary>
/// <param name="DnsDomain">Null or empty = workgroup computer, no FQDN.</param>
public sealed record LocalComputer(string NetBiosName, string? DnsDomain)
{
    public const string TcpipParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters";

    /// <summary>
    /// The NetBIOS name the installer gave (<paramref name="computerName"/>, else <paramref name="machineName"/>) and the
    /// DNS domain Windows is configured with (<c>Domain</c>, else <c>NV Domain</c>; neither = workgroup).
    /// </summary>
    public static LocalComputer Detect(IRegistry registry, string? computerName, string machineName)
    {
        var name = string.IsNullOrEmpty(computerName) ? machineName : computerName!;
        var domain = registry.GetString(TcpipParameters, "Domain");
        if (string.IsNullOrEmpty(domain)) domain = registry.GetString(TcpipParameters, "NV Domain");
        return new LocalComputer(name, string.IsNullOrEmpty(domain) ? null : domain);
    }
}
