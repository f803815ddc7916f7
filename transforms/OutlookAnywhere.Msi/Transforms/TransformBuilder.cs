namespace OutlookAnywhere.Msi;

/// <summary>
/// Collects changes to a base package and writes them as a transform (.mst). Changes are made
/// to working copies of the touched tables; <see cref="Changes"/> is the difference between the
/// base tables and those copies, so changing a row twice, or inserting and then deleting it,
/// leaves only the net effect. Every change is checked at once (table, columns, value types,
/// whether the row exists), and errors name the table, the key and the column.
/// <code>
/// var t = new TransformBuilder(baseDb);
/// t.SetProperty("PROXYSERVER", "mail.example.com");
/// t.UpdateRow("Feature", ["Optional"], new Dictionary&lt;string, object?&gt; { ["Level"] = 0 });
/// byte[] mst = t.Write();
/// </code>
/// </summary>
public sealed class TransformBuilder
{
    private readonly Dictionary<string, MsiTable> _working = new(StringComparer.Ordinal);
    private readonly List<MsiTable> _addedTables = new();
    private readonly Dictionary<string, byte[]> _streamData = new(StringComparer.Ordinal);

    /// <summary>Starts an empty change set against <paramref name="baseDatabase"/>.</summary>
    public TransformBuilder(MsiDatabase baseDatabase)
    {
        Base = baseDatabase ?? throw new ArgumentNullException(nameof(baseDatabase));
        MinimumInstallerVersion = Math.Max(baseDatabase.Summary.PageCount ?? 200, 100);
    }

    /// <summary>The package the transform applies to.</summary>
    public MsiDatabase Base { get; }

    /// <summary>What Windows Installer checks before applying; <see cref="TransformValidation.Default"/> unless changed.</summary>
    public TransformValidation Validation { get; set; } = TransformValidation.Default;

    /// <summary>Error conditions to ignore while applying; none by default.</summary>
    public TransformErrorSuppression ErrorSuppression { get; set; }

    /// <summary>PID_PAGECOUNT of the transform; defaults to the base package's minimum installer version.</summary>
    public int MinimumInstallerVersion { get; set; }

    /// <summary>PID_COMMENTS of the transform, e.g. which division it configures.</summary>
    public string? Comments { get; set; }

    /// <summary>
    /// Leave the platform out of the Template (";1033"): the SDK's Template Summary page allows a blank platform when no
    /// validation relies on it, so one transform fits the Intel and x64 builds of a product. Refused together with
    /// <see cref="TransformValidation.Platform"/>.
    /// </summary>
    public bool AnyPlatform { get; set; }

    /// <summary>PID_CREATE_DTM and PID_LASTSAVE_DTM; set it for reproducible output.</summary>
    public DateTime Timestamp { get; set; } = DateTime.UtcNow;

    /// <summary>Adds or updates a row of the Property table.</summary>
    public TransformBuilder SetProperty(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        var table = Working("Property");
        if (table.FindRow(name) is { } row)
            return UpdateRow("Property", [name], new Dictionary<string, object?> { ["Value"] = value });
        if (value.Length == 0)
            throw new ArgumentException($"Property '{name}' cannot be added with an empty value: the Property table's Value column is not nullable", nameof(value));
        return InsertRow("Property", name, value);
    }

