namespace OutlookAnywhere.Msi;

/// <summary>Normalises and compares cell values (string, int or null).</summary>
internal static class MsiValue
{
    /// <summary>Checks the count and types of a row's values; empty strings become null (MSI stores no empty strings).</summary>
    public static object?[] Normalize(MsiTable table, IReadOnlyList<object?> values)
    {
        if (values.Count != table.Columns.Count)
            throw new ArgumentException($"table '{table.Name}' has {table.Columns.Count} columns, a row with {values.Count} values was given");
        var result = new object?[values.Count];
        for (int i = 0; i < values.Count; i++)
            result[i] = Coerce(table.Name, table.Columns[i], values[i]);
        return result;
    }

    public static object? Coerce(string table, MsiColumn column, object? value)
    {
        if (value is null) return null;
        switch (column.Kind)
        {
            case MsiColumnKind.String:
            case MsiColumnKind.Stream:
                if (value is string s) return s.Length == 0 ? null : s;
                throw new ArgumentException($"'{table}.{column.Name}' ({column.TypeCode}) takes a string, not {value.GetType().Name} {value}");
            case MsiColumnKind.Int16:
                int v16 = ToInt(table, column, value);
                if (v16 < short.MinValue + 1 || v16 > short.MaxValue)
                    throw new ArgumentOutOfRangeException(nameof(value), $"'{table}.{column.Name}' ({column.TypeCode}) takes -32767..32767, not {v16}");
                return v16;
            default:
                int v32 = ToInt(table, column, value);
                if (v32 == int.MinValue)
                    throw new ArgumentOutOfRangeException(nameof(value), $"'{table}.{column.Name}' ({column.TypeCode}) cannot store {int.MinValue}: that is the null marker");
                return v32;
        }
    }

    private static int ToInt(string table, MsiColumn column, object value) => value switch
    {
        int i => i,
        short s => s,
        ushort u => u,
        byte b => b,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => throw new ArgumentException($"'{table}.{column.Name}' ({column.TypeCode}) takes an integer, not {value.GetType().Name} {value}"),
    };

    public static bool AreEqual(object? stored, object? given)
    {
        if (stored is null || given is null) return stored is null && (given is null || given is "");
        if (stored is string s) return given is string g && string.Equals(s, g, StringComparison.Ordinal);
        if (stored is int i)
        {
            return given switch
            {
                int gi => gi == i,
                short gs => gs == i,
                long gl => gl == i,
                _ => false,
            };
        }
        return Equals(stored, given);
    }
}
