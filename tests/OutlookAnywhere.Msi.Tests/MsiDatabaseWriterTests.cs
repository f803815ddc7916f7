using System.Text;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>Databases written by our writers must be readable by msitools, an independent reader.</summary>
public class MsiDatabaseWriterTests
{
    [Theory]
    [InlineData("Registry", 3)]
    [InlineData("TransformTarget", 3)]
    [InlineData("Registry", 4)]
    public void A_package_written_back_out_exports_identically_in_msiinfo(string fixture, int compoundFileVersion)
    {
        string original = FixturePackages.Path(fixture);
        string copy = FixturePackages.NewFile(".msi");
        using (var db = MsiDatabase.Open(original))
        {
            var writer = MsiDatabaseWriter.CopyOf(db);
            writer.CompoundFileVersion = compoundFileVersion;
            writer.Save(copy);
        }

        CompoundFileLayout.Parse(File.ReadAllBytes(copy)).AssertValid();
        Assert.Equal(Msitools.Tables(original), Msitools.Tables(copy));
        foreach (var table in Msitools.Tables(original))
            Assert.Equal(Encoding.UTF8.GetString(Msitools.Export(original, table)), Encoding.UTF8.GetString(Msitools.Export(copy, table)));
        if (fixture == "Registry")
            Assert.Equal(FixturePackages.Payload, Msitools.Run("msiinfo", null, "extract", copy, "Binary.PayloadDll"));
        MsiinfoExportComparisonTests.AssertAllTablesMatchMsiinfo(copy);
    }

    [Fact]
    public void A_stream_needing_DIFAT_sectors_is_extracted_intact_by_msiinfo()
    {
        var big = new byte[8 * 1024 * 1024];
        new Random(5).NextBytes(big);
        string path = FixturePackages.NewFile(".msi");
        using (var db = MsiDatabase.Open(FixturePackages.Path("Minimal")))
        {
            var writer = MsiDatabaseWriter.CopyOf(db);
            writer.SetStream("Big.bin", big);
            writer.Save(path);
        }
        Assert.NotEmpty(CompoundFileLayout.Parse(File.ReadAllBytes(path)).DifatSectors);
        Assert.True(big.AsSpan().SequenceEqual(Msitools.Run("msiinfo", null, "extract", path, "Big.bin")), "msiinfo extract returned different bytes");
    }

    [Fact]
    public void More_than_65535_strings_switch_to_3_byte_references_that_msiinfo_reads()
    {
        var columns = new[]
        {
            new MsiColumn("Key", 1, MsiColumnType.Compose(MsiColumnKind.String, 72, nullable: false, key: true, localizable: false)),
            new MsiColumn("Number", 2, MsiColumnType.Compose(MsiColumnKind.Int32, 4, nullable: true, key: false, localizable: false)),
            new MsiColumn("Text", 3, MsiColumnType.Compose(MsiColumnKind.String, 0, nullable: true, key: false, localizable: true)),
        };
        var rows = Enumerable.Range(0, 70000).Select(i => (IReadOnlyList<object?>)new object?[] { $"K{i}", i % 7 == 0 ? null : i - 35000, i % 2 == 0 ? $"text {i}" : null });
        var writer = new MsiDatabaseWriter(1252);
        writer.AddTable(new MsiTable("Big", columns, rows));
        string path = FixturePackages.NewFile(".msi");
        writer.Save(path);

        using var db = MsiDatabase.Open(path);
        Assert.True(db.Strings.LongStringReferences);
        Assert.Equal(3, db.Strings.BytesPerStringReference);
        var table = db.GetRequiredTable("Big");
        Assert.Equal(70000, table.Rows.Count);
        Assert.Equal("text 69998", table.FindRow("K69998")?.GetString("Text"));
        Assert.Equal(69999 - 35000, table.FindRow("K69999")?.GetInt("Number"));
        Assert.Equal(Encoding.UTF8.GetString(Msitools.Export(path, "Big")), db.ExportTable("Big"));
    }

    [Fact]
    public void Integer_extremes_and_nulls_survive_a_write_and_read()
    {
        var columns = new[]
        {
            new MsiColumn("Id", 1, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: false, key: true, localizable: false)),
            new MsiColumn("Short", 2, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: true, key: false, localizable: false)),
            new MsiColumn("Long", 3, MsiColumnType.Compose(MsiColumnKind.Int32, 4, nullable: true, key: false, localizable: false)),
        };
        object?[][] rows =
        [
            [1, -32767, int.MinValue + 1],
            [2, 32767, int.MaxValue],
            [3, null, null],
            [4, 0, 0],
            [5, -1, -1],
        ];
        var writer = new MsiDatabaseWriter();
        writer.AddTable(new MsiTable("Ints", columns, rows));
        string path = FixturePackages.NewFile(".msi");
        writer.Save(path);
        using var db = MsiDatabase.Open(path);
        Assert.Equal(rows, db.GetRequiredTable("Ints").Rows.Select(r => r.Values.ToArray()));
        Assert.Equal(Encoding.UTF8.GetString(Msitools.Export(path, "Ints")), db.ExportTable("Ints"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MsiTable("Bad", columns, [[6, -32768, 0]]));
    }
}
