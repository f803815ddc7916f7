namespace OutlookAnywhere.Msi;

/// <summary>
/// One row change of a transform. <see cref="Values"/> holds, by column name, every column for
/// an insert (keys included), the changed non-key columns for an update, and nothing for a
/// delete. Values are <see cref="string"/>, <see cref="int"/> or null; a stream column's value
/// is its data as <see cref="byte"/>[] (null if the transform carries no data for it).
/// </summary>
public sealed record TransformChange(
    string Table,
    TransformOperation Operation,
    IReadOnlyList<object?> Key,
    IReadOnlyDictionary<string, object?> Values)
{
    /// <inheritdoc />
    public override string ToString()
    {
        string key = string.Join(", ", Key.Select(k => k?.ToString() ?? "<null>"));
        string values = string.Join(", ", Values.Select(v => $"{v.Key}={Show(v.Value)}"));
        return Operation == TransformOperation.Delete ? $"{Operation} {Table}[{key}]" : $"{Operation} {Table}[{key}] {values}";
    }

    private static string Show(object? value) => value switch
    {
        null => "<null>",
        byte[] b => $"<{b.Length} bytes>",
        _ => value.ToString() ?? "",
    };
}
