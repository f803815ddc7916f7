using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint;

/// <summary>Reading a package the way the rules need it: a missing table is simply empty.</summary>
internal static class PackageTables
{
    /// <summary>The rows of <paramref name="table"/>, or none when the package has no such table (wixl omits unused ones).</summary>
    public static IReadOnlyList<MsiRow> RowsOf(this MsiDatabase package, string table) =>
        package.GetTable(table)?.Rows ?? [];

    /// <summary>The Property table's value of <paramref name="property"/>, or null when it is not set.</summary>
    public static string? PropertyValue(this MsiDatabase package, string property) =>
        package.RowsOf("Property").FirstOrDefault(row => row.GetString("Property") == property)?.GetString("Value");

    /// <summary>
    /// Whether the summary Template names a 64-bit platform: "x64;1033", "Arm64;1033" or "Intel64;1033" (Itanium);
    /// "Intel;1033" or an empty platform is a 32-bit package.
    /// </summary>
    public static bool Is64BitPackage(this MsiDatabase package) =>
        (package.Summary.Template ?? "").Split(';')[0].Trim() is "x64" or "Intel64" or "Arm64";

    /// <summary>The row's primary key as shown in a finding: the key columns' values joined with '/'.</summary>
    public static string Key(this MsiRow row) =>
        string.Join("/", row.Table.Columns.Where(column => column.IsPrimaryKey).Select(column => row[column.Name]?.ToString() ?? ""));

    /// <summary>The names in one column, for "is it defined?" checks.</summary>
    public static HashSet<string> KeysOf(this MsiDatabase package, string table, string column) =>
        package.RowsOf(table).Select(row => row.GetString(column)).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
