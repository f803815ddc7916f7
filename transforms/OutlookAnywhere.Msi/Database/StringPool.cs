using System.Buffers.Binary;
using System.Text;

namespace OutlookAnywhere.Msi;

/// <summary>
/// An MSI string pool as stored in the <c>_StringPool</c> and <c>_StringData</c> streams.
/// <c>_StringPool</c> starts with a 32-bit header (codepage, plus 0x80000000 when string
/// references in tables are 3 bytes wide), then one (length, refcount) pair of 16-bit words
/// per string id starting at id 1. A (0, 0) pair is an unused id. A string of 64 KiB or more
/// takes two pairs: (0, high word of the length) then (low word of the length, refcount).
/// <c>_StringData</c> holds the strings back to back in the codepage, without terminators.
/// </summary>
public sealed class StringPool
{
    private const uint LongReferencesFlag = 0x80000000;

    private readonly string?[] _strings;
    private readonly int[] _refCounts;
    private Dictionary<string, int>? _idsByText;

    private StringPool(int codepage, bool longReferences, string?[] strings, int[] refCounts)
    {
        Codepage = codepage;
        LongStringReferences = longReferences;
        _strings = strings;
        _refCounts = refCounts;
    }

    /// <summary>Parses the two streams; <paramref name="source"/> names the package in errors.</summary>
    public static StringPool Read(byte[] pool, byte[] data, string source)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(data);
        if (pool.Length == 0) return new StringPool(0, false, [null], [0]);
        if (pool.Length < 4 || pool.Length % 4 != 0)
            throw new MsiFormatException(source, $"_StringPool is {pool.Length} bytes; it must be a non-empty multiple of 4");

        uint header = BinaryPrimitives.ReadUInt32LittleEndian(pool);
        bool longRefs = (header & LongReferencesFlag) != 0;
        int codepage = (int)(header & ~LongReferencesFlag);
        var encoding = MsiCodepage.For(codepage, source);

        var words = new ushort[pool.Length / 2];
        for (int i = 0; i < words.Length; i++)
            words[i] = BinaryPrimitives.ReadUInt16LittleEndian(pool.AsSpan(2 * i));

        // Two layouts of the rare >64 KiB entry exist in the wild (msitools/rust-msi vs. Wine);
        // the one whose lengths add up to the size of _StringData is the right one.
        var entries = ParseEntries(words, highWordFirst: true)
            ?? throw new MsiFormatException(source, "_StringPool ends inside a long-string entry");
        if (entries.Sum(e => (long)e.Length) != data.Length)
        {
            var alternative = ParseEntries(words, highWordFirst: false);
            if (alternative is not null && alternative.Sum(e => (long)e.Length) == data.Length) entries = alternative;
            else
                throw new MsiFormatException(source, $"_StringPool lists {entries.Sum(e => (long)e.Length)} bytes of strings but _StringData holds {data.Length}");
        }

        var strings = new string?[entries.Count + 1];
        var refs = new int[entries.Count + 1];
        int offset = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            var (length, refCount, used) = entries[i];
            if (used) strings[i + 1] = encoding.GetString(data, offset, length);
            refs[i + 1] = refCount;
            offset += length;
        }
        return new StringPool(codepage, longRefs, strings, refs);
    }

    private static List<(int Length, int RefCount, bool Used)>? ParseEntries(ushort[] words, bool highWordFirst)
    {
        var entries = new List<(int, int, bool)>();
        for (int i = 2; i + 1 < words.Length; i += 2)
        {
            int length = words[i];
            int refs = words[i + 1];
            if (length == 0 && refs == 0)
            {
                entries.Add((0, 0, false));
                continue;
            }
            if (length == 0)
            {
                if (i + 3 >= words.Length) return null;
                if (highWordFirst)
                {
                    length = (refs << 16) | words[i + 2];
                    refs = words[i + 3];
                }
                else
                {
                    length = (words[i + 3] << 16) | words[i + 2];
                }
                i += 2;
            }
            entries.Add((length, refs, true));
        }
        return entries;
    }

    /// <summary>Codepage of <c>_StringData</c> (0 = neutral).</summary>
    public int Codepage { get; }

    /// <summary>True when tables store string ids in 3 bytes instead of 2 (header flag 0x80000000).</summary>
    public bool LongStringReferences { get; }

    /// <summary>Width of a string id in a table stream: 2 or 3 bytes.</summary>
    public int BytesPerStringReference => LongStringReferences ? 3 : 2;

    /// <summary>Number of ids including the null id 0.</summary>
    public int Count => _strings.Length;

    /// <summary>The string with this id; null for id 0, unused ids and ids beyond the pool.</summary>
    public string? this[int id] => id > 0 && id < _strings.Length ? _strings[id] : null;

    /// <summary>True when <paramref name="id"/> is 0 or names a string of the pool.</summary>
    public bool IsValidId(int id) => id == 0 || (id > 0 && id < _strings.Length && _strings[id] is not null);

    /// <summary>The stored reference count of the string with this id (0 if unused).</summary>
    public int RefCount(int id) => id > 0 && id < _refCounts.Length ? _refCounts[id] : 0;

    /// <summary>The id of <paramref name="text"/> (the first, if stored twice), or null.</summary>
    public int? FindId(string text)
    {
        if (_idsByText is null)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 1; i < _strings.Length; i++)
                if (_strings[i] is { } s) map.TryAdd(s, i);
            _idsByText = map;
        }
        return _idsByText.TryGetValue(text, out int id) ? id : null;
    }

    /// <summary>Every used (id, text) pair in id order.</summary>
    public IEnumerable<(int Id, string Text)> Entries
    {
        get
        {
            for (int i = 1; i < _strings.Length; i++)
                if (_strings[i] is { } s) yield return (i, s);
        }
    }
}
