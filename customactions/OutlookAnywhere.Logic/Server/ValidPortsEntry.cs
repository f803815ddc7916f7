namespace OutlookAnywhere.Logic;

/// <summary>One <c>ValidPorts</c> entry: <c>host:port</c> or <c>host:low-high</c>.</summary>
public sealed record ValidPortsEntry(string Host, PortRange Ports)
{
    /// <summary><c>ex01:6001-6002</c>, the form written to the registry.</summary>
    public override string ToString() => $"{Host}:{Ports}";

    /// <summary>
    /// Reads an entry as found in the registry (surrounding spaces ignored). The host part is not
    /// validated beyond being non-empty, because other products' entries (even wildcards) must be
    /// recognised, not judged; the ports must be a valid <see cref="PortRange"/>.
    /// </summary>
    public static bool TryParse(string text, out ValidPortsEntry? entry)
    {
        entry = null;
        var trimmed = text.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon <= 0) return false;
        var host = trimmed.Substring(0, colon).Trim();
        if (host.Length == 0 || host.IndexOf(';') >= 0 || !PortRange.TryParse(trimmed.Substring(colon + 1).Trim(), out var ports)) return false;
        entry = new ValidPortsEntry(host, ports);
        return true;
    }

    /// <summary>
    /// True when this entry already allows everything <paramref name="wanted"/> allows: same host
    /// (case-insensitive, no wildcard interpretation) and a port range that contains the wanted one.
    /// </summary>
    public bool Covers(ValidPortsEntry wanted) =>
        string.Equals(Host, wanted.Host, StringComparison.OrdinalIgnoreCase) && Ports.Contains(wanted.Ports);

    /// <summary>Same host (case-insensitive) and exactly the same ports.</summary>
    public bool SameAs(ValidPortsEntry other) =>
        string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase) && Ports == other.Ports;
}
