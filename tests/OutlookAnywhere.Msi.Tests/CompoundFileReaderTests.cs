using System.Buffers.Binary;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>The reader on real packages and on deliberately broken files.</summary>
public class CompoundFileReaderTests
{
    [Fact]
    public void A_wixl_package_has_the_package_class_id_and_its_streams()
    {
        var file = CompoundFile.Open(FixturePackages.Path("Registry"));
        Assert.Equal(3, file.MajorVersion);
        Assert.Equal(512, file.SectorSize);
        Assert.Equal(MsiDatabase.PackageClassId, file.RootClsid);
        Assert.NotNull(file.Root.FindStream(SummaryInformation.StreamName));
        Assert.NotNull(file.Root.FindStream(MsiStreamName.Encode("_StringPool", isTable: true)));
        Assert.Equal(FixturePackages.Payload, file.Root.FindStream(MsiStreamName.Encode("Binary.PayloadDll", isTable: false))!.ReadAll());
    }

    [Fact]
    public void Open_from_a_stream_reads_the_same_file()
    {
        using var stream = File.OpenRead(FixturePackages.Path("Minimal"));
        var file = CompoundFile.Open(stream, "minimal stream");
        Assert.Equal(MsiDatabase.PackageClassId, file.RootClsid);
        Assert.Equal("minimal stream", file.SourceName);
    }

    private static byte[] SampleFile()
    {
        var writer = new CompoundFileWriter();
        writer.Root.AddStream("Regular", new byte[5000]);
        writer.Root.AddStream("Small", new byte[100]);
        writer.Root.AddStream("Other", new byte[10]);
        return writer.ToBytes();
    }

    private static MsiFormatException Broken(byte[] bytes, Action<CompoundFile>? use = null)
    {
        var error = Assert.Throws<MsiFormatException>(() =>
        {
            var file = CompoundFile.Open(bytes, "broken.msi");
            use?.Invoke(file);
        });
        Assert.StartsWith("broken.msi: ", error.Message);
        Assert.Equal("broken.msi", error.InputName);
        return error;
    }

    [Fact]
    public void A_file_shorter_than_the_header_is_refused()
    {
        Assert.Contains("shorter than the 512-byte header", Broken(new byte[100]).Message);
    }

    [Fact]
    public void A_file_without_the_signature_is_refused()
    {
        var bytes = SampleFile();
        bytes[0] = 0x50;
        Assert.Contains("signature", Broken(bytes).Message);
    }

    [Fact]
    public void A_wrong_sector_size_for_the_version_is_refused()
    {
        var bytes = SampleFile();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(30), 12);
        Assert.Contains("512-byte sectors", Broken(bytes).Message);
    }

    [Fact]
    public void A_FAT_chain_that_loops_is_reported_instead_of_hanging()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        var regular = layout.Entries.Single(e => e.Name == "Regular");
        var chain = layout.Chain(regular.Start);
        // Point the chain's third sector back at its first.
        SetFat(bytes, layout, chain[2], chain[0]);
        var error = Broken(bytes, f => f.Root.FindStream("Regular")!.ReadAll());
        Assert.Contains("loops", error.Message);
        Assert.Contains("Regular", error.Message);
    }

    [Fact]
    public void A_chain_that_ends_early_is_reported()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        var chain = layout.Chain(layout.Entries.Single(e => e.Name == "Regular").Start);
        SetFat(bytes, layout, chain[3], CompoundFileLayout.EndOfChain);
        Assert.Contains("10 are needed", Broken(bytes, f => f.Root.FindStream("Regular")!.ReadAll()).Message);
    }

    [Fact]
    public void A_chain_into_a_free_sector_is_reported()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        var chain = layout.Chain(layout.Entries.Single(e => e.Name == "Regular").Start);
        SetFat(bytes, layout, chain[0], CompoundFileLayout.FreeSect);
        Assert.Contains("FREESECT", Broken(bytes, f => f.Root.FindStream("Regular")!.ReadAll()).Message);
    }

    [Fact]
    public void A_directory_link_back_to_an_ancestor_is_reported()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        var top = layout.Entries[(int)layout.Entries[0].Child];
        var leaf = top.Left != CompoundFileLayout.FreeSect ? layout.Entries[(int)top.Left] : layout.Entries[(int)top.Right];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(leaf.Offset + 68), (uint)top.Index);
        Assert.Contains("reached twice", Broken(bytes).Message);
    }

    [Fact]
    public void A_directory_link_beyond_the_directory_is_reported()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(layout.Entries[0].Offset + 76), 999);
        Assert.Contains("entry 999", Broken(bytes).Message);
    }

    [Fact]
    public void A_FAT_sector_count_the_DIFAT_does_not_back_is_reported()
    {
        var bytes = SampleFile();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(44), 5);
        Assert.Contains("FAT sectors", Broken(bytes).Message);
    }

    [Fact]
    public void A_mini_stream_sector_outside_the_mini_stream_is_reported()
    {
        var bytes = SampleFile();
        var layout = CompoundFileLayout.Parse(bytes);
        var small = layout.Entries.Single(e => e.Name == "Other");
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(small.Offset + 116), 500);
        Assert.Contains("mini", Broken(bytes, f => f.Root.FindStream("Other")!.ReadAll()).Message);
    }

    [Fact]
    public void Opening_a_missing_file_names_it()
    {
        string path = FixturePackages.NewFile(".msi");
        var error = Assert.Throws<MsiFormatException>(() => CompoundFile.Open(path));
        Assert.Contains(path, error.Message);
    }

    private static void SetFat(byte[] bytes, CompoundFileLayout layout, uint sector, uint value)
    {
        int perSector = layout.SectorSize / 4;
        uint fatSector = layout.FatSectors[(int)(sector / perSector)];
        int offset = (int)(fatSector + 1) * layout.SectorSize + 4 * (int)(sector % perSector);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
    }
}
