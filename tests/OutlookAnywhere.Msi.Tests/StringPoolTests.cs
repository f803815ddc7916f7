using System.Buffers.Binary;
using System.Text;

namespace OutlookAnywhere.Msi.Tests;

public class StringPoolTests
{
    private static byte[] Words(params uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), values[i]);
        return bytes;
    }

    private static uint Entry(int length, int refs) => (uint)length | ((uint)refs << 16);

    [Fact]
    public void Reads_codepage_lengths_refcounts_and_unused_ids()
    {
        var pool = Words(1252, Entry(3, 2), Entry(0, 0), Entry(4, 7));
        var pooled = StringPool.Read(pool, Encoding.ASCII.GetBytes("FooQuux"), "test");
        Assert.Equal(1252, pooled.Codepage);
        Assert.False(pooled.LongStringReferences);
        Assert.Equal(2, pooled.BytesPerStringReference);
        Assert.Equal(4, pooled.Count);
        Assert.Equal("Foo", pooled[1]);
        Assert.Null(pooled[2]);
        Assert.Equal("Quux", pooled[3]);
        Assert.Equal(2, pooled.RefCount(1));
        Assert.Equal(7, pooled.RefCount(3));
        Assert.Null(pooled[0]);
        Assert.Equal(3, pooled.FindId("Quux"));
        Assert.False(pooled.IsValidId(2));
    }

    [Fact]
    public void The_high_bit_of_the_header_selects_3_byte_references()
    {
        var pooled = StringPool.Read(Words(0x80000000 | 65001, Entry(2, 1)), Encoding.UTF8.GetBytes("ü"), "test");
        Assert.True(pooled.LongStringReferences);
        Assert.Equal(3, pooled.BytesPerStringReference);
        Assert.Equal(65001, pooled.Codepage);
        Assert.Equal("ü", pooled[1]);
    }

    [Fact]
    public void Strings_decode_in_the_pool_codepage()
    {
        var data = Encoding.Latin1.GetBytes("Grüße");
        Assert.Equal("Grüße", StringPool.Read(Words(1252, Entry(data.Length, 1)), data, "t")[1]);
        Assert.Equal("Grüße", StringPool.Read(Words(0, Entry(data.Length, 1)), data, "t")[1]); // neutral reads as 1252
    }

    [Fact]
    public void A_string_over_64_KiB_takes_two_slots_and_one_id()
    {
        string longText = new('x', 70000);
        var builder = new StringPoolBuilder(1252);
        Assert.Equal(1, builder.Add("a"));
        Assert.Equal(2, builder.Add(longText));
        Assert.Equal(3, builder.Add("b"));
        var (pool, data) = builder.Build();
        // header, "a", (0, high word), (low word, refcount), "b"
        Assert.Equal(5 * 4, pool.Length);
        Assert.Equal(Entry(0, 70000 >> 16), BinaryPrimitives.ReadUInt32LittleEndian(pool.AsSpan(8)));
        Assert.Equal(Entry(70000 & 0xFFFF, 1), BinaryPrimitives.ReadUInt32LittleEndian(pool.AsSpan(12)));

        var read = StringPool.Read(pool, data, "t");
        Assert.Equal(longText, read[2]);
        Assert.Equal("b", read[3]);
        Assert.Equal(1, read.RefCount(2));
    }

    [Fact]
    public void Wines_layout_of_a_long_string_entry_is_also_understood()
    {
        // Wine writes (0, refcount) then the 32-bit length.
        var pool = Words(1252, Entry(0, 3), 70000u, Entry(1, 1));
        var data = Encoding.ASCII.GetBytes(new string('y', 70000) + "z");
        var read = StringPool.Read(pool, data, "t");
        Assert.Equal(70000, read[1]!.Length);
        Assert.Equal(3, read.RefCount(1));
        Assert.Equal("z", read[2]);
    }

    [Fact]
    public void Lengths_that_do_not_add_up_to_the_data_are_a_format_error()
    {
        var error = Assert.Throws<MsiFormatException>(() => StringPool.Read(Words(1252, Entry(5, 1)), Encoding.ASCII.GetBytes("abc"), "pkg.msi"));
        Assert.Contains("pkg.msi", error.Message);
        Assert.Contains("_StringData", error.Message);
        Assert.Throws<MsiFormatException>(() => StringPool.Read([1, 2, 3], [], "pkg.msi"));
    }

    [Fact]
    public void Builder_counts_references_and_hands_out_ids_in_first_use_order()
    {
        var builder = new StringPoolBuilder(0);
        Assert.Equal(0, builder.Add(null));
        Assert.Equal(0, builder.Add(""));
        Assert.Equal(1, builder.Add("Property"));
        Assert.Equal(2, builder.Add("Value"));
        Assert.Equal(1, builder.Add("Property"));
        var (pool, data) = builder.Build();
        Assert.Equal(Words(0, Entry(8, 2), Entry(5, 1)), pool);
        Assert.Equal("PropertyValue", Encoding.ASCII.GetString(data));
        Assert.False(builder.LongStringReferences);
    }

    [Fact]
    public void Builder_switches_to_long_references_beyond_65535_strings()
    {
        var builder = new StringPoolBuilder(0);
        for (int i = 0; i < 65535; i++) builder.Add("s" + i);
        Assert.False(builder.LongStringReferences);
        builder.Add("one more");
        Assert.True(builder.LongStringReferences);
        var (pool, _) = builder.Build();
        Assert.Equal(0x80000000u, BinaryPrimitives.ReadUInt32LittleEndian(pool));
    }
}
