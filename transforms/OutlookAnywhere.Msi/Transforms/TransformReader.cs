namespace OutlookAnywhere.Msi;

/// <summary>
/// Reads a transform (.mst) against its base package: summary information and validation
/// flags, added tables, and every row change, decoded with the base package's column
/// definitions. <see cref="Apply(MsiDatabase, TransformContents)"/> produces the transformed tables in memory.
/// </summary>
public static class TransformReader
{
    /// <summary>Reads a transform file.</summary>
    public static TransformContents Read(MsiDatabase baseDatabase, string mstPath) => Read(baseDatabase, CompoundFile.Open(mstPath));

    /// <summary>Reads a transform from memory; <paramref name="nameForMessages"/> names it in errors.</summary>
    public static TransformContents Read(MsiDatabase baseDatabase, byte[] mst, string nameForMessages) =>
        Read(baseDatabase, CompoundFile.Open(mst, nameForMessages));

    /// <summary>Reads a transform from an opened Compound File.</summary>
    public static TransformContents Read(MsiDatabase baseDatabase, CompoundFile file)
    {
        ArgumentNullException.ThrowIfNull(baseDatabase);
        ArgumentNullException.ThrowIfNull(file);
        string source = file.SourceName;
        if (file.RootClsid != MsiDatabase.TransformClassId)
            throw new MsiFormatException(source, $"not a transform: the root class id is {file.RootClsid:B}, a transform has {MsiDatabase.TransformClassId:B}");

        byte[]? TableStream(string name) => file.Root.FindStream(MsiStreamName.Encode(name, true))?.ReadAll();
        var strings = StringPool.Read(TableStream("_StringPool") ?? [], TableStream("_StringData") ?? [], source);
        var summaryBytes = file.TryReadRootStream(SummaryInformation.StreamName)
            ?? throw new MsiFormatException(source, "the transform has no \\u0005SummaryInformation stream; Windows Installer would refuse it");
        var summary = SummaryInformation.Parse(summaryBytes, source);

        var streams = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var stream in file.Root.Streams)
            if (!MsiStreamName.IsTable(stream.Name) && stream.Name != SummaryInformation.StreamName)
                streams[MsiStreamName.Decode(stream.Name)] = stream.ReadAll();
        byte[]? ReadData(string name) => streams.GetValueOrDefault(name);

        // _Tables and _Columns first: they define the tables the other records may refer to.
        var addedNames = new List<string>();
        if (TableStream("_Tables") is { } tablesData)
        {
            foreach (var change in TransformRecordCodec.Decode("_Tables", MsiSystemTables.TablesColumns, tablesData, strings, ReadData, source))
                if (change.Operation == TransformOperation.Insert && change.Key[0] is string name) addedNames.Add(name);
        }
        var addedColumns = new Dictionary<string, List<MsiColumn>>(StringComparer.Ordinal);
        if (TableStream("_Columns") is { } columnsData)
        {
            foreach (var change in TransformRecordCodec.Decode("_Columns", MsiSystemTables.ColumnsColumns, columnsData, strings, ReadData, source))
            {
                if (change.Operation != TransformOperation.Insert || change.Values["Table"] is not string table) continue;
                var list = addedColumns.TryGetValue(table, out var l) ? l : addedColumns[table] = new List<MsiColumn>();
                // Windows Installer may leave Number null for added columns: they are numbered in order.
                int number = change.Values["Number"] as int? ?? list.Count + 1;
                list.Add(new MsiColumn((string?)change.Values["Name"] ?? throw new MsiFormatException(source, $"_Columns record for '{table}' has no column name"),
                    number, change.Values["Type"] as int? ?? throw new MsiFormatException(source, $"_Columns record for '{table}' has no type")));
            }
        }
        var addedTables = addedNames
            .Select(n => new MsiTable(n, (addedColumns.GetValueOrDefault(n) ?? throw new MsiFormatException(source, $"added table '{n}' has no _Columns records")).OrderBy(c => c.Number)))
            .ToList();

        var changes = new List<TransformChange>();
        var ordered = file.Root.Streams
            .Where(s => MsiStreamName.IsTable(s.Name))
            .Select(s => MsiStreamName.Decode(s.Name))
            .Where(n => n is not ("_StringPool" or "_StringData" or "_Tables" or "_Columns"))
            .OrderBy(n => IndexOf(baseDatabase.TableNames, n, addedNames))
            .ToList();
        foreach (var table in ordered)
        {
            IReadOnlyList<MsiColumn> columns = addedTables.FirstOrDefault(t => t.Name == table)?.Columns
                ?? baseDatabase.GetColumns(table)
                ?? throw new MsiFormatException(source, $"the transform changes table '{table}', which neither {baseDatabase.SourceName} nor the transform defines");
            changes.AddRange(TransformRecordCodec.Decode(table, columns, TableStream(table)!, strings, ReadData, source));
        }
        return new TransformContents(source, summary, strings, addedTables, changes, streams);
    }

    /// <summary>
    /// Applies a transform to a copy of the base package's tables and returns them ready to be
    /// inspected or saved. Like Windows Installer, it refuses a change whose row is missing (or
    /// present, for an insert) unless the transform suppresses that error condition.
    /// </summary>
    public static MsiDatabaseWriter Apply(MsiDatabase baseDatabase, TransformContents transform) =>
        TransformApplication.Apply(baseDatabase, transform);

    private static int IndexOf(IReadOnlyList<string> baseTables, string table, List<string> added)
    {
        for (int i = 0; i < baseTables.Count; i++)
            if (baseTables[i] == table) return i;
        int a = added.IndexOf(table);
        return a >= 0 ? baseTables.Count + a : int.MaxValue;
    }
}
