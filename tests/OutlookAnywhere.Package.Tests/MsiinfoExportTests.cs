using System.Text;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Package.Tests;

/// <summary>Every table of every built package reads, with our reader, exactly as msitools' msiinfo exports it.</summary>
public class MsiinfoExportTests
{
    public static TheoryData<string> Packages => new(
        "OutlookAnywhere.Server-x86.msi", "OutlookAnywhere.Server-x64.msi", "OutlookAnywhere.Client-x86.msi", "OutlookAnywhere.Client-x64.msi");

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_table_of_the_built_package_reads_exactly_as_msiinfo_exports_it(string file)
    {
        var msi = Repository.RequireBuilt(Path.Combine(Repository.Output, file));
        using var database = MsiDatabase.Open(msi);
        var tables = Msitools.Tables(msi);
        Assert.Contains("Property", tables);
        var mismatches = new List<string>();
        foreach (var table in tables)
        {
            var expected = Msitools.Export(msi, table);
            var actual = database.ExportTableBytes(table);
            if (!expected.AsSpan().SequenceEqual(actual))
                mismatches.Add($"table {table}:\n--- msiinfo export\n{Encoding.UTF8.GetString(expected)}\n--- MsiDatabase.ExportTableBytes\n{Encoding.UTF8.GetString(actual)}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {tables.Length} tables of {msi} differ:\n" + string.Join("\n", mismatches));
    }
}
