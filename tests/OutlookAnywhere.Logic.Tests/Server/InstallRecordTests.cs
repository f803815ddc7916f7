using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class InstallRecordTests
{
    public static TheoryData<string?, string, string[]> Records => new()
    {
        { null, "ex01:6004", ["ex01:6004"] },
        { "", "ex01:6004", ["ex01:6004"] },
        { "HOST:593;;HOST:49152-65535;", "HOST:593;ex01:6004", ["ex01:6004"] },
        { "a|b%7C%c\r\n[x]", "-", ["=", "-", "%", "|"] },
        { "-", "", [] },
        { " spaces ", "  ", [" ", ""] },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Serialize_round_trips_any_text_and_null(string? before, string after, string[] added)
    {
        var record = new InstallRecord(before, after, added);
        var text = record.Serialize();
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain(';', text);
        Assert.Equal(record, InstallRecord.Deserialize(text));
    }

    [Fact]
    public void Null_and_empty_before_values_stay_different()
    {
        Assert.NotEqual(new InstallRecord(null, "a", []).Serialize(), new InstallRecord("", "a", []).Serialize());
        Assert.Null(InstallRecord.Deserialize(new InstallRecord(null, "a", []).Serialize()).ValueBeforeInstall);
        Assert.Equal("", InstallRecord.Deserialize(new InstallRecord("", "a", []).Serialize()).ValueBeforeInstall);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v2|-|=a")]
    [InlineData("v1|-")]
    [InlineData("v1|-|-")]
    [InlineData("v1|x|=a")]
    [InlineData("v1|=%4|=a")]
    [InlineData("v1|=%ZZ|=a")]
    public void Deserialize_rejects_text_it_did_not_write(string text)
    {
        Assert.Throws<FormatException>(() => InstallRecord.Deserialize(text));
    }
}
