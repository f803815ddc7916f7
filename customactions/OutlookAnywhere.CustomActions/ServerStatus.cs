using OutlookAnywhere.Logic;

namespace OutlookAnywhere.CustomActions;

/// <summary>`oa-server status`: a read-only report for the administrator. Writes nothing.</summary>
public sealed class ServerStatus(IRegistry registry, TextWriter output)
{
    public int Print()
    {
        var environment = ServerEnvironment.Detect(registry);
        output.WriteLine($"Exchange found:          {environment.Release}");
        output.WriteLine($"Exchange manages ports:  {(environment.ManagesValidPorts ? "yes (ValidPorts is rewritten by Exchange)" : "no")}");
        output.WriteLine($"RPC over HTTP Proxy:     {(environment.RpcProxyInstalled ? "installed" : "not installed")}");
        var record = ValidPortsInstaller.ReadRecord(registry, _ => { });
        var ours = new HashSet<string>(record?.Added ?? [], StringComparer.OrdinalIgnoreCase);
        output.WriteLine("ValidPorts entries:");
        var current = ValidPortsList.Parse(environment.ValidPorts);
        if (current.Entries.Count == 0) output.WriteLine("  (none)");
        foreach (var entry in current.Entries)
            output.WriteLine($"  {entry,-50} {(ours.Contains(entry) ? "from this package" : "other")}");
        var nspi = registry.GetMultiString(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName);
        output.WriteLine($"NSPI protocol sequences: {(nspi is null ? "(absent)" : string.Join(", ", nspi))}");
        foreach (var (key, name, _) in Exchange2003BackendPorts.Wanted(new PortRange(6001, 6002), new PortRange(6004, 6004)))
            output.WriteLine($"{name + ":",-24} {registry.GetDword(key, name)?.ToString() ?? "(absent)"}");
        foreach (var note in environment.Notes) output.WriteLine($"Note: {note}");
        return 0;
    }
}
