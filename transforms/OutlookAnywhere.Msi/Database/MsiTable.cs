namespace OutlookAnywhere.Msi;

/// <summary>A table: its column definitions and rows in stored order.</summary>
public sealed class MsiTable
{
    private readonly List<MsiRow> _rows = new();
    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>
    /// Creates a table. Each row must have one value per column: <see cref="string"/> for string
    /// and stream columns, <see cref="int"/> for integer columns, or null.
    /// </summary>
    public MsiTable(string name, IEnumerable<MsiColumn> columns, IEnumerable<IReadOnlyList<object?>>? rows = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Columns = columns.ToArray();
        if (Columns.Count == 0) throw new ArgumentException($"table '{name}' needs at least one column", nameof(columns));
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Columns.Count; i++)
        {
            if (!_columnIndex.TryAdd(Columns[i].Name, i))
                throw new ArgumentException($"table '{name}' has column '{Columns[i].Name}' twice", nameof(columns));
        }
        PrimaryKey = Columns.Where(c => c.IsPrimaryKey).ToArray();
        if (rows is not null)
            foreach (var row in rows) AddRow(row);
    }

    /// <summary>Table name.</summary>
    public string Name { get; }

    /// <summary>Columns in order of their <see cref="MsiColumn.Number"/>.</summary>
    public IReadOnlyList<MsiColumn> Columns { get; }

    /// <summary>The primary key columns, in column order.</summary>
    public IReadOnlyList<MsiColumn> PrimaryKey { get; }

    /// <summary>Rows in stored order.</summary>
    public IReadOnlyList<MsiRow> Rows => _rows;

    /// <summary>The column with this name, or null.</summary>
    public MsiColumn? FindColumn(string name) => _columnIndex.TryGetValue(name, out int i) ? Columns[i] : null;

    /// <summary>0-based index of a column; throws naming table and column if there is none.</summary>
    public int IndexOf(string column)
    {
        if (_columnIndex.TryGetValue(column, out int i)) return i;
        throw new ArgumentException($"table '{Name}' has no column '{column}'; columns: {string.Join(", ", Columns.Select(c => c.Name))}", nameof(column));
    }

    /// <summary>
    /// The row whose primary key equals <paramref name="primaryKey"/> (values in key-column order;
    /// strings compare ordinally, integers by value), or null.
    /// </summary>
    public MsiRow? FindRow(params object?[] primaryKey)
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        if (primaryKey.Length != PrimaryKey.Count)
            throw new ArgumentException($"table '{Name}' has {PrimaryKey.Count} primary key column(s) ({string.Join(", ", PrimaryKey.Select(c => c.Name))}), {primaryKey.Length} value(s) given", nameof(primaryKey));
        foreach (var row in _rows)
            if (KeyEquals(row, primaryKey)) return row;
        return null;
    }

    internal bool KeyEquals(MsiRow row, IReadOnlyList<object?> key)
    {
        for (int k = 0; k < PrimaryKey.Count; k++)
        {
            var value = row.Values[PrimaryKey[k].Number - 1];
            if (!MsiValue.AreEqual(value, key[k])) return false;
        }
        return true;
    }

    /// <summary>The primary key values of a row, in key-column order.</summary>
    public object?[] KeyOf(MsiRow row) => PrimaryKey.Select(c => row.Values[c.Number - 1]).ToArray();

    internal MsiRow AddRow(IReadOnlyList<object?> values)
    {
        var row = new MsiRow(this, MsiValue.Normalize(this, values));
        _rows.Add(row);
        return row;
    }

    internal void RemoveRow(MsiRow row) => _rows.Remove(row);

    internal void ReplaceRow(MsiRow old, IReadOnlyList<object?> values)
    {
        int index = _rows.IndexOf(old);
        _rows[index] = new MsiRow(this, MsiValue.Normalize(this, values));
    }

    /// <summary>A deep copy with the same columns and rows.</summary>
    public MsiTable Clone() => new(Name, Columns, _rows.Select(r => r.Values));

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({_rows.Count} rows)";
}
