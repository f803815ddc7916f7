using System.Globalization;

namespace OutlookAnywhere.Msi;

/// <summary>
/// Encodes and decodes a table's stream. Rows are stored column by column: all values of
/// column 1, then all of column 2, and so on. Integers are offset so that 0 means null
/// (16-bit: value + 0x8000; 32-bit: value XOR 0x80000000); strings are string-pool ids of 2 or
/// 3 bytes; stream columns hold a 2-byte marker (non-zero when the row has data in the stream
/// named <c>Table.Key1.Key2</c>).
/// </summary>
internal static class TableStreamCodec
{
    public static int RowSize(IReadOnlyList<MsiColumn> columns, int bytesPerStringReference) =>
        columns.Sum(c => MsiColumnType.StoredWidth(c.Type, bytesPerStringReference));

    public static List<object?[]> Decode(string table, IReadOnlyList<MsiColumn> columns, byte[] data, StringPool pool, string source)
    {
        int refWidth = pool.BytesPerStringReference;
        int rowSize = RowSize(columns, refWidth);
        if (data.Length % rowSize != 0)
            throw new MsiFormatException(source, $"table '{table}': stream is {data.Length} bytes, not a multiple of its {rowSize}-byte rows");
        int rowCount = data.Length / rowSize;
        var rows = new List<object?[]>(rowCount);
        for (int r = 0; r < rowCount; r++) rows.Add(new object?[columns.Count]);

        int columnStart = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            int width = MsiColumnType.StoredWidth(column.Type, refWidth);
            for (int r = 0; r < rowCount; r++)
            {
                uint raw = ReadRaw(data, columnStart + r * width, width);
                rows[r][c] = DecodeValue(column, raw, pool, table, r, source);
            }
            columnStart += width * rowCount;
        }

        if (columns.Any(c => c.Kind == MsiColumnKind.Stream))
        {
            foreach (var row in rows)
            {
                string name = StreamNameOf(table, columns, row);
                for (int c = 0; c < columns.Count; c++)
                    if (columns[c].Kind == MsiColumnKind.Stream && row[c] is not null) row[c] = name;
            }
        }
        return rows;
    }

    /// <summary>The name of the stream that holds a row's binary data: table and key values joined by dots.</summary>
    public static string StreamNameOf(string table, IReadOnlyList<MsiColumn> columns, IReadOnlyList<object?> row)
    {
        var parts = new List<string> { table };
        for (int c = 0; c < columns.Count; c++)
        {
            if (!columns[c].IsPrimaryKey) continue;
            parts.Add(row[c] switch
            {
                int i => i.ToString(CultureInfo.InvariantCulture),
                string s => s,
                _ => "",
            });
        }
        return string.Join('.', parts);
    }

    public static byte[] Encode(IReadOnlyList<MsiColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows, Func<string, int> stringId, int bytesPerStringReference)
    {
        int rowSize = RowSize(columns, bytesPerStringReference);
        var data = new byte[rowSize * rows.Count];
        int columnStart = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            int width = MsiColumnType.StoredWidth(columns[c].Type, bytesPerStringReference);
            for (int r = 0; r < rows.Count; r++)
                WriteRaw(data, columnStart + r * width, width, EncodeValue(columns[c], rows[r][c], stringId));
            columnStart += width * rows.Count;
        }
        return data;
    }

    /// <summary>The stored (offset) form of one value.</summary>
    public static uint EncodeValue(MsiColumn column, object? value, Func<string, int> stringId)
    {
        if (value is null) return 0;
        return column.Kind switch
        {
            MsiColumnKind.Int16 => (uint)((int)value + 0x8000),
            MsiColumnKind.Int32 => unchecked((uint)(int)value ^ 0x80000000),
            // Windows Installer and Wine write 1 here: the data itself lives in its own stream.
            MsiColumnKind.Stream => 1,
            _ => (uint)stringId((string)value),
        };
    }

    /// <summary>The value of one stored cell; a present stream reads as "" until <see cref="StreamNameOf"/> names it.</summary>
    public static object? DecodeValue(MsiColumn column, uint raw, StringPool pool, string table, int row, string source) => column.Kind switch
    {
        MsiColumnKind.Int16 => raw == 0 ? null : (int)raw - 0x8000,
        MsiColumnKind.Int32 => raw == 0 ? null : unchecked((int)(raw ^ 0x80000000)),
        MsiColumnKind.Stream => raw == 0 ? null : "",
        _ => LookUp(pool, raw, table, column, row, source),
    };

    public static uint ReadRaw(ReadOnlySpan<byte> data, int offset, int width)
    {
        uint value = 0;
        for (int i = 0; i < width; i++) value |= (uint)data[offset + i] << (8 * i);
        return value;
    }

    public static void WriteRaw(Span<byte> data, int offset, int width, uint value)
    {
        for (int i = 0; i < width; i++) data[offset + i] = (byte)(value >> (8 * i));
    }

    private static string? LookUp(StringPool pool, uint id, string table, MsiColumn column, int row, string source)
    {
        if (id == 0) return null;
        if (!pool.IsValidId((int)id))
            throw new MsiFormatException(source, $"table '{table}', row {row + 1}, column '{column.Name}': string id {id} is not in the string pool ({pool.Count - 1} ids)");
        return pool[(int)id];
    }
}
