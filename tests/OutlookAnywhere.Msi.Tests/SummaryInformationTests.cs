using System.Buffers.Binary;

namespace OutlookAnywhere.Msi.Tests;

public class SummaryInformationTests
{
    private static SummaryInformation Sample() => new()
    {
        Codepage = 1252,
        Title = "Transform",
        Subject = "Grüße",
        Template = "x64;1033",
        LastAuthor = "x64;1033",
        RevisionNumber = "{A}1.0;{B}1.0;{C}",
        PageCount = 200,
        WordCount = 0,
        CharacterCount = 0x08010000,
        Security = 4,
        CreateTime = new DateTime(2024, 3, 9, 7, 5, 1, DateTimeKind.Utc),
    };

    [Fact]
    public void Properties_round_trip_with_their_types()
    {
        var bytes = Sample().ToBytes();
        var read = SummaryInformation.Parse(bytes, "t");
        Assert.Equal(1252, read.Codepage);
        Assert.Equal("Transform", read.Title);
        Assert.Equal("Grüße", read.Subject);
        Assert.Equal("{A}1.0;{B}1.0;{C}", read.RevisionNumber);
        Assert.Equal(200, read.PageCount);
        Assert.Equal(0, read.WordCount);
        Assert.Equal(0x08010000, read.CharacterCount);
        Assert.Equal(new DateTime(2024, 3, 9, 7, 5, 1, DateTimeKind.Utc), read.CreateTime);
        Assert.Equal(Sample().Properties.Keys, read.Properties.Keys);
    }

    [Fact]
    public void Stream_layout_follows_the_property_set_format()
    {
        var bytes = Sample().ToBytes();
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(bytes));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24)));
        Assert.Equal(SummaryInformation.FormatId, new Guid(bytes.AsSpan(28, 16)));
        Assert.Equal(48u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(44)));
        int section = 48;
        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(section + 4));
        Assert.Equal(bytes.Length - section, (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(section)));
        var types = new Dictionary<int, int>();
        for (int i = 0; i < count; i++)
        {
            int id = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(section + 8 + 8 * i));
            int offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(section + 12 + 8 * i));
            Assert.Equal(0, offset % 4);
            types[id] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(section + offset));
        }
        Assert.Equal(2, types[SummaryPropertyId.Codepage]);       // VT_I2
        Assert.Equal(30, types[SummaryPropertyId.Title]);         // VT_LPSTR
        Assert.Equal(3, types[SummaryPropertyId.PageCount]);      // VT_I4
        Assert.Equal(3, types[SummaryPropertyId.CharacterCount]); // VT_I4
        Assert.Equal(64, types[SummaryPropertyId.CreateTime]);    // VT_FILETIME
    }

    [Fact]
    public void A_codepage_above_32767_is_kept_as_its_16_bit_pattern()
    {
        var read = SummaryInformation.Parse(new SummaryInformation { Codepage = 65001, Title = "✓" }.ToBytes(), "t");
        Assert.Equal(65001, read.Codepage);
        Assert.Equal("✓", read.Title);
    }

    [Fact]
    public void Summary_written_into_a_package_is_what_msiinfo_reports()
    {
        string path = FixturePackages.NewFile(".msi");
        using (var db = MsiDatabase.Open(FixturePackages.Path("Minimal")))
        {
            var writer = MsiDatabaseWriter.CopyOf(db);
            // Single-digit month, day and time parts show msiinfo's zero padding.
            writer.Summary = Sample();
            writer.Summary.LastSaveTime = new DateTime(2023, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            writer.Save(path);
        }
        using var back = MsiDatabase.Open(path);
        Assert.Equal(Msitools.Export(path, "_SummaryInformation"), back.ExportTableBytes("_SummaryInformation"));
        Assert.Contains("3\tGrüße\r\n", back.ExportTable("_SummaryInformation"));
        Assert.Contains("Security: 4", Msitools.RunText("msiinfo", "suminfo", path));
    }

    [Fact]
    public void Garbage_is_a_format_error_naming_the_input()
    {
        var error = Assert.Throws<MsiFormatException>(() => SummaryInformation.Parse(new byte[60], "x.mst"));
        Assert.Contains("x.mst", error.Message);
        Assert.Contains("summary information", error.Message);
    }

    [Fact]
    public void Unsupported_value_types_are_refused_when_set()
    {
        var info = new SummaryInformation();
        Assert.Throws<ArgumentException>(() => info[42] = 1.5);
        info[42] = "custom";
        Assert.Equal("custom", info.GetString(42));
        info[42] = null;
        Assert.Null(info[42]);
    }
}
