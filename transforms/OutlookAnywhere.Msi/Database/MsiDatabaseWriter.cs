namespace OutlookAnywhere.Msi;

/// <summary>
/// Writes a complete MSI database: string pool, <c>_Tables</c>, <c>_Columns</c>, one stream per
/// table, extra streams (such as <c>Binary.Key</c>) and the summary information. Used to write a
/// database back out (for example after applying a transform) and as an independent check of the
/// Compound File writer, since msitools must be able to read the result.
/// </summary>
public sealed class MsiDatabaseWriter
{
    private readonly List<MsiTable> _tables = new();
    private readonly Dictionary<string, byte[]> _streams = new(StringComparer.Ordinal);

    /// <summary>Starts an empty database with the given string pool codepage (0 = neutral).</summary>
    public MsiDatabaseWriter(int codepage = 0)
    {
        Codepage = codepage;
    }

    /// <summary>String pool codepage.</summary>
    public int Codepage { get; set; }

    /// <summary>Root storage class id; an installation package by default.</summary>
    public Guid ClassId { get; set; } = MsiDatabase.PackageClassId;

    /// <summary>Compound File version: 3 (512-byte sectors, what Windows Installer writes) or 4.</summary>
    public int CompoundFileVersion { get; set; } = 3;

    /// <summary>Summary information written as <c>\u0005SummaryInformation</c>; none if null.</summary>
    public SummaryInformation? Summary { get; set; }

    /// <summary>The tables to write, in <c>_Tables</c> order.</summary>
    public IReadOnlyList<MsiTable> Tables => _tables;

    /// <summary>The table of this name, or null.</summary>
    public MsiTable? GetTable(string name) => _tables.FirstOrDefault(t => t.Name == name);

    /// <summary>The data of a non-table stream, or null.</summary>
    public byte[]? GetStream(string name) => _streams.GetValueOrDefault(name);

    /// <summary>A writer holding every table, stream and the summary information of <paramref name="database"/>.</summary>
    public static MsiDatabaseWriter CopyOf(MsiDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var writer = new MsiDatabaseWriter(database.Codepage) { ClassId = database.ClassId, Summary = database.Summary.Clone() };
        foreach (var name in database.TableNames) writer.AddTable(database.GetRequiredTable(name).Clone());
        foreach (var stream in database.StreamNames)
            if (stream != SummaryInformation.StreamName) writer.SetStream(stream, database.ReadStream(stream)!);
        return writer;
    }

    /// <summary>Adds a table, or replaces the table of the same name.</summary>
    public void AddTable(MsiTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int existing = _tables.FindIndex(t => t.Name == table.Name);
        if (existing >= 0) _tables[existing] = table;
        else _tables.Add(table);
    }

    /// <summary>Removes a table; true if it was there.</summary>
    public bool RemoveTable(string name) => _tables.RemoveAll(t => t.Name == name) > 0;

    /// <summary>Adds or replaces a non-table stream, by decoded name (e.g. "Binary.MyDll").</summary>
    public void SetStream(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(data);
        _streams[name] = data;
    }

    /// <summary>Removes a non-table stream; true if it was there.</summary>
    public bool RemoveStream(string name) => _streams.Remove(name);

    /// <summary>Writes the database to disk.</summary>
    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>Serialises the database as a Compound File.</summary>
    public byte[] ToBytes()
    {
        var strings = new StringPoolBuilder(Codepage);
        foreach (var table in _tables)
        {
            strings.Add(table.Name);
            foreach (var column in table.Columns)
            {
                strings.Add(table.Name);
                strings.Add(column.Name);
            }
            foreach (var row in table.Rows)
                for (int c = 0; c < table.Columns.Count; c++)
                    if (table.Columns[c].Kind == MsiColumnKind.String) strings.Add((string?)row.Values[c]);
        }
        int refWidth = strings.BytesPerStringReference;

        var file = new CompoundFileWriter(CompoundFileVersion) { RootClsid = ClassId };
        var (pool, data) = strings.Build();
        file.Root.AddStream(MsiStreamName.Encode("_StringPool", true), pool);
        file.Root.AddStream(MsiStreamName.Encode("_StringData", true), data);

        var tablesColumns = new[] { new MsiColumn("Name", 1, MsiColumnType.Valid | MsiColumnType.String | MsiColumnType.Key | 64) };
        var tablesRows = _tables.Select(t => (IReadOnlyList<object?>)new object?[] { t.Name }).ToList();
        file.Root.AddStream(MsiStreamName.Encode("_Tables", true), TableStreamCodec.Encode(tablesColumns, tablesRows, strings.IdOf, refWidth));

        var columnsColumns = new[]
        {
            new MsiColumn("Table", 1, MsiColumnType.Valid | MsiColumnType.String | MsiColumnType.Key | 64),
            new MsiColumn("Number", 2, MsiColumnType.Valid | MsiColumnType.Key | 2),
            new MsiColumn("Name", 3, MsiColumnType.Valid | MsiColumnType.String | 64),
            new MsiColumn("Type", 4, MsiColumnType.Valid | 2),
        };
        var columnsRows = _tables
            .SelectMany(t => t.Columns.Select((c, i) => (IReadOnlyList<object?>)new object?[] { t.Name, i + 1, c.Name, c.Type }))
            .ToList();
        file.Root.AddStream(MsiStreamName.Encode("_Columns", true), TableStreamCodec.Encode(columnsColumns, columnsRows, strings.IdOf, refWidth));

        foreach (var table in _tables)
        {
            if (table.Rows.Count == 0) continue; // an empty table has no stream
            var rows = table.Rows.Select(r => r.Values).ToList();
            file.Root.AddStream(MsiStreamName.Encode(table.Name, true), TableStreamCodec.Encode(table.Columns, rows, strings.IdOf, refWidth));
        }

        // Property-set streams ("\u0005...") keep their names unencoded, as Windows Installer stores them.
        foreach (var (name, bytes) in _streams)
            file.Root.AddStream(name.StartsWith('\u0005') ? name : MsiStreamName.Encode(name, false), bytes);
        if (Summary is not null)
            file.Root.AddStream(SummaryInformation.StreamName, Summary.ToBytes());
        return file.ToBytes();
    }
}
