namespace OutlookAnywhere.Msi;

/// <summary>
/// Serialises a transform: a Compound File whose root has the transform class id
/// {000C1082-0000-0000-C000-000000000046} and holds
/// <list type="bullet">
/// <item><c>_StringPool</c>/<c>_StringData</c>: the transform's own strings, in the base codepage;</item>
/// <item><c>_Tables</c> and <c>_Columns</c> insert records for added tables;</item>
/// <item>one stream per changed table with its row records (<see cref="TransformRecordCodec"/>);</item>
/// <item>a stream <c>Table.Key</c> for the data of each inserted or updated stream cell;</item>
/// <item><c>\u0005SummaryInformation</c> (<see cref="TransformSummary"/>); Windows Installer
/// refuses a transform without it.</item>
/// </list>
/// </summary>
public static class TransformWriter
{
    /// <summary>Writes a transform of <paramref name="changes"/> (and <paramref name="addedTables"/>) against <paramref name="baseDatabase"/>.</summary>
    public static byte[] Write(MsiDatabase baseDatabase, IReadOnlyList<TransformChange> changes, IReadOnlyList<MsiTable> addedTables, SummaryInformation summary)
    {
        ArgumentNullException.ThrowIfNull(baseDatabase);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(addedTables);
        ArgumentNullException.ThrowIfNull(summary);

        var columnsOf = new Dictionary<string, IReadOnlyList<MsiColumn>>(StringComparer.Ordinal);
        foreach (var table in addedTables) columnsOf[table.Name] = table.Columns;

        // The reference width depends on how many strings there are, so count them in a first pass.
        var counting = new StringPoolBuilder(baseDatabase.Codepage);
        EncodeStreams(baseDatabase, changes, addedTables, columnsOf, counting, 2);
        var strings = new StringPoolBuilder(baseDatabase.Codepage);
        var (tableStreams, dataStreams) = EncodeStreams(baseDatabase, changes, addedTables, columnsOf, strings, counting.BytesPerStringReference);

        var file = new CompoundFileWriter { RootClsid = MsiDatabase.TransformClassId };
        var (pool, data) = strings.Build();
        file.Root.AddStream(MsiStreamName.Encode("_StringPool", true), pool);
        file.Root.AddStream(MsiStreamName.Encode("_StringData", true), data);
        foreach (var (table, bytes) in tableStreams)
            file.Root.AddStream(MsiStreamName.Encode(table, true), bytes);
        foreach (var (name, bytes) in dataStreams)
            file.Root.AddStream(MsiStreamName.Encode(name, false), bytes);
        file.Root.AddStream(SummaryInformation.StreamName, summary.ToBytes());
        return file.ToBytes();
    }

    private static (List<(string Table, byte[] Records)> Tables, Dictionary<string, byte[]> Data) EncodeStreams(
        MsiDatabase baseDatabase, IReadOnlyList<TransformChange> changes, IReadOnlyList<MsiTable> addedTables,
        Dictionary<string, IReadOnlyList<MsiColumn>> columnsOf, StringPoolBuilder pool, int referenceWidth)
    {
        var tables = new List<(string, byte[])>();
        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (addedTables.Count > 0)
        {
            var tableInserts = addedTables.Select(t => new TransformChange("_Tables", TransformOperation.Insert, [t.Name],
                new Dictionary<string, object?> { ["Name"] = t.Name })).ToList();
            tables.Add(("_Tables", TransformRecordCodec.Encode("_Tables", MsiSystemTables.TablesColumns, tableInserts, pool.Add, referenceWidth)));
            var columnInserts = addedTables.SelectMany(t => t.Columns.Select(c => new TransformChange("_Columns", TransformOperation.Insert, [t.Name, c.Number],
                new Dictionary<string, object?> { ["Table"] = t.Name, ["Number"] = c.Number, ["Name"] = c.Name, ["Type"] = c.Type }))).ToList();
            tables.Add(("_Columns", TransformRecordCodec.Encode("_Columns", MsiSystemTables.ColumnsColumns, columnInserts, pool.Add, referenceWidth)));
        }
        foreach (var group in changes.GroupBy(c => c.Table))
        {
            var columns = columnsOf.TryGetValue(group.Key, out var own) ? own
                : baseDatabase.GetColumns(group.Key) ?? throw new ArgumentException($"{baseDatabase.SourceName} has no table '{group.Key}'");
            tables.Add((group.Key, TransformRecordCodec.Encode(group.Key, columns, group, pool.Add, referenceWidth)));
            var keyColumns = columns.Where(c => c.IsPrimaryKey).ToList();
            foreach (var change in group.Where(c => c.Operation != TransformOperation.Delete))
            {
                var row = columns.Select(c => c.IsPrimaryKey ? change.Key[keyColumns.IndexOf(c)] : null).ToArray();
                string streamName = TableStreamCodec.StreamNameOf(group.Key, columns, row);
                foreach (var column in columns.Where(c => c.Kind == MsiColumnKind.Stream))
                    if (change.Values.GetValueOrDefault(column.Name) is byte[] bytes) data[streamName] = bytes;
            }
        }
        return (tables, data);
    }
}
