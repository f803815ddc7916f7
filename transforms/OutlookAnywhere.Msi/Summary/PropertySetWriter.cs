using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>
/// Writes a summary information property set: header (byte order 0xFFFE, version 0, OS
/// version 0x00020005 = Win32 build 5 as Windows Installer writes, one set), the
/// FMTID_SummaryInformation set entry, then one section with properties in ascending id order.
/// Values are 4-byte aligned as [MS-OLEPS] requires.
/// </summary>
internal static class PropertySetWriter
{
    public static byte[] Write(SummaryInformation info)
    {
        int codepage = info.Codepage ?? 0;
        var encoding = MsiCodepage.For(codepage, "summary information");
        var values = new List<(int Id, byte[] Bytes)>();
        foreach (var (id, value) in info.Properties)
            values.Add((id, Encode(id, value, encoding)));

        int sectionSize = 8 + 8 * values.Count + values.Sum(v => v.Bytes.Length);
        var data = new byte[48 + sectionSize];
        var span = data.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 0x00020005);
        // bytes 8..23: CLSID, zero
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], 1);
        SummaryInformation.FormatId.TryWriteBytes(span.Slice(28, 16));
        BinaryPrimitives.WriteUInt32LittleEndian(span[44..], 48);

        var section = span[48..];
        BinaryPrimitives.WriteUInt32LittleEndian(section, (uint)sectionSize);
        BinaryPrimitives.WriteUInt32LittleEndian(section[4..], (uint)values.Count);
        int offset = 8 + 8 * values.Count;
        for (int i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(section[(8 + 8 * i)..], (uint)values[i].Id);
            BinaryPrimitives.WriteUInt32LittleEndian(section[(12 + 8 * i)..], (uint)offset);
            values[i].Bytes.CopyTo(section[offset..]);
            offset += values[i].Bytes.Length;
        }
        return data;
    }

    private static byte[] Encode(int id, object value, System.Text.Encoding encoding)
    {
        ushort type = VariantType.ForProperty(id, value);
        switch (type)
        {
            case VariantType.I2:
            {
                var b = new byte[8];
                BinaryPrimitives.WriteUInt16LittleEndian(b, type);
                BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(4), unchecked((ushort)Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
                return b;
            }
            case VariantType.I4:
            {
                if (value is not int i) throw new ArgumentException($"summary property {id} must be an int, not {value.GetType().Name}");
                var b = new byte[8];
                BinaryPrimitives.WriteUInt16LittleEndian(b, type);
                BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(4), i);
                return b;
            }
            case VariantType.FileTime:
            {
                if (value is not DateTime d) throw new ArgumentException($"summary property {id} must be a DateTime, not {value.GetType().Name}");
                var b = new byte[12];
                BinaryPrimitives.WriteUInt16LittleEndian(b, type);
                BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(4), d.ToFileTimeUtc());
                return b;
            }
            default:
            {
                if (value is not string s) throw new ArgumentException($"summary property {id} must be a string, not {value.GetType().Name}");
                var text = encoding.GetBytes(s);
                int length = text.Length + 1; // includes the terminator
                var b = new byte[(8 + length + 3) & ~3];
                BinaryPrimitives.WriteUInt16LittleEndian(b, type);
                BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(4), (uint)length);
                text.CopyTo(b, 8);
                return b;
            }
        }
    }
}
