namespace OutlookAnywhere.Msi.Tests;

public class CompoundFileWriterTests
{
    private static byte[] Bytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(1024 * 1024)]
    public void A_stream_of_any_size_round_trips_through_the_reader(int length)
    {
        var data = Bytes(length, length);
        var writer = new CompoundFileWriter();
        writer.Root.AddStream("Data", data);
        writer.Root.AddStream("Before", [1, 2, 3]);
        var bytes = writer.ToBytes();

        CompoundFileLayout.Parse(bytes).AssertValid();
        var file = CompoundFile.Open(bytes, "round trip");
        Assert.Equal(data, file.Root.FindStream("Data")!.ReadAll());
        Assert.Equal(length, file.Root.FindStream("Data")!.Size);
        Assert.Equal(new byte[] { 1, 2, 3 }, file.Root.FindStream("Before")!.ReadAll());
    }

    [Theory]
    [InlineData(4095, true)]
    [InlineData(4096, false)]
    public void The_mini_stream_cutoff_is_exactly_4096_bytes(int length, bool expectMini)
    {
        var writer = new CompoundFileWriter();
        writer.Root.AddStream("S", Bytes(length, 7));
        var layout = CompoundFileLayout.Parse(writer.ToBytes());
        layout.AssertValid();
        var entry = layout.Entries.Single(e => e.Name == "S");
        Assert.Equal(expectMini, layout.IsInMiniStream(entry));
        if (expectMini)
        {
            Assert.Equal(0u, entry.Start); // first mini sector
            Assert.True(layout.Entries[0].Size >= 4096); // the root owns a mini stream of 64 mini sectors
        }
        else
        {
            Assert.Equal(0ul, layout.Entries[0].Size); // nothing in the mini stream
            Assert.Equal(8, layout.Chain(entry.Start).Count);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(40)]
    public void Siblings_form_a_valid_red_black_tree_in_spec_order(int count)
    {
        var writer = new CompoundFileWriter();
        // Mixed lengths and cases so that both rules of the sibling order matter.
        for (int i = 0; i < count; i++) writer.Root.AddStream((i % 3 == 0 ? "x" : "Yy") + new string('a', i % 5) + i, [(byte)i]);
        var bytes = writer.ToBytes();
        CompoundFileLayout.Parse(bytes).AssertValid();
        var file = CompoundFile.Open(bytes, "tree");
        Assert.Equal(count, file.Root.Children.Count);
        Assert.Equal(file.Root.Children.Select(c => c.Name).OrderBy(n => n, CompoundFileNameComparer.Instance), file.Root.Children.Select(c => c.Name));
    }

    [Fact]
    public void Sibling_order_puts_shorter_names_first_then_compares_upper_case()
    {
        var c = CompoundFileNameComparer.Instance;
        Assert.True(c.Compare("Zz", "aaa") < 0);
        Assert.True(c.Compare("abc", "ABD") < 0);
        Assert.Equal(0, c.Compare("abc", "ABC"));
        Assert.True(c.Compare("B", "a") > 0);
    }

    [Fact]
    public void Nested_storages_keep_their_class_ids_and_streams()
    {
        var clsid = Guid.NewGuid();
        var writer = new CompoundFileWriter { RootClsid = MsiDatabase.TransformClassId };
        var outer = writer.Root.AddStorage("Outer");
        outer.Clsid = clsid;
        outer.AddStream("Small", Bytes(100, 1));
        var inner = outer.AddStorage("Inner");
        inner.AddStream("Large", Bytes(5000, 2));
        writer.Root.AddStream("Top", Bytes(10, 3));
        var bytes = writer.ToBytes();

        CompoundFileLayout.Parse(bytes).AssertValid();
        var file = CompoundFile.Open(bytes, "nested");
        Assert.Equal(MsiDatabase.TransformClassId, file.RootClsid);
        var readOuter = file.Root.FindStorage("Outer");
        Assert.NotNull(readOuter);
        Assert.Equal(clsid, readOuter.Clsid);
        Assert.Equal(Bytes(100, 1), readOuter.FindStream("Small")!.ReadAll());
        Assert.Equal(Bytes(5000, 2), readOuter.FindStorage("Inner")!.FindStream("Large")!.ReadAll());
        Assert.Equal(CompoundFileEntryKind.Storage, readOuter.Kind);
        Assert.Equal(CompoundFileEntryKind.Root, file.Root.Kind);
    }

    [Fact]
    public void More_than_109_FAT_sectors_are_listed_in_DIFAT_sectors_and_read_back()
    {
        var big = Bytes(8 * 1024 * 1024, 11);
        var writer = new CompoundFileWriter();
        writer.Root.AddStream("Big", big);
        var bytes = writer.ToBytes();

        var layout = CompoundFileLayout.Parse(bytes);
        Assert.True(layout.FatSectors.Count > 109, $"{layout.FatSectors.Count} FAT sectors");
        Assert.NotEmpty(layout.DifatSectors);
        layout.AssertValid();
        Assert.Equal(big, CompoundFile.Open(bytes, "big").Root.FindStream("Big")!.ReadAll());
    }

    [Fact]
    public void Version_4_files_use_4096_byte_sectors_and_read_back()
    {
        var writer = new CompoundFileWriter(majorVersion: 4);
        writer.Root.AddStream("Small", Bytes(10, 1));
        writer.Root.AddStream("Large", Bytes(70000, 2));
        var bytes = writer.ToBytes();
        var layout = CompoundFileLayout.Parse(bytes);
        Assert.Equal(4096, layout.SectorSize);
        layout.AssertValid();
        var file = CompoundFile.Open(bytes, "v4");
        Assert.Equal(4, file.MajorVersion);
        Assert.Equal(4096, file.SectorSize);
        Assert.Equal(Bytes(70000, 2), file.Root.FindStream("Large")!.ReadAll());
        Assert.Equal(Bytes(10, 1), file.Root.FindStream("Small")!.ReadAll());
    }

    [Fact]
    public void Bad_names_and_duplicates_are_refused()
    {
        var writer = new CompoundFileWriter();
        writer.Root.AddStream("Name", []);
        Assert.Throws<ArgumentException>(() => writer.Root.AddStream("NAME", []));
        Assert.Throws<ArgumentException>(() => writer.Root.AddStream(new string('a', 32), []));
        Assert.Throws<ArgumentException>(() => writer.Root.AddStream("a/b", []));
        Assert.Throws<ArgumentException>(() => writer.Root.AddStream("", []));
    }
}
