using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>Parses a summary information property set ([MS-OLEPS] 2.21).</summary>
internal static class PropertySetReader
{
    public static SummaryInformation Read(byte[] data, string source)
    {
        ArgumentNullException.ThrowIfNull(data);
        MsiFormatException Bad(string problem) => new(source, $"summary information: {problem}");

        if (data.Length < 48) throw Bad($"stream is {data.Length} bytes, shorter than a property set header");
        if (BinaryPrimitives.ReadUInt16LittleEndian(data) != 0xFFFE) throw Bad("byte order mark is not 0xFFFE");
        uint setCount = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(24));
        int? sectionOffset = null;
        for (int i = 0; i < setCount; i++)
        {
            int at = 28 + 20 * i;
            if (at + 20 > data.Length) throw Bad($"header lists {setCount} property sets but the stream ends after {i}");
            if (new Guid(data.AsSpan(at, 16)) == SummaryInformation.FormatId)
            {
                sectionOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at + 16));
                break;
            }
        }
        if (sectionOffset is not int section) throw Bad("no FMTID_SummaryInformation property set");
        if (section < 0 || section + 8 > data.Length) throw Bad($"section offset {section} lies outside the {data.Length}-byte stream");

        int sectionSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(section));
        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(section + 4));
        if (sectionSize < 8 || section + (long)sectionSize > data.Length) throw Bad($"section size {sectionSize} does not fit the stream");
        if (count < 0 || 8 + 8L * count > sectionSize) throw Bad($"{count} properties do not fit a {sectionSize}-byte section");
        var body = data.AsSpan(section, sectionSize);

        var entries = new List<(int Id, int Offset)>();
        for (int i = 0; i < count; i++)
            entries.Add(((int)BinaryPrimitives.ReadUInt32LittleEndian(body[(8 + 8 * i)..]), (int)BinaryPrimitives.ReadUInt32LittleEndian(body[(12 + 8 * i)..])));

        var result = new SummaryInformation();
        // The codepage decides how the string properties are decoded, so read it first.
        int codepage = 0;
        foreach (var (_, offset) in entries.Where(e => e.Id == SummaryPropertyId.Codepage))
            if (ReadValue(body, offset, null, Bad) is int c) codepage = c;
        var encoding = MsiCodepage.For(codepage, source);

        foreach (var (id, offset) in entries)
        {
            if (id <= 0) continue; // dictionary and locale properties carry no Installer data
            var value = ReadValue(body, offset, encoding, Bad);
            if (value is not null) result[id] = value;
        }
        return result;
    }

    /// <summary>One value; strings are skipped (null) while <paramref name="encoding"/> is not known yet.</summary>
    private static object? ReadValue(ReadOnlySpan<byte> body, int offset, System.Text.Encoding? encoding, Func<string, MsiFormatException> bad)
    {
        if (offset < 8 || offset + 4 > body.Length) throw bad($"property value offset {offset} lies outside the section");
        ushort type = BinaryPrimitives.ReadUInt16LittleEndian(body[offset..]);
        var value = body[(offset + 4)..];
        switch (type)
        {
            case VariantType.I2:
                if (value.Length < 2) throw bad("VT_I2 value is cut off");
                // Codepages such as 65001 do not fit a signed 16-bit value; they are stored as its bit pattern.
                return (int)BinaryPrimitives.ReadUInt16LittleEndian(value);
            case VariantType.I4:
                if (value.Length < 4) throw bad("VT_I4 value is cut off");
                return BinaryPrimitives.ReadInt32LittleEndian(value);
            case VariantType.FileTime:
                if (value.Length < 8) throw bad("VT_FILETIME value is cut off");
                long ticks = BinaryPrimitives.ReadInt64LittleEndian(value);
                return ticks <= 0 || ticks > DateTime.MaxValue.ToFileTimeUtc() ? DateTime.FromFileTimeUtc(0) : DateTime.FromFileTimeUtc(ticks);
            case VariantType.LpStr:
                if (value.Length < 4) throw bad("VT_LPSTR length is cut off");
                int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(value);
                if (length < 0 || 4L + length > value.Length) throw bad($"VT_LPSTR of {length} bytes runs past the section");
                var bytes = value.Slice(4, length);
                int nul = bytes.IndexOf((byte)0);
                if (nul >= 0) bytes = bytes[..nul];
                return encoding?.GetString(bytes);
            default:
                return null; // types Windows Installer does not use are skipped
        }
    }
}
