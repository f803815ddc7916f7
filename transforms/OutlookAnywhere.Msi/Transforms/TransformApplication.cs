namespace OutlookAnywhere.Msi;

/// <summary>Applies read transform contents to a copy of a base package (see <see cref="TransformReader.Apply"/>).</summary>
internal static class TransformApplication
{
    public static MsiDatabaseWriter Apply(MsiDatabase baseDatabase, TransformContents transform)
    {
        ArgumentNullException.ThrowIfNull(baseDatabase);
        ArgumentNullException.ThrowIfNull(transform);
        var result = MsiDatabaseWriter.CopyOf(baseDatabase);
        var suppressed = transform.ErrorSuppression;
        string where = $"{transform.SourceName} on {baseDatabase.SourceName}";

        foreach (var added in transform.AddedTables)
        {
            if (result.Tables.Any(t => t.Name == added.Name))
            {
                if ((suppressed & TransformErrorSuppression.AddExistingTable) == 0)
                    throw new InvalidOperationException($"{where}: the transform adds table '{added.Name}', which exists");
                continue;
            }
            result.AddTable(new MsiTable(added.Name, added.Columns));
        }

        foreach (var change in transform.Changes)
        {
            var table = result.Tables.FirstOrDefault(t => t.Name == change.Table)
                ?? throw new InvalidOperationException($"{where}: table '{change.Table}' does not exist");
            var row = table.FindRow(change.Key.ToArray());
            string key = $"'{change.Table}' row [{string.Join(", ", change.Key)}]";
            switch (change.Operation)
            {
                case TransformOperation.Delete:
                    if (row is not null) table.RemoveRow(row);
                    else if ((suppressed & TransformErrorSuppression.DeleteMissingRow) == 0)
                        throw new InvalidOperationException($"{where}: cannot delete {key}: it does not exist");
                    break;
                case TransformOperation.Update:
                    if (row is null)
                    {
                        if ((suppressed & TransformErrorSuppression.UpdateMissingRow) == 0)
                            throw new InvalidOperationException($"{where}: cannot update {key}: it does not exist");
                        break;
                    }
                    var updated = row.Values.ToArray();
                    foreach (var (column, value) in change.Values)
                        updated[table.IndexOf(column)] = CellValue(result, table, change, column, value);
                    table.ReplaceRow(row, updated);
                    break;
                default:
                    var values = table.Columns.Select(c => CellValue(result, table, change, c.Name, change.Values.GetValueOrDefault(c.Name))).ToArray();
                    if (row is null) table.AddRow(values);
                    else if ((suppressed & TransformErrorSuppression.AddExistingRow) != 0) table.ReplaceRow(row, values);
                    else throw new InvalidOperationException($"{where}: cannot insert {key}: it exists");
                    break;
            }
        }
        return result;
    }

    /// <summary>Stream data goes to its own stream; the cell keeps the stream name, as in a package.</summary>
    private static object? CellValue(MsiDatabaseWriter result, MsiTable table, TransformChange change, string column, object? value)
    {
        if (table.Columns[table.IndexOf(column)].Kind != MsiColumnKind.Stream) return value;
        var row = table.Columns.Select(c => c.IsPrimaryKey ? change.Key[table.PrimaryKey.ToList().IndexOf(c)] : null).ToArray();
        string name = TableStreamCodec.StreamNameOf(table.Name, table.Columns, row);
        if (value is byte[] data)
        {
            result.SetStream(name, data);
            return name;
        }
        result.RemoveStream(name);
        return null;
    }
}
