namespace OutlookAnywhere.Logic;

/// <summary>
/// An existing RpcProxy <c>ValidPorts</c> value: <c>;</c>-separated entries, kept exactly as found.
/// </summary>
public sealed class ValidPortsList
{
    private readonly string _text;

    private ValidPortsList(string text, IList<string> entries)
    {
        _text = text;
        Entries = entries;
    }

    /// <summary>
    /// Reads a value. Null (value absent) and "" give an empty list. Empty items and a trailing
    /// <c>;</c> are tolerated and not counted as entries; entries are kept as written (case, spaces).
    /// </summary>
    public static ValidPortsList Parse(string? value)
    {
        var text = value ?? "";
        var entries = text.Split(';').Where(e => e.Trim().Length > 0).ToList();
        return new ValidPortsList(text, entries);
    }

    /// <summary>The non-empty entries, exactly as found.</summary>
    public IList<string> Entries { get; }

    /// <summary>
    /// Adds the wanted entries that are not yet allowed, at the end, in the wanted order.
    /// <para>Present means: an existing entry for the same host (case-insensitive) whose port
    /// range contains the wanted range, e.g. existing <c>EX01:6001-6004</c> covers wanted
    /// <c>ex01:6004</c>. Such an entry was not ours, stays as it is, and access is already
    /// granted, so nothing is added (and uninstall has nothing to remove for it). A partial overlap
    /// (existing <c>ex01:6001</c>, wanted <c>ex01:6001-6002</c>) adds the wanted entry; existing
    /// entries are never widened. Wildcards in existing entries are not interpreted.</para>
    /// <para>Existing entries keep their text and case. When nothing is added the value is returned
    /// unchanged (even with a trailing <c>;</c> or empty items); when something is added, the value
    /// is rewritten as the non-empty entries joined by <c>;</c>, without a trailing <c>;</c>.</para>
    /// </summary>
    public ValidPortsMerge Merge(IEnumerable<ValidPortsEntry> wanted)
    {
        var existing = Entries.Select(e => ValidPortsEntry.TryParse(e, out var parsed) ? parsed : null)
            .OfType<ValidPortsEntry>().ToList();
        var added = new List<ValidPortsEntry>();
        foreach (var entry in wanted)
        {
            if (existing.Any(e => e.Covers(entry)) || added.Any(e => e.Covers(entry))) continue;
            added.Add(entry);
        }
        if (added.Count == 0) return new ValidPortsMerge(_text, []);
        var addedText = added.Select(e => e.ToString()).ToList();
        return new ValidPortsMerge(string.Join(";", Entries.Concat(addedText)), addedText);
    }

    /// <summary>The value exactly as it was read ("" for an absent value).</summary>
    public override string ToString() => _text;
}
