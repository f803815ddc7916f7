namespace OutlookAnywhere.Msi;

/// <summary>
/// The column layout of the two catalog tables every MSI database and transform has: <c>_Tables</c>
/// (one row per table) and <c>_Columns</c> (one row per column). They describe the other tables, so
/// their own layout is fixed by the format and not stored anywhere.
/// </summary>
internal static class MsiSystemTables
{
    public static readonly MsiColumn[] TablesColumns =
    [
        new("Name", 1, MsiColumnType.Valid | MsiColumnType.String | MsiColumnType.Key | 64),
    ];

    public static readonly MsiColumn[] ColumnsColumns =
    [
        new("Table", 1, MsiColumnType.Valid | MsiColumnType.String | MsiColumnType.Key | 64),
        new("Number", 2, MsiColumnType.Valid | MsiColumnType.Key | 2),
        new("Name", 3, MsiColumnType.Valid | MsiColumnType.String | 64),
        new("Type", 4, MsiColumnType.Valid | 2),
    ];
}
