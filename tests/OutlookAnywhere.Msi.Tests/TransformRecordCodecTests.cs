using System.Buffers.Binary;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>Byte-level checks of the row records inside a transform's table streams.</summary>
public class TransformRecordCodecTests
{
    private static readonly MsiColumn[] PropertyColumns =
    [
        new("Property", 1, MsiColumnType.Compose(MsiColumnKind.String, 72, nullable: false, key: true, localizable: false)),
        new("Value", 2, MsiColumnType.Compose(MsiColumnKind.String, 0, nullable: false, key: false, localizable: true)),
    ];

    private static readonly MsiColumn[] FeatureLike =
    [
        new("Feature", 1, MsiColumnType.Compose(MsiColumnKind.String, 38, nullable: false, key: true, localizable: false)),
        new("Title", 2, MsiColumnType.Compose(MsiColumnKind.String, 64, nullable: true, key: false, localizable: true)),
        new("Display", 3, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: true, key: false, localizable: false)),
        new("Level", 4, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: false, key: false, localizable: false)),
        new("Size", 5, MsiColumnType.Compose(MsiColumnKind.Int32, 4, nullable: true, key: false, localizable: false)),
    ];

    private static Func<string, int> Ids(params string[] strings) => s => Array.IndexOf(strings, s) + 1;

    private static Dictionary<string, object?> Values(params (string, object?)[] pairs) => pairs.ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public void Insert_record_is_mask_with_column_count_then_every_column()
    {
        var change = new TransformChange("Property", TransformOperation.Insert, ["NEW"], Values(("Property", "NEW"), ("Value", "v")));
        var bytes = TransformRecordCodec.Encode("Property", PropertyColumns, [change], Ids("NEW", "v"), 2);
        Assert.Equal(new byte[] { 0x01, 0x02, 0x01, 0x00, 0x02, 0x00 }, bytes);
    }

    [Fact]
    public void Update_record_sets_one_bit_per_changed_column_and_always_carries_the_key()
    {
        var change = new TransformChange("Feature", TransformOperation.Update, ["F"], Values(("Level", 0), ("Size", -2)));
        var bytes = TransformRecordCodec.Encode("Feature", FeatureLike, [change], Ids("F"), 2);
        // mask: Level is column index 3, Size index 4 -> 0x18; key id 1; Level 0 + 0x8000; Size -2 ^ 0x80000000
        Assert.Equal(new byte[] { 0x18, 0x00, 0x01, 0x00, 0x00, 0x80, 0xFE, 0xFF, 0xFF, 0x7F }, bytes);
    }

    [Fact]
    public void Update_to_null_writes_zero()
    {
        var change = new TransformChange("Feature", TransformOperation.Update, ["F"], Values(("Title", null), ("Display", null)));
        var bytes = TransformRecordCodec.Encode("Feature", FeatureLike, [change], Ids("F"), 2);
        Assert.Equal(new byte[] { 0x06, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00 }, bytes);
    }

    [Fact]
    public void Delete_record_is_mask_zero_and_only_the_key()
    {
        var change = new TransformChange("Property", TransformOperation.Delete, ["GONE"], new Dictionary<string, object?>());
        var bytes = TransformRecordCodec.Encode("Property", PropertyColumns, [change], Ids("x", "GONE"), 2);
        Assert.Equal(new byte[] { 0x00, 0x00, 0x02, 0x00 }, bytes);
    }

    [Fact]
    public void Long_string_references_take_three_bytes()
    {
        var change = new TransformChange("Property", TransformOperation.Insert, ["K"], Values(("Property", "K"), ("Value", "V")));
        var bytes = TransformRecordCodec.Encode("Property", PropertyColumns, [change], s => s == "K" ? 0x012345 : 2, 3);
        Assert.Equal(new byte[] { 0x01, 0x02, 0x45, 0x23, 0x01, 0x02, 0x00, 0x00 }, bytes);
    }

    [Fact]
    public void Records_decode_back_to_the_same_changes()
    {
        var builder = new StringPoolBuilder(1252);
        TransformChange[] changes =
        [
            new("Feature", TransformOperation.Delete, ["Old"], new Dictionary<string, object?>()),
            new("Feature", TransformOperation.Update, ["Main"], Values(("Title", "Größe"), ("Level", 3))),
            new("Feature", TransformOperation.Insert, ["New"], Values(("Feature", "New"), ("Title", null), ("Display", -1), ("Level", 1), ("Size", 100000))),
        ];
        var bytes = TransformRecordCodec.Encode("Feature", FeatureLike, changes, builder.Add, 2);
        var (pool, data) = builder.Build();
        var read = TransformRecordCodec.Decode("Feature", FeatureLike, bytes, StringPool.Read(pool, data, "t"), _ => null, "t");
        Assert.Equal(changes.Select(c => c.ToString()), read.Select(c => c.ToString()));
    }

    [Fact]
    public void A_truncated_record_is_a_format_error_naming_the_table()
    {
        var error = Assert.Throws<MsiFormatException>(() =>
            TransformRecordCodec.Decode("Property", PropertyColumns, [0x01, 0x02, 0x01], StringPool.Read([], [], "t"), _ => null, "x.mst"));
        Assert.Contains("Property", error.Message);
        Assert.Contains("x.mst", error.Message);
    }

    [Fact]
    public void An_update_of_a_non_key_first_column_is_refused_because_bit_0_means_insert()
    {
        MsiColumn[] odd =
        [
            new("A", 1, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: true, key: false, localizable: false)),
            new("B", 2, MsiColumnType.Compose(MsiColumnKind.Int16, 2, nullable: false, key: true, localizable: false)),
        ];
        var change = new TransformChange("Odd", TransformOperation.Update, [1], Values(("A", 5)));
        Assert.Throws<NotSupportedException>(() => TransformRecordCodec.Encode("Odd", odd, [change], Ids(), 2));
    }

    [Fact]
    public void Transform_string_pool_counts_each_use()
    {
        var builder = new StringPoolBuilder(0);
        TransformChange[] changes =
        [
            new("Property", TransformOperation.Insert, ["A"], Values(("Property", "A"), ("Value", "same"))),
            new("Property", TransformOperation.Insert, ["B"], Values(("Property", "B"), ("Value", "same"))),
        ];
        TransformRecordCodec.Encode("Property", PropertyColumns, changes, builder.Add, 2);
        var (pool, _) = builder.Build();
        var read = StringPool.Read(pool, "AsameB"u8.ToArray(), "t");
        Assert.Equal(2, read.RefCount(read.FindId("same")!.Value));
        Assert.Equal(1, read.RefCount(read.FindId("A")!.Value));
        Assert.Equal(3, read.Count - 1);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(pool));
    }
}
