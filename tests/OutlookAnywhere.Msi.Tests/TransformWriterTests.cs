using System.Text;

namespace OutlookAnywhere.Msi.Tests;

public class TransformWriterTests
{
    private static readonly DateTime Fixed = new(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private static TransformBuilder SalesTransform(MsiDatabase db)
    {
        var t = new TransformBuilder(db) { Timestamp = Fixed, Comments = "sales" };
        t.SetProperty("DIVISION", "sales — Grüße");
        t.SetProperty("PROXYSERVER", "mail.example.com");
        t.DeleteRow("Property", "REMOVEME");
        t.UpdateRow("Feature", ["Optional"], new Dictionary<string, object?> { ["Level"] = 0 });
        return t;
    }

    [Fact]
    public void A_transform_is_a_compound_file_with_the_transform_class_id_string_pool_table_streams_and_summary()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var bytes = SalesTransform(db).Write();
        CompoundFileLayout.Parse(bytes).AssertValid();
        var file = CompoundFile.Open(bytes, "sales.mst");
        Assert.Equal(MsiDatabase.TransformClassId, file.RootClsid);
        var names = file.Root.Streams.Select(s => MsiStreamName.IsTable(s.Name) ? "T:" + MsiStreamName.Decode(s.Name) : MsiStreamName.Decode(s.Name)).ToHashSet();
        Assert.Equal(new HashSet<string> { "T:_StringPool", "T:_StringData", "T:Property", "T:Feature", "\u0005SummaryInformation" }, names);
    }

