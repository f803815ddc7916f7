using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class RegistrySnapshotTests
{
    private const string Key = @"HKLM\SOFTWARE\Test";

    [Fact]
    public void Restore_puts_back_each_type_exactly_and_deletes_values_that_were_absent()
    {
        var registry = new FakeRegistry()
            .WithValue(Key, "Text", "a;b|c%20[x]\r\nline")
            .WithValue(Key, "Number", 6004)
            .WithValue(Key, "Multi", new[] { "one", "", "three;|" });
        var snapshot = RegistrySnapshot.Take(registry, [new(Key, "Text"), new(Key, "Number"), new(Key, "Multi"), new(Key, "Missing")]);
        var text = snapshot.Serialize();

        registry.SetString(Key, "Text", "changed");
        registry.SetDword(Key, "Number", 1);
        registry.SetMultiString(Key, "Multi", ["x"]);
        registry.SetString(Key, "Missing", "created by the install");

        RegistrySnapshot.Deserialize(text).Restore(registry, _ => { });
        Assert.Equal("a;b|c%20[x]\r\nline", registry.GetString(Key, "Text"));
        Assert.Equal(6004, registry.GetDword(Key, "Number"));
        Assert.Equal(["one", "", "three;|"], registry.GetMultiString(Key, "Multi")!);
        Assert.Null(registry.GetString(Key, "Missing"));
    }

    [Fact]
    public void The_serialized_snapshot_has_no_line_breaks_so_it_fits_in_one_CustomActionData_line()
    {
        var registry = new FakeRegistry().WithValue(Key, "Text", "a\nb");
        Assert.DoesNotContain('\n', RegistrySnapshot.Take(registry, [new(Key, "Text")]).Serialize());
    }

    [Theory]
    [InlineData("not a snapshot")]
    [InlineData("snapshot-v1|=HKLM;=X;float;1")]
    [InlineData("snapshot-v1|=HKLM")]
    public void A_damaged_snapshot_is_rejected_with_a_message(string text) =>
        Assert.Throws<FormatException>(() => RegistrySnapshot.Deserialize(text));
}
