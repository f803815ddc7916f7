namespace OutlookAnywhere.Msi.Tests;

public class MsiDatabaseTests
{
    [Fact]
    public void Property_values_keep_their_non_ASCII_text()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var row = db.GetRequiredTable("Property").FindRow("GREETING");
        Assert.NotNull(row);
        Assert.Equal("Grüße, Welt — Ünïcödé", row.GetString("Value"));
        Assert.Equal(" ", db.GetRequiredTable("Property").FindRow("SPACEONLY")?.GetString("Value"));
    }

    [Fact]
    public void Columns_carry_kind_size_key_and_nullability_from_Columns_table()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var registry = db.GetRequiredTable("Registry");
        Assert.Equal(["Registry", "Root", "Key", "Name", "Value", "Component_"], registry.Columns.Select(c => c.Name));
        Assert.Equal(["s72", "i2", "l255", "L255", "L0", "s72"], registry.Columns.Select(c => c.TypeCode));
        var key = registry.Columns[0];
        Assert.True(key.IsPrimaryKey);
        Assert.False(key.IsNullable);
        Assert.Equal(MsiColumnKind.String, key.Kind);
        Assert.Equal(72, key.Size);
        Assert.Equal(MsiColumnKind.Int16, registry.Columns[1].Kind);
        Assert.True(registry.Columns[2].IsLocalizable);
        Assert.True(registry.Columns[3].IsNullable);
        Assert.Equal(MsiColumnKind.Int32, db.GetRequiredTable("CustomAction").Columns.Single(c => c.Name == "ExtendedType").Kind);
        Assert.Equal(MsiColumnKind.Stream, db.GetRequiredTable("Binary").Columns[1].Kind);
    }

    [Fact]
    public void Registry_rows_under_a_64_bit_component_read_with_their_integer_root()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var rows = db.GetRequiredTable("Registry").Rows;
        var greeting = rows.Single(r => r.GetString("Name") == "Greeting");
        Assert.Equal(2, greeting.GetInt("Root"));
        Assert.Equal("[GREETING]", greeting.GetString("Value"));
        Assert.Equal("#42", rows.Single(r => r.GetString("Name") == "Count").GetString("Value"));
        Assert.Equal("[~]ncacn_http:6004", rows.Single(r => r.GetString("Name") == "Multi").GetString("Value"));

        var component = db.GetRequiredTable("Component").FindRow("RegComp");
        Assert.NotNull(component);
        Assert.Equal(0x100, component.GetInt("Attributes")!.Value & 0x100); // msidbComponentAttributes64bit
    }

    [Fact]
    public void Custom_actions_read_with_types_and_null_integers()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var actions = db.GetRequiredTable("CustomAction");
        var setOther = actions.FindRow("SetOther");
        Assert.NotNull(setOther);
        Assert.Equal(51, setOther.GetInt("Type")!.Value & 0x3F);
        Assert.Null(setOther.GetInt("ExtendedType"));
        var callDll = actions.FindRow("CallDll");
        Assert.NotNull(callDll);
        Assert.Equal(1, callDll.GetInt("Type")!.Value & 0x3F);
        Assert.Equal("PayloadDll", callDll.GetString("Source"));
        Assert.Equal(4001, db.GetRequiredTable("InstallExecuteSequence").FindRow("CallDll")?.GetInt("Sequence"));
    }

    [Fact]
    public void Binary_column_names_its_stream_and_the_stream_holds_the_embedded_bytes()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var row = db.GetRequiredTable("Binary").FindRow("PayloadDll");
        Assert.NotNull(row);
        Assert.Equal("Binary.PayloadDll", row["Data"]);
        Assert.Equal(FixturePackages.Payload, db.ReadStream("Binary.PayloadDll"));
        Assert.Contains("Binary.PayloadDll", db.StreamNames);
        Assert.Null(db.ReadStream("Binary.Missing"));
    }

    [Fact]
    public void Summary_information_reads_the_properties_wixl_writes()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var s = db.Summary;
        Assert.Equal("Installation Database", s.Title);
        Assert.Equal("Registry fixture", s.Subject);
        Assert.Equal("Contoso", s.Author);
        Assert.Equal("x64;1033", s.Template);
        Assert.Equal(200, s.PageCount);
        Assert.Equal(2, s.WordCount);
        Assert.StartsWith("{", s.RevisionNumber);
        Assert.NotNull(s.CreateTime);
        Assert.True(s.CreateTime.Value.Year >= 2020);
    }

    [Fact]
    public void Missing_tables_are_null_or_a_clear_error()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Minimal"));
        Assert.Null(db.GetTable("NoSuchTable"));
        var error = Assert.Throws<KeyNotFoundException>(() => db.GetRequiredTable("NoSuchTable"));
        Assert.Contains("NoSuchTable", error.Message);
        Assert.Contains("Minimal.msi", error.Message);
    }

    [Fact]
    public void FindRow_matches_all_key_columns_and_rejects_a_wrong_key_count()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var featureComponents = db.GetRequiredTable("FeatureComponents");
        Assert.NotNull(featureComponents.FindRow("Main", "RegComp"));
        Assert.Null(featureComponents.FindRow("Main", "Other"));
        Assert.Throws<ArgumentException>(() => featureComponents.FindRow("Main"));
    }

    [Fact]
    public void Row_accessors_refuse_the_wrong_kind_and_unknown_columns()
    {
        using var db = MsiDatabase.Open(FixturePackages.Path("Registry"));
        var row = db.GetRequiredTable("Registry").Rows[0];
        Assert.Throws<InvalidOperationException>(() => row.GetString("Root"));
        Assert.Throws<InvalidOperationException>(() => row.GetInt("Key"));
        var error = Assert.Throws<ArgumentException>(() => row["Nope"]);
        Assert.Contains("Registry", error.Message);
        Assert.Contains("Nope", error.Message);
    }

    [Fact]
    public void Package_root_storage_has_the_installer_package_class_id()
    {
        using var db = MsiDatabase.Open(File.ReadAllBytes(FixturePackages.Path("Minimal")), "minimal in memory");
        Assert.Equal(MsiDatabase.PackageClassId, db.ClassId);
        Assert.Equal("minimal in memory", db.SourceName);
    }
}