    [Fact]
    public void The_reader_gets_back_every_change_and_the_summary()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var builder = SalesTransform(db);
        var read = TransformReader.Read(db, builder.Write(), "sales.mst");
        Assert.Equal(builder.Changes.Select(c => c.ToString()), read.Changes.Select(c => c.ToString()));
        Assert.Equal(
        [
            "Delete Property[REMOVEME]",
            "Update Property[DIVISION] Value=sales — Grüße",
            "Insert Property[PROXYSERVER] Property=PROXYSERVER, Value=mail.example.com",
            "Update Feature[Optional] Level=0",
        ], read.Changes.Select(c => c.ToString()));
        Assert.Equal(TransformValidation.UpgradeCode | TransformValidation.Language, read.Validation);
        Assert.Equal(TransformErrorSuppression.None, read.ErrorSuppression);
        Assert.Equal(db.Codepage, read.Strings.Codepage);
    }

    [Fact]
    public void Summary_carries_template_revision_versions_and_flags_as_the_SDK_describes()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = SalesTransform(db);
        t.Validation = TransformValidation.Product | TransformValidation.UpgradeCode | TransformValidation.MinorVersion | TransformValidation.NewEqualBaseVersion;
        t.ErrorSuppression = TransformErrorSuppression.AddExistingRow | TransformErrorSuppression.DeleteMissingRow;
        var summary = TransformReader.Read(db, t.Write(), "t.mst").Summary;
        Assert.Equal("x64;1033", summary.Template);
        Assert.Equal("x64;1033", summary.LastAuthor);
        Assert.Equal("{33333333-4444-5555-6666-777777777777}1.0.0;{33333333-4444-5555-6666-777777777777}1.0.0;{CCCCCCCC-DDDD-EEEE-FFFF-000000000000}", summary.RevisionNumber);
        Assert.Equal(200, summary.PageCount);
        Assert.Null(summary.WordCount); // the SDK: null in a transform
        Assert.Equal((0x0800 | 0x0002 | 0x0010 | 0x0100) << 16 | 0x0003, summary.CharacterCount);
        Assert.Equal("Transform", summary.Title);
        Assert.Equal(Fixed, summary.CreateTime);
    }

    [Fact]
    public void A_changed_ProductCode_and_version_appear_as_the_updated_half_of_the_revision_number()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = new TransformBuilder(db) { Validation = TransformValidation.None };
        t.SetProperty("ProductCode", "{99999999-4444-5555-6666-777777777777}");
        t.SetProperty("ProductVersion", "1.1.0");
        Assert.Equal("{33333333-4444-5555-6666-777777777777}1.0.0;{99999999-4444-5555-6666-777777777777}1.1.0;{CCCCCCCC-DDDD-EEEE-FFFF-000000000000}",
            t.CreateSummary().RevisionNumber);
    }

    [Theory]
    [InlineData(TransformValidation.NewEqualBaseVersion, "needs MajorVersion")]
    [InlineData(TransformValidation.MajorVersion, "needs a version relationship")]
    [InlineData(TransformValidation.MajorVersion | TransformValidation.MinorVersion | TransformValidation.NewEqualBaseVersion, "one version granularity")]
    [InlineData(TransformValidation.MajorVersion | TransformValidation.NewEqualBaseVersion | TransformValidation.NewGreaterBaseVersion, "one version relationship")]
    [InlineData((TransformValidation)0x1000, "not defined")]
    public void Validation_flags_that_break_the_SDK_rules_are_refused(TransformValidation flags, string expected)
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = SalesTransform(db);
        t.Validation = flags;
        var error = Assert.Throws<ArgumentException>(() => t.Write());
        Assert.Contains(expected, error.Message);
        Assert.Contains("TransformTarget.msi", error.Message);
    }

    [Fact]
    public void UpgradeCode_validation_needs_an_UpgradeCode_in_the_base_package()
    {
        string path = FixturePackages.NewFile(".msi");
        using (var original = MsiDatabase.Open(FixturePackages.Path("TransformTarget")))
        {
            var writer = MsiDatabaseWriter.CopyOf(original);
            var property = writer.GetTable("Property")!;
            writer.AddTable(new MsiTable("Property", property.Columns, property.Rows.Where(r => r.GetString("Property") != "UpgradeCode").Select(r => r.Values)));
            writer.Save(path);
        }
        using var db = MsiDatabase.Open(path);
        var t = new TransformBuilder(db);
        t.SetProperty("DIVISION", "x");
        Assert.Contains("UpgradeCode property", Assert.Throws<ArgumentException>(() => t.Write()).Message);
        t.Validation = TransformValidation.Language;
        Assert.NotEmpty(t.Write());
    }

    [Fact]
    public void Net_effect_only_insert_then_delete_leaves_nothing_and_two_updates_merge()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = new TransformBuilder(db);
        t.SetProperty("TEMP", "1");
        t.DeleteRow("Property", "TEMP");
        t.SetProperty("DIVISION", "a");
        t.SetProperty("DIVISION", "b");
        t.SetProperty("REMOVEME", "present"); // same as the base: no change
        Assert.Equal(["Update Property[DIVISION] Value=b"], t.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Bad_changes_are_refused_with_the_table_key_and_column()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = new TransformBuilder(db);
        Assert.Contains("NoTable", Assert.Throws<ArgumentException>(() => t.DeleteRow("NoTable", "x")).Message);
        Assert.Contains("[MISSING]", Assert.Throws<ArgumentException>(() => t.DeleteRow("Property", "MISSING")).Message);
        Assert.Contains("Bogus", Assert.Throws<ArgumentException>(() => t.UpdateRow("Feature", ["Main"], new Dictionary<string, object?> { ["Bogus"] = 1 })).Message);
        Assert.Contains("Level", Assert.Throws<ArgumentException>(() => t.UpdateRow("Feature", ["Main"], new Dictionary<string, object?> { ["Level"] = "high" })).Message);
        Assert.Contains("key column", Assert.Throws<ArgumentException>(() => t.UpdateRow("Feature", ["Main"], new Dictionary<string, object?> { ["Feature"] = "X" })).Message);
        Assert.Contains("UpdateRow", Assert.Throws<ArgumentException>(() => t.InsertRow("Property", "DIVISION", "x")).Message);
        Assert.Contains("not nullable", Assert.Throws<ArgumentException>(() => t.SetProperty("DIVISION", "")).Message);
    }

    [Fact]
    public void Binary_rows_and_new_tables_round_trip_with_their_streams()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var t = new TransformBuilder(db);
        byte[] newDll = [1, 2, 3, 4, 5];
        byte[] replaced = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        t.InsertRow("Binary", "NewDll", newDll);
        t.UpdateRow("Binary", ["PayloadDll"], new Dictionary<string, object?> { ["Data"] = replaced });
        t.AddTable("DivisionSettings",
        [
            new MsiColumn("Name", 1, MsiColumnType.Compose(MsiColumnKind.String, 72, nullable: false, key: true, localizable: false)),
            new MsiColumn("Value", 2, MsiColumnType.Compose(MsiColumnKind.String, 255, nullable: true, key: false, localizable: false)),
            new MsiColumn("Flags", 3, MsiColumnType.Compose(MsiColumnKind.Int32, 4, nullable: true, key: false, localizable: false)),
        ]);
        t.InsertRow("DivisionSettings", "Proxy", "mail.example.com", 47);

        var read = TransformReader.Read(db, t.Write(), "t.mst");
        Assert.Equal("DivisionSettings", Assert.Single(read.AddedTables).Name);
        Assert.Equal(["s72", "S255", "I4"], read.AddedTables[0].Columns.Select(c => c.TypeCode));
        Assert.Equal(newDll, read.Streams["Binary.NewDll"]);
        Assert.Equal(replaced, read.Streams["Binary.PayloadDll"]);

        var applied = TransformReader.Apply(db, read);
        Assert.Equal(newDll, applied.GetStream("Binary.NewDll"));
        Assert.Equal(replaced, applied.GetStream("Binary.PayloadDll"));
        Assert.Equal(47, applied.GetTable("DivisionSettings")!.FindRow("Proxy")!.GetInt("Flags"));

        string path = FixturePackages.NewFile(".msi");
        applied.Save(path);
        Assert.Equal(replaced, Msitools.Run("msiinfo", null, "extract", path, "Binary.PayloadDll"));
        Assert.Contains("Proxy\tmail.example.com\t47", Encoding.UTF8.GetString(Msitools.Export(path, "DivisionSettings")));
    }

    [Fact]
    public void Applying_in_memory_gives_the_tables_msiinfo_then_exports()
    {
        string basePath = FixturePackages.Path("TransformTarget");
        using var db = MsiDatabase.Open(basePath);
        var applied = TransformReader.Apply(db, TransformReader.Read(db, SalesTransform(db).Write(), "sales.mst"));
        string path = FixturePackages.NewFile(".msi");
        applied.Save(path);

        string property = Encoding.UTF8.GetString(Msitools.Export(path, "Property"));
        Assert.Contains("DIVISION\tsales — Grüße\r\n", property);
        Assert.Contains("PROXYSERVER\tmail.example.com\r\n", property);
        Assert.DoesNotContain("REMOVEME", property);
        Assert.Contains("Optional\t\t\t\t2\t0\t\t0\r\n", Encoding.UTF8.GetString(Msitools.Export(path, "Feature")));
        // Everything else is untouched.
        Assert.Equal(Msitools.Export(basePath, "Registry"), Msitools.Export(path, "Registry"));
    }

    [Fact]
    public void Apply_refuses_a_change_whose_row_is_missing_unless_the_transform_suppresses_it()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var t = new TransformBuilder(db);
        t.DeleteRow("Property", "REMOVEME");
        var contents = TransformReader.Read(db, t.Write(), "t.mst");
        var applied = TransformReader.Apply(db, contents);
        string path = FixturePackages.NewFile(".msi");
        applied.Save(path);
        using var once = MsiDatabase.Open(path);
        Assert.Contains("REMOVEME", Assert.Throws<InvalidOperationException>(() => TransformReader.Apply(once, contents)).Message);

        t.ErrorSuppression = TransformErrorSuppression.DeleteMissingRow;
        var lenient = TransformReader.Read(db, t.Write(), "t2.mst");
        Assert.Null(TransformReader.Apply(once, lenient).GetTable("Property")!.FindRow("REMOVEME"));
    }

    [Fact]
    public void A_package_is_not_mistaken_for_a_transform()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("TransformTarget"));
        var error = Assert.Throws<MsiFormatException>(() => TransformReader.Read(db, FixturePackages.Path("Minimal")));
        Assert.Contains("not a transform", error.Message);
    }
}
