namespace OutlookAnywhere.Msi;

/// <summary>
/// The row records of one table stream inside a transform (the format Windows Installer
/// writes and Wine's <c>msi_table_load_transform</c> reads). Records follow each other, each
/// is a 16-bit mask and then values, row by row (not column by column as in a database):
/// <list type="bullet">
/// <item>insert: mask = (column count &lt;&lt; 8) | 1, then every column;</item>
/// <item>update: bit i set = column i (0-based) present; key columns are always present and
/// carry no bit; bit 0 is therefore never set, as the first column is a key;</item>
/// <item>delete: mask 0, then only the key columns.</item>
/// </list>
/// Values use the transform's own string pool ids (2 or 3 bytes) and the database integer
/// encodings (16-bit: value + 0x8000, 32-bit: value XOR 0x80000000, 0 = null); a stream column
/// takes 2 bytes and its data is the transform stream named <c>Table.Key</c>.
/// </summary>
public static class TransformRecordCodec
{
    /// <summary>The mask of an insert record for a table of <paramref name="columnCount"/> columns.</summary>
    public static ushort InsertMask(int columnCount) => (ushort)((columnCount << 8) | 1);

    /// <summary>Encodes the records of one table.</summary>
    public static byte[] Encode(string table, IReadOnlyList<MsiColumn> columns, IEnumerable<TransformChange> changes,
        Func<string, int> stringId, int bytesPerStringReference)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(changes);
        var output = new MemoryStream();
        foreach (var change in changes)
        {
            var (mask, present) = MaskOf(table, columns, change);
            output.WriteByte((byte)mask);
            output.WriteByte((byte)(mask >> 8));
            int key = 0;
            for (int c = 0; c < columns.Count; c++)
            {
                if (!present[c]) continue;
                var column = columns[c];
                object? value = column.IsPrimaryKey && change.Operation != TransformOperation.Insert
                    ? change.Key[key]
                    : change.Values.GetValueOrDefault(column.Name);
                if (column.IsPrimaryKey) key++;
                uint raw = column.Kind == MsiColumnKind.Stream
                    ? (value is null ? 0u : 1u)
                    : TableStreamCodec.EncodeValue(column, value, stringId);
                int width = column.Kind == MsiColumnKind.Stream ? 2 : MsiColumnType.StoredWidth(column.Type, bytesPerStringReference);
                for (int i = 0; i < width; i++) output.WriteByte((byte)(raw >> (8 * i)));
            }
        }
        return output.ToArray();
    }

    private static (ushort Mask, bool[] Present) MaskOf(string table, IReadOnlyList<MsiColumn> columns, TransformChange change)
    {
        var present = new bool[columns.Count];
        switch (change.Operation)
        {
            case TransformOperation.Insert:
                Array.Fill(present, true);
                return (InsertMask(columns.Count), present);
            case TransformOperation.Delete:
                for (int c = 0; c < columns.Count; c++) present[c] = columns[c].IsPrimaryKey;
                return (0, present);
            default:
                int mask = 0;
                for (int c = 0; c < columns.Count; c++)
                {
                    present[c] = columns[c].IsPrimaryKey;
                    if (columns[c].IsPrimaryKey || !change.Values.ContainsKey(columns[c].Name)) continue;
                    if (c == 0)
                        throw new NotSupportedException($"table '{table}': column 1 ('{columns[c].Name}') is not a key column, so an update of it cannot be expressed (bit 0 marks inserts)");
                    if (c > 15)
                        throw new NotSupportedException($"table '{table}': column {c + 1} ('{columns[c].Name}') is beyond the 16 columns a transform update mask can address");
                    mask |= 1 << c;
                    present[c] = true;
                }
                if (mask == 0)
                    throw new ArgumentException($"update of '{table}' row [{string.Join(", ", change.Key)}] changes no column");
                return ((ushort)mask, present);
        }
    }

    /// <summary>
    /// Decodes the records of one table stream. Stream-column values are looked up with
    /// <paramref name="readStream"/> (by decoded stream name <c>Table.Key</c>).
    /// </summary>
    public static List<TransformChange> Decode(string table, IReadOnlyList<MsiColumn> columns, byte[] data, StringPool strings,
        Func<string, byte[]?> readStream, string source)
    {
        ArgumentNullException.ThrowIfNull(data);
        var changes = new List<TransformChange>();
        int refWidth = strings.BytesPerStringReference;
        int offset = 0;
        while (offset < data.Length)
        {
            if (offset + 2 > data.Length)
                throw new MsiFormatException(source, $"transform table '{table}': a record mask is cut off at byte {offset}");
            int mask = data[offset] | (data[offset + 1] << 8);
            int recordStart = offset;
            offset += 2;

            TransformOperation operation;
            int columnCount = columns.Count;
            if ((mask & 1) != 0)
            {
                operation = TransformOperation.Insert;
                columnCount = mask >> 8;
                if (columnCount > columns.Count)
                    throw new MsiFormatException(source, $"transform table '{table}': insert record at byte {recordStart} has {columnCount} columns, the table has {columns.Count}");
            }
            else
            {
                operation = mask == 0 ? TransformOperation.Delete : TransformOperation.Update;
                if (mask >> columns.Count != 0)
                    throw new MsiFormatException(source, $"transform table '{table}': update mask 0x{mask:X4} at byte {recordStart} names columns beyond the table's {columns.Count}");
            }

            var row = new object?[columns.Count];
            var present = new bool[columns.Count];
            for (int c = 0; c < columnCount; c++)
            {
                var column = columns[c];
                bool here = operation == TransformOperation.Insert || column.IsPrimaryKey || (mask & (1 << c)) != 0;
                if (!here) continue;
                int width = column.Kind == MsiColumnKind.Stream ? 2 : MsiColumnType.StoredWidth(column.Type, refWidth);
                if (offset + width > data.Length)
                    throw new MsiFormatException(source, $"transform table '{table}': record at byte {recordStart} is cut off in column '{column.Name}'");
                uint raw = TableStreamCodec.ReadRaw(data, offset, width);
                offset += width;
                present[c] = true;
                row[c] = TableStreamCodec.DecodeValue(column, raw, strings, table, changes.Count, source);
            }

            var key = columns.Select((col, i) => (col, i)).Where(x => x.col.IsPrimaryKey).Select(x => row[x.i]).ToArray();
            string streamName = TableStreamCodec.StreamNameOf(table, columns, row);
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int c = 0; c < columns.Count; c++)
            {
                if (!present[c]) continue;
                if (operation == TransformOperation.Delete) break;
                if (operation == TransformOperation.Update && columns[c].IsPrimaryKey) continue;
                values[columns[c].Name] = columns[c].Kind == MsiColumnKind.Stream && row[c] is not null ? readStream(streamName) : row[c];
            }
            changes.Add(new TransformChange(table, operation, key, values));
        }
        return changes;
    }
}
