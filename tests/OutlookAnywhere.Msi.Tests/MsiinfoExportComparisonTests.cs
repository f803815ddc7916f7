using System.Text;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>Our reader must render every table exactly as msitools' independent reader does.</summary>
public class MsiinfoExportComparisonTests
{
    public static TheoryData<string> Fixtures => new(FixturePackages.All);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_table_reads_exactly_as_msiinfo_exports_it(string fixture)
    {
        AssertAllTablesMatchMsiinfo(FixturePackages.Path(fixture));
    }

    [Theory]
    [InlineData(1252)]
    [InlineData(65001)]
    public void Tables_of_a_package_with_an_explicit_codepage_read_exactly_as_msiinfo_exports_them(int codepage)
    {
        string msi = FixturePackages.Copy("Registry");
        // msibuild takes the table name from the file name, so each run gets its own folder.
        string folder = Directory.CreateDirectory(FixturePackages.NewFile("")).FullName;
        string forceCodepage = Path.Combine(folder, "_ForceCodepage.idt");
        File.WriteAllText(forceCodepage, $"\r\n\r\n{codepage}\t_ForceCodepage\r\n");
        Msitools.Run("msibuild", null, msi, "-i", forceCodepage);

        using var db = MsiDatabase.Open(msi);
        Assert.Equal(codepage, db.Codepage);
        Assert.Equal("Grüße, Welt — Ünïcödé", db.GetRequiredTable("Property").FindRow("GREETING")?.GetString("Value"));
        AssertAllTablesMatchMsiinfo(msi);
    }

    [Fact]
    public void Table_names_are_those_msiinfo_lists_in_the_same_order()
    {
        string msi = FixturePackages.Path("Registry");
        using var db = MsiDatabase.Open(msi);
        var expected = Msitools.Tables(msi).Where(t => t is not ("_SummaryInformation" or "_ForceCodepage"));
        Assert.Equal(expected, db.TableNames);
    }

    internal static void AssertAllTablesMatchMsiinfo(string msi)
    {
        using var db = MsiDatabase.Open(msi);
        var tables = Msitools.Tables(msi);
        Assert.Contains("Property", tables);
        Assert.Contains("_SummaryInformation", tables);
        var mismatches = new List<string>();
        foreach (var table in tables)
        {
            byte[] expected = Msitools.Export(msi, table);
            byte[] actual = db.ExportTableBytes(table);
            if (!expected.AsSpan().SequenceEqual(actual))
                mismatches.Add($"table {table}:\n--- msiinfo export\n{Encoding.UTF8.GetString(expected)}\n--- MsiDatabase.ExportTableBytes\n{Encoding.UTF8.GetString(actual)}");
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {tables.Length} tables of {msi} differ:\n" + string.Join("\n", mismatches));
    }
}
