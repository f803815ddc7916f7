namespace OutlookAnywhere.Logic;

/// <summary>
/// What the deferred apply action writes, decided by the immediate prepare action (<see cref="ServerPreparation"/>) and
/// carried to it in CustomActionData: a deferred action cannot read installer properties, so this is all it knows.
/// </summary>
/// <param name="ValidPortsEntries">Entries to merge into ValidPorts; empty = leave ValidPorts alone.</param>
/// <param name="NspiSequencePort">Port of the <c>ncacn_http</c> NSPI protocol sequence to add; null = none (GLOBAL_CATALOG=0).</param>
/// <param name="BackendPorts">The Exchange 2003 back-end ports to write; null = none (SET_BACKEND_PORTS=0).</param>
public sealed record ApplyPayload(IList<ValidPortsEntry> ValidPortsEntries, PortRange? NspiSequencePort, BackendPortSettings? BackendPorts)
{
    private const string FormatVersion = "apply-v1";
    private const int FieldCount = 5;

    /// <summary>
    /// One line without line breaks: <c>apply-v1|entry;entry...|nspi|mailbox|nspi</c> (the last three empty when absent).
    /// Entries and ports are written as in ValidPorts (<c>ex01:6001-6002</c>, <c>6004</c>).
    /// </summary>
    public string Serialize() =>
        string.Join("|", new[]
        {
            FormatVersion,
            string.Join(";", ValidPortsEntries.Select(e => e.ToString()).ToArray()),
            NspiSequencePort?.ToString() ?? "",
            BackendPorts?.MailboxPorts.ToString() ?? "",
            BackendPorts?.NspiPort.ToString() ?? "",
        });

    /// <exception cref="FormatException">The text is not a serialized payload; the message names the part and the value.</exception>
    public static ApplyPayload Deserialize(string text)
    {
        var fields = text.Split('|');
        if (fields.Length != FieldCount || fields[0] != FormatVersion)
            throw new FormatException($"'{text}' is not an {FormatVersion} apply payload ({FormatVersion}|entries|nspi|mailbox|nspi).");
        var entries = new List<ValidPortsEntry>();
        if (fields[1].Length > 0)
        {
            foreach (var item in fields[1].Split(';'))
            {
                if (!ValidPortsEntry.TryParse(item, out var entry) || entry is null || entry.ToString() != item)
                    throw new FormatException($"Apply payload ValidPorts entry '{item}' must be host:port or host:low-high, e.g. ex01:6001-6002.");
                entries.Add(entry);
            }
        }
        var nspi = OptionalPort("NSPI sequence port", fields[2], single: true);
        var mailbox = OptionalPort("back-end mailbox ports", fields[3], single: false);
        var backendNspi = OptionalPort("back-end NSPI port", fields[4], single: true);
        if ((mailbox is null) != (backendNspi is null))
            throw new FormatException($"Apply payload '{text}' must give both back-end ports (mailbox and NSPI) or neither.");
        return new ApplyPayload(entries, nspi, mailbox is { } m && backendNspi is { } n ? new BackendPortSettings(m, n) : null);
    }

    private static PortRange? OptionalPort(string part, string text, bool single)
    {
        if (text.Length == 0) return null;
        if (!PortRange.TryParse(text, out var ports) || (single && !ports.IsSinglePort))
            throw new FormatException($"Apply payload {part} '{text}' must be {(single ? "one port (1-65535), e.g. 6004" : "a port or a range low-high, e.g. 6001-6002")}.");
        return ports;
    }

    // Records compare lists by reference; compare contents so tests can use ==.
    public bool Equals(ApplyPayload? other) =>
        other is not null && ValidPortsEntries.SequenceEqual(other.ValidPortsEntries)
        && NspiSequencePort == other.NspiSequencePort && Equals(BackendPorts, other.BackendPorts);

    public override int GetHashCode() => ValidPortsEntries.Count ^ (NspiSequencePort?.GetHashCode() ?? 0);
}

/// <summary>The Exchange 2003 back-end ports SET_BACKEND_PORTS=1 writes: store = mailbox low, DSReferral = mailbox high, NSPI.</summary>
public sealed record BackendPortSettings(PortRange MailboxPorts, PortRange NspiPort);