    /// <summary>Adds a row; <paramref name="values"/> in column order (byte[] for stream columns).</summary>
    public TransformBuilder InsertRow(string table, params object?[] values)
    {
        var working = Working(table);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != working.Columns.Count)
            throw new ArgumentException($"table '{table}' has {working.Columns.Count} columns ({string.Join(", ", working.Columns.Select(c => c.Name))}); {values.Length} values were given");
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++) named[working.Columns[i].Name] = values[i];
        return InsertRow(table, named);
    }

    /// <summary>Adds a row given by column name; missing columns are null.</summary>
    public TransformBuilder InsertRow(string table, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var working = Working(table);
        foreach (var name in values.Keys) working.IndexOf(name);
        var row = new object?[working.Columns.Count];
        for (int i = 0; i < row.Length; i++)
        {
            var column = working.Columns[i];
            row[i] = CheckValue(working, column, values.GetValueOrDefault(column.Name));
        }
        var key = working.PrimaryKey.Select(c => row[c.Number - 1]).ToArray();
        if (key.Any(k => k is null))
            throw new ArgumentException($"table '{table}': key column(s) {string.Join(", ", working.PrimaryKey.Select(c => c.Name))} must not be null");
        if (working.FindRow(key) is not null)
            throw new ArgumentException($"table '{table}' already has a row [{string.Join(", ", key)}]; use UpdateRow to change it");
        StoreStreams(working, row, values);
        working.AddRow(row);
        return this;
    }

    /// <summary>Changes columns of an existing row identified by its primary key.</summary>
    public TransformBuilder UpdateRow(string table, object?[] primaryKey, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var working = Working(table);
        var row = working.FindRow(primaryKey)
            ?? throw new ArgumentException($"table '{table}' has no row [{string.Join(", ", primaryKey)}] to update");
        var updated = row.Values.ToArray();
        foreach (var (name, value) in values)
        {
            int index = working.IndexOf(name);
            var column = working.Columns[index];
            if (column.IsPrimaryKey)
                throw new ArgumentException($"'{table}.{name}' is a key column; delete the row and insert a new one to change a key");
            updated[index] = CheckValue(working, column, value);
        }
        StoreStreams(working, updated, values);
        working.ReplaceRow(row, updated);
        return this;
    }

    /// <summary>Removes a row identified by its primary key.</summary>
    public TransformBuilder DeleteRow(string table, params object?[] primaryKey)
    {
        var working = Working(table);
        var row = working.FindRow(primaryKey)
            ?? throw new ArgumentException($"table '{table}' has no row [{string.Join(", ", primaryKey)}] to delete");
        working.RemoveRow(row);
        foreach (var column in working.Columns.Where(c => c.Kind == MsiColumnKind.Stream))
            _streamData.Remove(TableStreamCodec.StreamNameOf(table, working.Columns, row.Values));
        return this;
    }

    /// <summary>Adds a new, empty table; fill it with <see cref="InsertRow(string, object?[])"/>.</summary>
    public TransformBuilder AddTable(string name, IEnumerable<MsiColumn> columns)
    {
        if (Base.GetTable(name) is not null || _working.ContainsKey(name))
            throw new ArgumentException($"table '{name}' already exists in {Base.SourceName}");
        var table = new MsiTable(name, columns);
        if (table.PrimaryKey.Count == 0)
            throw new ArgumentException($"new table '{name}' needs at least one primary key column");
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Number != i + 1)
                throw new ArgumentException($"new table '{name}': column '{table.Columns[i].Name}' has number {table.Columns[i].Number}, expected {i + 1}");
            if (table.Columns[i].IsPrimaryKey && i > 0 && !table.Columns[i - 1].IsPrimaryKey)
                throw new ArgumentException($"new table '{name}': key column '{table.Columns[i].Name}' must come before the other columns");
        }
        _ = MsiStreamName.Encode(name, isTable: true); // the name must fit a stream name
        _addedTables.Add(table);
        _working[name] = table;
        return this;
    }

    /// <summary>Tables added by this transform.</summary>
    public IReadOnlyList<MsiTable> AddedTables => _addedTables;

    /// <summary>The net row changes, table by table in <c>_Tables</c> order (added tables last), deletes, updates, then inserts.</summary>
    public IReadOnlyList<TransformChange> Changes
    {
        get
        {
            var result = new List<TransformChange>();
            foreach (var name in Base.TableNames.Concat(_addedTables.Select(t => t.Name)))
            {
                if (!_working.TryGetValue(name, out var working)) continue;
                var original = Base.GetTable(name) ?? new MsiTable(name, working.Columns);
                result.AddRange(TableDifference(original, working));
            }
            return result;
        }
    }

    /// <summary>The transform's summary information as it will be written.</summary>
    public SummaryInformation CreateSummary()
    {
        TransformValidationRules.Check(Validation, ErrorSuppression, Base);
        if (AnyPlatform && Validation.HasFlag(TransformValidation.Platform))
            throw new ArgumentException("a transform for any platform cannot validate the platform (MSITRANSFORM_VALIDATE_PLATFORM)");
        var property = _working.TryGetValue("Property", out var p) ? p : Base.GetTable("Property");
        string Value(string name) => property?.FindRow(name)?.GetString("Value") ?? "";
        return TransformSummary.Create(Base, Value("ProductCode"), Value("ProductVersion"), Validation, ErrorSuppression,
            MinimumInstallerVersion, Timestamp, Comments, AnyPlatform);
    }

    /// <summary>Writes the transform.</summary>
    public byte[] Write() => TransformWriter.Write(Base, Changes, _addedTables, CreateSummary());

    /// <summary>Writes the transform to a file.</summary>
    public void Write(string path) => File.WriteAllBytes(path, Write());

    private MsiTable Working(string table)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        if (_working.TryGetValue(table, out var working)) return working;
        var original = Base.GetTable(table)
            ?? throw new ArgumentException($"{Base.SourceName} has no table '{table}'; add it with AddTable first");
        working = original.Clone();
        _working[table] = working;
        return working;
    }

    private static object? CheckValue(MsiTable table, MsiColumn column, object? value)
    {
        if (column.Kind == MsiColumnKind.Stream)
        {
            if (value is null or byte[]) return value is null ? null : "";
            throw new ArgumentException($"'{table.Name}.{column.Name}' is a stream column and takes byte[] data, not {value.GetType().Name}");
        }
        var coerced = MsiValue.Coerce(table.Name, column, value);
        if (coerced is null && !column.IsNullable && !column.IsPrimaryKey)
            throw new ArgumentException($"'{table.Name}.{column.Name}' ({column.TypeCode}) is not nullable");
        if (coerced is string s && column.Size > 0 && s.Length > column.Size)
            throw new ArgumentException($"'{table.Name}.{column.Name}' ({column.TypeCode}) holds at most {column.Size} characters; '{s}' has {s.Length}");
        return coerced;
    }

    /// <summary>Stream cells hold their stream name; the data is kept aside for the transform's own stream.</summary>
    private void StoreStreams(MsiTable table, object?[] row, IReadOnlyDictionary<string, object?> values)
    {
        string name = TableStreamCodec.StreamNameOf(table.Name, table.Columns, row);
        for (int i = 0; i < row.Length; i++)
        {
            if (table.Columns[i].Kind != MsiColumnKind.Stream || !values.ContainsKey(table.Columns[i].Name)) continue;
            if (values[table.Columns[i].Name] is byte[] data)
            {
                row[i] = name;
                _streamData[name] = data;
            }
            else
            {
                row[i] = null;
                _streamData.Remove(name);
            }
        }
    }

    private IEnumerable<TransformChange> TableDifference(MsiTable original, MsiTable working)
    {
        var deletes = new List<TransformChange>();
        var updates = new List<TransformChange>();
        var inserts = new List<TransformChange>();
        foreach (var row in original.Rows)
        {
            var key = original.KeyOf(row);
            var now = working.FindRow(key);
            if (now is null)
            {
                deletes.Add(new TransformChange(original.Name, TransformOperation.Delete, key, new Dictionary<string, object?>()));
                continue;
            }
            var changed = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int c = 0; c < working.Columns.Count; c++)
            {
                var column = working.Columns[c];
                if (column.IsPrimaryKey) continue;
                if (column.Kind == MsiColumnKind.Stream)
                {
                    string name = TableStreamCodec.StreamNameOf(working.Name, working.Columns, now.Values);
                    if (_streamData.TryGetValue(name, out var data)) changed[column.Name] = data;
                    else if (row.Values[c] is not null && now.Values[c] is null) changed[column.Name] = null;
                }
                else if (!MsiValue.AreEqual(row.Values[c], now.Values[c]))
                {
                    changed[column.Name] = now.Values[c];
                }
            }
            if (changed.Count > 0) updates.Add(new TransformChange(original.Name, TransformOperation.Update, key, changed));
        }
        foreach (var row in working.Rows)
        {
            var key = working.KeyOf(row);
            if (original.FindRow(key) is not null) continue;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int c = 0; c < working.Columns.Count; c++)
            {
                var column = working.Columns[c];
                values[column.Name] = column.Kind == MsiColumnKind.Stream && row.Values[c] is string name
                    ? _streamData.GetValueOrDefault(name)
                    : row.Values[c];
            }
            inserts.Add(new TransformChange(working.Name, TransformOperation.Insert, key, values));
        }
        return deletes.Concat(updates).Concat(inserts);
    }
}
