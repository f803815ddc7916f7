using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>
/// Builds the <c>_StringPool</c>/<c>_StringData</c> pair (layout described on <see cref="StringPool"/>):
/// ids are handed out in order of first use, each use adds one to the string's reference count
/// (capped at 65535), and references widen to 3 bytes once there are more than 65535 ids.
/// </summary>
public sealed class StringPoolBuilder
{
    private readonly List<string> _strings = new();
    private readonly List<int> _refCounts = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Starts an empty pool for <paramref name="codepage"/> (0 = neutral).</summary>
    public StringPoolBuilder(int codepage)
    {
        if (codepage < 0 || codepage > 0x7FFFFFFF) throw new ArgumentOutOfRangeException(nameof(codepage));
        Codepage = codepage;
        _ = MsiCodepage.For(codepage, "string pool"); // fail early on an unknown codepage
    }

    /// <summary>The pool's codepage.</summary>
    public int Codepage { get; }

    /// <summary>Number of ids including the null id 0.</summary>
    public int Count => _strings.Count + 1;

    /// <summary>True once ids no longer fit 16 bits; tables then store 3-byte references.</summary>
    public bool LongStringReferences => _strings.Count > 0xFFFF;

    /// <summary>2 or 3.</summary>
    public int BytesPerStringReference => LongStringReferences ? 3 : 2;

    /// <summary>Records one use of <paramref name="text"/> and returns its id; null and "" are id 0.</summary>
    public int Add(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        if (_ids.TryGetValue(text, out int id))
        {
            _refCounts[id - 1] = Math.Min(_refCounts[id - 1] + 1, 0xFFFF);
            return id;
        }
        if (_strings.Count >= 0xFFFFFF) throw new InvalidOperationException("a string pool holds at most 16777215 strings");
        _strings.Add(text);
        _refCounts.Add(1);
        id = _strings.Count;
        _ids.Add(text, id);
        return id;
    }

    /// <summary>The id of a string already added, or 0 for null/"".</summary>
    public int IdOf(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        return _ids.TryGetValue(text, out int id) ? id : throw new KeyNotFoundException($"string '{text}' was not added to the pool");
    }

    /// <summary>Serialises the pool: <c>_StringPool</c> and <c>_StringData</c> contents.</summary>
    public (byte[] Pool, byte[] Data) Build()
    {
        var encoding = MsiCodepage.For(Codepage, "string pool");
        var data = new MemoryStream();
        var pool = new MemoryStream();
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(word, (uint)Codepage | (LongStringReferences ? 0x80000000u : 0));
        pool.Write(word);
        for (int i = 0; i < _strings.Count; i++)
        {
            var bytes = encoding.GetBytes(_strings[i]);
            data.Write(bytes);
            if (bytes.Length > 0xFFFF)
            {
                // A long string takes two slots: (0, high word of the length), (low word, refcount).
                BinaryPrimitives.WriteUInt16LittleEndian(word, 0);
                BinaryPrimitives.WriteUInt16LittleEndian(word[2..], (ushort)(bytes.Length >> 16));
                pool.Write(word);
            }
            BinaryPrimitives.WriteUInt16LittleEndian(word, (ushort)bytes.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(word[2..], (ushort)_refCounts[i]);
            pool.Write(word);
        }
        return (pool.ToArray(), data.ToArray());
    }
}
