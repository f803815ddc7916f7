using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint;

/// <summary>
/// Every conditional expression a package holds, with the table and row key it sits in. Public for the generator of the
/// client package's conditions, which splits them to fit <see cref="MaxLength"/>.
/// </summary>
public static class ConditionColumns
{
    /// <summary>Length of the Condition columns in the Windows Installer SDK's table schema (Condition(255)).</summary>
    public const int MaxLength = 255;

    public static IEnumerable<(string Table, string Row, string Condition)> All(MsiDatabase package)
    {
        foreach (var table in SequenceTables.All)
            foreach (var row in package.RowsOf(table))
                if (row.GetString("Condition") is { Length: > 0 } condition) yield return (table, row.GetString("Action") ?? "", condition);
        foreach (var row in package.RowsOf("LaunchCondition"))
            if (row.GetString("Condition") is { Length: > 0 } condition) yield return ("LaunchCondition", condition, condition);
        foreach (var row in package.RowsOf("Component"))
            if (row.GetString("Condition") is { Length: > 0 } condition) yield return ("Component", row.GetString("Component") ?? "", condition);
        foreach (var row in package.RowsOf("Condition"))
            if (row.GetString("Condition") is { Length: > 0 } condition) yield return ("Condition", $"{row.GetString("Feature_")}/{row.GetInt("Level")}", condition);
    }
}
