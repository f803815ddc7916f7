using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class StoredTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("HOST:593;HOST:49152-65535;")]
    [InlineData("[ProductCode] 100% | \r\n")]
    public void Encode_then_Decode_gives_back_the_same_value(string? value)
    {
        var encoded = StoredText.Encode(value);
        Assert.Equal(value, StoredText.Decode(encoded));
    }

    [Fact]
    public void Encoded_text_has_no_separators_line_breaks_or_MSI_brackets()
    {
        var encoded = StoredText.Encode("[a];b|c\r\nd%");
        Assert.Equal(-1, encoded.IndexOfAny(['|', ';', '[', ']', '\r', '\n']));
    }
}
