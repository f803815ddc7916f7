using System.Globalization;
using System.Text;

namespace OutlookAnywhere.Msi;

/// <summary>
/// Renders a table exactly as msitools' <c>msiinfo export PKG TABLE</c> (libmsi's database
/// export) prints it, so the reader can be checked byte for byte against an independent one:
/// <list type="bullet">
/// <item>line 1 the column names, line 2 the type codes (s72, S255, l0, i2, I4, v0), line 3 the
/// table name and the primary key column names; then one line per row in stored order;</item>
/// <item>fields are separated by a tab and lines end in CR LF; values are written raw (msitools
/// does not escape tabs or line breaks inside values); null is an empty field;</item>
/// <item>integers in decimal; a stream column shows the stream name (<c>Binary.MyDll</c>);</item>
/// <item><c>_ForceCodepage</c> prints <c>\r\n\r\n{codepage}\t_ForceCodepage\r\n</c> plus the
/// terminating NUL byte libmsi writes along;</item>
/// <item><c>_SummaryInformation</c> prints <c>PropertyId/Value</c>, <c>i2/l255</c>, then each
/// present property in id order; times as <c>yyyy/MM/dd HH:mm:ss</c> in local time.</item>
/// </list>
/// msiinfo writes table text as UTF-8 but summary strings as their raw bytes in the summary
/// codepage; <see cref="ExportBytes(MsiDatabase, string)"/> reproduces those bytes exactly.
/// </summary>
public static class MsiTableExport
{
    /// <summary>Renders <paramref name="table"/> of <paramref name="database"/>.</summary>
    public static string Export(MsiDatabase database, string table)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(table);
        if (table == "_ForceCodepage")
            return "\r\n\r\n" + database.Codepage.ToString(CultureInfo.InvariantCulture) + "\t_ForceCodepage\r\n\0";
        if (table == "_SummaryInformation")
            return ExportSummary(database.Summary);
        return Export(database.GetRequiredTable(table));
    }

    /// <summary>
    /// The exact bytes msiinfo prints: UTF-8, except that summary information strings keep the
    /// bytes of the summary codepage (libmsi copies them unconverted).
    /// </summary>
    public static byte[] ExportBytes(MsiDatabase database, string table)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (table != "_SummaryInformation") return Encoding.UTF8.GetBytes(Export(database, table));
        var summary = database.Summary;
        var encoding = MsiCodepage.For(summary.Codepage ?? 0, database.SourceName);
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("PropertyId\tValue\r\ni2\tl255\r\n_SummaryInformation\tPropertyId\r\n"));
        foreach (var (id, value) in summary.Properties)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture) + "\t"));
            bytes.AddRange(value is string text ? encoding.GetBytes(text) : Encoding.UTF8.GetBytes(Format(value)));
            bytes.AddRange("\r\n"u8.ToArray());
        }
        return bytes.ToArray();
    }

    /// <summary>Renders an in-memory table in the same format.</summary>
    public static string Export(MsiTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        Line(text, table.Columns.Select(c => c.Name));
        Line(text, table.Columns.Select(c => c.TypeCode));
        Line(text, table.PrimaryKey.Select(c => c.Name).Prepend(table.Name));
        foreach (var row in table.Rows)
            Line(text, row.Values.Select(Format));
        return text.ToString();
    }

    /// <summary>Renders summary information as msiinfo's <c>_SummaryInformation</c> pseudo-table.</summary>
    public static string ExportSummary(SummaryInformation summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder("PropertyId\tValue\r\ni2\tl255\r\n_SummaryInformation\tPropertyId\r\n");
        foreach (var (id, value) in summary.Properties)
            Line(text, [id.ToString(CultureInfo.InvariantCulture), Format(value)]);
        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.ToLocalTime().ToString("yyyy'/'MM'/'dd HH':'mm':'ss", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.Append(string.Join('\t', fields));
        text.Append("\r\n");
    }
}
