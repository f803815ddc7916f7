namespace OutlookAnywhere.Msi;

/// <summary>One row: values in column order (string, int or null; stream columns hold the stream name).</summary>
public sealed class MsiRow
{
    internal MsiRow(MsiTable table, object?[] values)
    {
        Table = table;
        Values = values;
    }

    /// <summary>The table this row belongs to.</summary>
    public MsiTable Table { get; }

    /// <summary>Values in column order.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>The value of a column by name.</summary>
    public object? this[string column] => Values[Table.IndexOf(column)];

    /// <summary>The value of a string or stream column (null if null); throws for integer columns.</summary>
    public string? GetString(string column)
    {
        int i = Table.IndexOf(column);
        var kind = Table.Columns[i].Kind;
        if (kind is MsiColumnKind.Int16 or MsiColumnKind.Int32)
            throw new InvalidOperationException($"column '{Table.Name}.{column}' is an integer column ({Table.Columns[i].TypeCode}); use GetInt");
        return (string?)Values[i];
    }

    /// <summary>The value of an integer column (null if null); throws for string columns.</summary>
    public int? GetInt(string column)
    {
        int i = Table.IndexOf(column);
        var kind = Table.Columns[i].Kind;
        if (kind is MsiColumnKind.String or MsiColumnKind.Stream)
            throw new InvalidOperationException($"column '{Table.Name}.{column}' is a string column ({Table.Columns[i].TypeCode}); use GetString");
        return (int?)Values[i];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Table.Name}: {string.Join(" | ", Values.Select(v => v?.ToString() ?? "<null>"))}";
}
