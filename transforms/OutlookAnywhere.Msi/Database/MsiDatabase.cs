namespace OutlookAnywhere.Msi;

/// <summary>
/// A read-only Windows Installer database (.msi, or any Compound File holding MSI tables),
/// read fully into memory: string pool, <c>_Tables</c>, <c>_Columns</c>, every table (on first
/// use), other streams and the summary information.
/// </summary>
public sealed class MsiDatabase : IDisposable
{
    /// <summary>Root storage class id of an installation package.</summary>
    public static readonly Guid PackageClassId = new("000C1084-0000-0000-C000-000000000046");

    /// <summary>Root storage class id of a transform.</summary>
    public static readonly Guid TransformClassId = new("000C1082-0000-0000-C000-000000000046");

    /// <summary>Root storage class id of a patch.</summary>
    public static readonly Guid PatchClassId = new("000C1086-0000-0000-C000-000000000046");

    private readonly Dictionary<string, IReadOnlyList<MsiColumn>> _columnsByTable;
    private readonly Dictionary<string, MsiTable> _loaded = new(StringComparer.Ordinal);
    private SummaryInformation? _summary;

    private MsiDatabase(CompoundFile file)
    {
        File = file;
        SourceName = file.SourceName;
        Strings = StringPool.Read(
            ReadTableStream("_StringPool") ?? [],
            ReadTableStream("_StringData") ?? [],
            SourceName);

        var tables = TableStreamCodec.Decode("_Tables", MsiSystemTables.TablesColumns, ReadTableStream("_Tables") ?? [], Strings, SourceName);
        TableNames = tables.Select(r => (string?)r[0] ?? throw Corrupt("_Tables contains a null table name")).ToArray();

        var columnRows = TableStreamCodec.Decode("_Columns", MsiSystemTables.ColumnsColumns, ReadTableStream("_Columns") ?? [], Strings, SourceName);
        _columnsByTable = new Dictionary<string, IReadOnlyList<MsiColumn>>(StringComparer.Ordinal);
        foreach (var group in columnRows.GroupBy(r => (string?)r[0] ?? throw Corrupt("_Columns contains a row with a null table name")))
        {
            var columns = group
                .Select(r => new MsiColumn(
                    (string?)r[2] ?? throw Corrupt($"_Columns: a column of table '{group.Key}' has no name"),
                    (int?)r[1] ?? throw Corrupt($"_Columns: column '{r[2]}' of table '{group.Key}' has no number"),
                    (int?)r[3] ?? throw Corrupt($"_Columns: column '{r[2]}' of table '{group.Key}' has no type")))
                .OrderBy(c => c.Number)
                .ToArray();
            for (int i = 0; i < columns.Length; i++)
            {
                if (columns[i].Number != i + 1)
                    throw Corrupt($"_Columns: table '{group.Key}' has columns numbered {string.Join(",", columns.Select(c => c.Number))}; expected 1..{columns.Length}");
            }
            _columnsByTable[group.Key] = columns;
        }
    }

    /// <summary>Opens a package (or transform) from disk.</summary>
    public static MsiDatabase Open(string path) => new(CompoundFile.Open(path));

    /// <summary>Opens a package from memory; <paramref name="nameForMessages"/> names it in errors.</summary>
    public static MsiDatabase Open(byte[] bytes, string nameForMessages) => new(CompoundFile.Open(bytes, nameForMessages));

    /// <summary>Reads the database tables of an already opened Compound File.</summary>
    public static MsiDatabase Open(CompoundFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new MsiDatabase(file);
    }

    /// <summary>The file path, or the name given for an in-memory package.</summary>
    public string SourceName { get; }

    /// <summary>The underlying Compound File.</summary>
    public CompoundFile File { get; }

    /// <summary>The root storage class id (<see cref="PackageClassId"/> for a package).</summary>
    public Guid ClassId => File.RootClsid;

    /// <summary>The string pool.</summary>
    public StringPool Strings { get; }

    /// <summary>The database codepage (string pool header; 0 = neutral).</summary>
    public int Codepage => Strings.Codepage;

    /// <summary>Table names from <c>_Tables</c>, in stored order.</summary>
    public IReadOnlyList<string> TableNames { get; }

    /// <summary>Decoded names of the streams that are not tables (e.g. "Binary.MyDll", "\u0005SummaryInformation").</summary>
    public IReadOnlyList<string> StreamNames =>
        File.Root.Streams.Where(s => !MsiStreamName.IsTable(s.Name)).Select(s => MsiStreamName.Decode(s.Name)).ToArray();

    /// <summary>The summary information (empty if the package has none).</summary>
    public SummaryInformation Summary => _summary ??= ReadSummary();

    /// <summary>The column definitions of a table, or null if <c>_Columns</c> has none.</summary>
    public IReadOnlyList<MsiColumn>? GetColumns(string table) =>
        _columnsByTable.TryGetValue(table, out var columns) ? columns : null;

    /// <summary>The table, or null if <c>_Tables</c> does not list it.</summary>
    public MsiTable? GetTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_loaded.TryGetValue(name, out var cached)) return cached;
        if (!TableNames.Contains(name, StringComparer.Ordinal)) return null;
        var columns = GetColumns(name) ?? throw Corrupt($"table '{name}' is listed in _Tables but has no columns in _Columns");
        var rows = TableStreamCodec.Decode(name, columns, ReadTableStream(name) ?? [], Strings, SourceName);
        var table = new MsiTable(name, columns, rows);
        _loaded[name] = table;
        return table;
    }

    /// <summary>The table; throws naming the table and the package if it does not exist.</summary>
    public MsiTable GetRequiredTable(string name) =>
        GetTable(name) ?? throw new KeyNotFoundException($"{SourceName}: the database has no table '{name}'");

    /// <summary>
    /// Reads a non-table stream by its decoded name ("Binary.MyDll", a <c>_Streams</c> entry,
    /// "\u0005SummaryInformation"), or returns null.
    /// </summary>
    public byte[]? ReadStream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stream = File.Root.FindStream(TryEncode(name, isTable: false) ?? name)
            ?? File.Root.Streams.FirstOrDefault(s => !MsiStreamName.IsTable(s.Name) && MsiStreamName.Decode(s.Name) == name);
        return stream?.ReadAll();
    }

    /// <summary>
    /// The table as <c>msiinfo export PKG TABLE</c> prints it (also "_SummaryInformation" and
    /// "_ForceCodepage"); see <see cref="MsiTableExport"/>.
    /// </summary>
    public string ExportTable(string name) => MsiTableExport.Export(this, name);

    /// <summary>The exact bytes <c>msiinfo export PKG TABLE</c> prints; see <see cref="MsiTableExport.ExportBytes"/>.</summary>
    public byte[] ExportTableBytes(string name) => MsiTableExport.ExportBytes(this, name);

    /// <summary>Nothing to release: the database is held in memory. Present so callers can use <c>using</c>.</summary>
    public void Dispose()
    {
    }

    internal byte[]? ReadTableStream(string table)
    {
        var encoded = TryEncode(table, isTable: true);
        return encoded is null ? null : File.Root.FindStream(encoded)?.ReadAll();
    }

    private static string? TryEncode(string name, bool isTable)
    {
        try
        {
            return MsiStreamName.Encode(name, isTable);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private SummaryInformation ReadSummary()
    {
        var bytes = File.TryReadRootStream(SummaryInformation.StreamName);
        return bytes is null ? new SummaryInformation() : SummaryInformation.Parse(bytes, SourceName);
    }

    private MsiFormatException Corrupt(string problem) => new(SourceName, problem);
}
