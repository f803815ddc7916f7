namespace OutlookAnywhere.Logic;

/// <summary>What the server package finds on the computer before it changes anything.</summary>
/// <param name="ServicePack">Exchange service pack (2003: ServicePackNumber; 2007/2010: MsiProductMinor) or, for 2013+, the minor version (0 = 2013, 1 = 2016, 2 = 2019/SE).</param>
/// <param name="ManagesValidPorts">Exchange 2007 SP1 or later: its RpcHttpConfigurator rewrites ValidPorts itself.</param>
/// <param name="ValidPorts">The current RpcProxy ValidPorts value; null when absent.</param>
/// <param name="ProductType">ProductOptions ProductType: LanmanNT on a domain controller, ServerNT on another server, WinNT on a workstation; null when absent.</param>
/// <param name="Notes">Findings for the installer log.</param>
public sealed record ServerEnvironment(
    ExchangeVersion Exchange,
    int ServicePack,
    bool ManagesValidPorts,
    bool RpcProxyInstalled,
    string? ValidPorts,
    string? ProductType,
    IList<string> Notes)
{
    public const string ProductOptions = @"HKLM\SYSTEM\CurrentControlSet\Control\ProductOptions";
    public const string DomainControllerProductType = "LanmanNT";
    /// <summary>Exchange 2003's System Attendant: in a managed RPC-HTTP topology it rewrites ValidPorts every HTTPFEPollingInterval minutes.</summary>
    public const string SystemAttendantParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeSA\Parameters";

    /// <summary>The release, spelled one way (<see cref="ExchangeRelease"/>).</summary>
    public ExchangeRelease Release => new(Exchange, ServicePack);

    /// <summary>Only a domain controller has the directory service whose NSPI sequences GLOBAL_CATALOG changes (DOMAIN.md §1).</summary>
    public bool IsDomainController => string.Equals(ProductType, DomainControllerProductType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Role keys under <c>ExchangeServer\v15</c>; <c>ConfiguredVersion</c> present = role installed (dsccommunity/xExchange).</summary>
    private static readonly string[] Exchange15Roles =
        ["MailboxRole", "ClientAccessRole", "CafeRole", "FrontendTransportRole", "HubTransportRole", "UnifiedMessagingRole", "EdgeTransportRole"];

    /// <summary>
    /// Reads the detection keys of docs/DOMAIN.md §1.4, newest release first, so a server upgraded in
    /// place (which can keep older keys) is reported as the newest release found.
    /// The version values are checked, never a key alone: Exchange 4.0-5.5 used the 2003 key, and
    /// the v15 Setup key also exists with only the management tools.
    /// </summary>
    public static ServerEnvironment Detect(IRegistry registry)
    {
        var notes = new List<string>();
        var release = DetectExchange(registry, notes);
        var exchange = release.Version;
        var servicePack = release.ServicePack;
        var managesValidPorts = exchange switch
        {
            ExchangeVersion.Exchange2007 => servicePack >= 1,
            ExchangeVersion.Exchange2010 or ExchangeVersion.Exchange2013OrLater => true,
            _ => false,
        };

        var rpcProxyInstalled = registry.KeyExists(ServerRegistryKeys.RpcProxy);
        string? validPorts = null;
        if (rpcProxyInstalled)
        {
            validPorts = registry.GetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts);
            notes.Add(validPorts is null ? "RpcProxy ValidPorts is not set." : $"RpcProxy ValidPorts is '{validPorts}'.");
            if (registry.GetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPortsAutoConfig) is not null)
                notes.Add("RpcProxy ValidPorts_AutoConfig_Exchange is present: Exchange's RpcHttpConfigurator manages the proxy.");
        }
        else
        {
            notes.Add("The RPC over HTTP Proxy Windows component is not installed (no RpcProxy key).");
        }
        if (managesValidPorts)
            notes.Add($"{release} manages ValidPorts itself and rewrites it about every 15 minutes.");
        if (exchange == ExchangeVersion.Exchange2003 && servicePack >= 1)
        {
            // The managed topology is an Active Directory setting (Exchange System Manager): not visible in the registry.
            var polling = registry.GetDword(SystemAttendantParameters, "HTTPFEPollingInterval");
            notes.Add("If this server is a front-end in an Exchange 2003 managed RPC-HTTP topology (set in Exchange System Manager), " +
                $"its System Attendant rewrites ValidPorts every {polling?.ToString() ?? "15 (default)"} minutes (HTTPFEPollingInterval) and entries written here are lost: " +
                "configure RPC over HTTP either in Exchange System Manager or with this package, not both (KB 841652).");
        }
        var productType = registry.GetString(ProductOptions, "ProductType");
        return new ServerEnvironment(exchange, servicePack, managesValidPorts, rpcProxyInstalled, validPorts, productType, notes);
    }

    private static ExchangeRelease DetectExchange(IRegistry registry, List<string> notes)
    {
        if (registry.GetDword(ServerRegistryKeys.Exchange15Setup, "MsiProductMajor") == 15)
        {
            var minor = registry.GetDword(ServerRegistryKeys.Exchange15Setup, "MsiProductMinor") ?? 0;
            var installedRoles = new List<string>();
            foreach (var role in Exchange15Roles)
            {
                var key = $@"{ServerRegistryKeys.Exchange15}\{role}";
                if (registry.GetString(key, "ConfiguredVersion") is not null) installedRoles.Add(role);
                if (registry.GetString(key, "Action") is not null || registry.GetString(key, "Watermark") is not null)
                    notes.Add($"Exchange 15 {role}: setup did not finish (Action/Watermark present).");
            }
            if (installedRoles.Count > 0)
            {
                notes.Add($"Exchange 15.{minor} with roles {string.Join(", ", installedRoles)}.");
                return new ExchangeRelease(ExchangeVersion.Exchange2013OrLater, minor);
            }
            notes.Add($"Exchange 15.{minor} Setup key without any configured role: management tools only, not an Exchange server.");
        }
        if (registry.GetDword(ServerRegistryKeys.Exchange2010Setup, "MsiProductMajor") == 14)
        {
            var sp = registry.GetDword(ServerRegistryKeys.Exchange2010Setup, "MsiProductMinor") ?? 0;
            notes.Add($"Exchange 2010 SP{sp}.");
            return new ExchangeRelease(ExchangeVersion.Exchange2010, sp);
        }
        if (registry.GetDword(ServerRegistryKeys.Exchange2007Setup, "MsiProductMajor") == 8)
        {
            var sp = registry.GetDword(ServerRegistryKeys.Exchange2007Setup, "MsiProductMinor") ?? 0;
            notes.Add($"Exchange 2007 SP{sp}.");
            return new ExchangeRelease(ExchangeVersion.Exchange2007, sp);
        }
        if (registry.GetDword(ServerRegistryKeys.Exchange2003Setup, "Services Version") == 65)
        {
            var sp = registry.GetDword(ServerRegistryKeys.Exchange2003Setup, "ServicePackNumber") ?? 0;
            notes.Add($"Exchange 2003 SP{sp}.");
            return new ExchangeRelease(ExchangeVersion.Exchange2003, sp);
        }
        notes.Add("No Exchange Server found.");
        return new ExchangeRelease(ExchangeVersion.None, 0);
    }
}
