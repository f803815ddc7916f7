namespace OutlookAnywhere.Logic;

/// <summary>
/// The Exchange 2003 back-end port values that Exchange Setup writes (TechNet aa998910, "do not modify"):
/// checked and reported always; written only with SET_BACKEND_PORTS=1, and then put back on uninstall.
/// </summary>
public static class Exchange2003BackendPorts
{
    public const string StoreKey = @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeIS\ParametersSystem";
    public const string SystemAttendantKey = @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeSA\Parameters";
    /// <summary>In the product's own key: a <see cref="RegistrySnapshot"/> of the three values before the first write.</summary>
    public const string RecordName = "BackendPortsBeforeInstall";

    /// <summary>The three values and the ports they should hold for the given settings.</summary>
    public static IList<BackendPortValue> Wanted(PortRange mailboxPorts, PortRange nspiPort) =>
    [
        new(StoreKey, "Rpc/HTTP Port", mailboxPorts.Low),
        new(SystemAttendantKey, "HTTP Port", mailboxPorts.High),
        new(SystemAttendantKey, "Rpc/HTTP NSPI Port", nspiPort.Low),
    ];

    public static IEnumerable<RegistryLocation> Locations =>
        Wanted(new PortRange(1, 1), new PortRange(1, 1)).Select(w => new RegistryLocation(w.Key, w.Name));

    /// <summary>One log line per value: what is there and what the settings expect. Changes nothing.</summary>
    public static IEnumerable<string> Report(IRegistry registry, PortRange mailboxPorts, PortRange nspiPort) =>
        Wanted(mailboxPorts, nspiPort).Select(w =>
        {
            var current = registry.GetDword(w.Key, w.Name);
            var state = current is null ? "absent" : current == w.Port ? "ok" : $"{current}, expected {w.Port}";
            return $"{w.Key}\\{w.Name}: {state}.";
        });

    /// <summary>Writes the three values; the values found before the first write are recorded once (repair keeps them).</summary>
    public static void Apply(IRegistry registry, PortRange mailboxPorts, PortRange nspiPort, Action<string> log)
    {
        if (registry.GetString(ServerRegistryKeys.ProductServer, RecordName) is null)
            registry.SetString(ServerRegistryKeys.ProductServer, RecordName, RegistrySnapshot.Take(registry, Locations).Serialize());
        foreach (var (key, name, port) in Wanted(mailboxPorts, nspiPort))
        {
            registry.SetDword(key, name, port);
            log($"{key}\\{name} set to {port}.");
        }
    }

    /// <summary>True when <see cref="Remove"/> would change a value: Exchange then needs its services restarted.</summary>
    public static bool RemoveChangesValues(IRegistry registry) =>
        registry.GetString(ServerRegistryKeys.ProductServer, RecordName) is { } record && RegistrySnapshot.Deserialize(record).DiffersFrom(registry);

    /// <summary>Uninstall: puts back the values found before the first write (absent ones are deleted).</summary>
    public static void Remove(IRegistry registry, Action<string> log)
    {
        var record = registry.GetString(ServerRegistryKeys.ProductServer, RecordName);
        if (record is null)
        {
            log("Exchange 2003 back-end ports: this package wrote none; left unchanged.");
            return;
        }
        RegistrySnapshot.Deserialize(record).Restore(registry, log);
        registry.DeleteValue(ServerRegistryKeys.ProductServer, RecordName);
    }
}

/// <summary>One Exchange 2003 back-end port value and the port it should hold.</summary>
public sealed record BackendPortValue(string Key, string Name, int Port);
