using System.Globalization;
using System.Text;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// What <c>show</c> prints: what the transform was made for, its validation and error-suppression
/// flags, and its changed rows table by table, as an administrator checks a transform before
/// deploying it. Property rows read <c>add NAME = 'value'</c> or
/// <c>change NAME = 'value' (was 'old')</c>; other tables name the key and the changed columns.
/// </summary>
public static class TransformReport
{
    public static string Render(MsiDatabase package, string packageName, TransformContents transform, string transformName,
        IReadOnlyList<string> problems)
    {
        var target = TransformCheck.TargetOf(transform);
        var text = new StringBuilder();
        void Line(string label, string value) => text.Append(label.PadRight(12)).Append(value).Append('\n');
        Line("transform", transformName);
        Line("package", packageName);
        if (transform.Summary.Comments is { Length: > 0 } comments) Line("comments", comments);
        Line("made for", $"ProductCode {target.ProductCode} version {target.ProductVersion}, UpgradeCode {target.UpgradeCode}, language {target.Language?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}");
        Line("validation", Flags(transform.Validation));
        Line("suppressed", Flags(transform.ErrorSuppression));
        text.Append("changes\n");
        foreach (var table in transform.AddedTables) text.Append("  new table ").Append(table.Name).Append('\n');
        foreach (var group in transform.Changes.GroupBy(c => c.Table))
        {
            text.Append("  ").Append(group.Key).Append('\n');
            var original = package.GetTable(group.Key);
            foreach (var change in group) text.Append("    ").Append(Describe(change, original)).Append('\n');
        }
        if (transform.Changes.Count == 0 && transform.AddedTables.Count == 0) text.Append("  (none)\n");
        if (problems.Count == 0)
            Line("check", $"matches {packageName} ({Flags(transform.Validation)} checked; applies cleanly)");
        else
            foreach (var problem in problems) Line("check", "REFUSED: " + problem);
        return text.ToString();
    }

    private static string Describe(TransformChange change, MsiTable? original)
    {
        var row = original?.FindRow(change.Key.ToArray());
        var key = string.Join(", ", change.Key.Select(k => k?.ToString() ?? "<null>"));
        if (change.Operation == TransformOperation.Delete) return $"delete  {key}";
        var verb = change.Operation == TransformOperation.Update || row is not null ? "change" : "add";
        var columns = change.Values
            .Where(v => original?.FindColumn(v.Key) is not { IsPrimaryKey: true })
            .Select(v => Column(change.Table, v.Key, v.Value, row));
        return $"{verb,-7} {key}{(change.Table == "Property" ? " " : ": ")}{string.Join(", ", columns)}";
    }

    private static string Column(string table, string column, object? value, MsiRow? before)
    {
        var name = table == "Property" && column == "Value" ? "" : column + " ";
        var was = before is null ? "" : $" (was {Show(before[column])})";
        return $"{name}= {Show(value)}{was}";
    }

    private static string Show(object? value) => value switch
    {
        null => "<null>",
        string s => $"'{s}'",
        byte[] b => $"<{b.Length} bytes>",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Each flag by its own name ("UpgradeCode, Language"), never a combined alias such as "Default".</summary>
    public static string Flags<T>(T flags) where T : struct, Enum
    {
        var value = Convert.ToInt64(flags, CultureInfo.InvariantCulture);
        var names = Enum.GetValues<T>()
            .Select(f => (Flag: f, Bits: Convert.ToInt64(f, CultureInfo.InvariantCulture)))
            .Where(f => f.Bits != 0 && (f.Bits & (f.Bits - 1)) == 0 && (value & f.Bits) != 0)
            .OrderByDescending(f => f.Bits)
            .Select(f => f.Flag.ToString())
            .ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
