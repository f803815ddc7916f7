namespace OutlookAnywhere.Logic;

/// <summary>The registry keys and values the server package reads and writes (docs/DOMAIN.md §1).</summary>
public static class ServerRegistryKeys
{
    /// <summary>RPC over HTTP Proxy; the key exists when the Windows component is installed.</summary>
    public const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    public const string ValidPorts = "ValidPorts";
    /// <summary>Written by Exchange 2007 SP1+'s RpcHttpConfigurator: its presence shows Exchange manages the proxy.</summary>
    public const string ValidPortsAutoConfig = "ValidPorts_AutoConfig_Exchange";

    public const string Exchange2003Setup = @"HKLM\SOFTWARE\Microsoft\Exchange\Setup";
    public const string Exchange2007Setup = @"HKLM\SOFTWARE\Microsoft\Exchange\v8.0\Setup";
    public const string Exchange2010Setup = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v14\Setup";
    public const string Exchange15Setup = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v15\Setup";
    /// <summary>Parent of the Exchange 2013+ role keys (<c>MailboxRole</c>, <c>ClientAccessRole</c>, ...).</summary>
    public const string Exchange15 = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v15";

    /// <summary>The kit's own key, parent of the server and client packages' keys.</summary>
    public const string Product = @"HKLM\SOFTWARE\OutlookAnywhere";
    /// <summary>The server package's own key, where it remembers what it changed (and its Version, for detection rules).</summary>
    public const string ProductServer = Product + @"\Server";

    /// <summary>
    /// Uninstall, after every record was removed: the server package's key and the kit's key go too when nothing else is in
    /// them (the client package or a newer install may still use them), so nothing of this package remains.
    /// </summary>
    public static void RemoveProductKeysIfEmpty(IRegistry registry, Action<string> log)
    {
        foreach (var key in new[] { ProductServer, Product })
        {
            if (!registry.DeleteKeyIfEmpty(key))
            {
                if (registry.KeyExists(key)) log($"{key} still holds other values or keys; left in place.");
                return;
            }
            log($"Removed the empty key {key}.");
        }
    }
    /// <summary>Value under <see cref="ProductServer"/> holding the serialized <see cref="InstallRecord"/>.</summary>
    public const string ValidPortsRecord = "ValidPortsInstallRecord";
}
