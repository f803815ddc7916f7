using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class PortRangeTests
{
    [Theory]
    [InlineData("6004", 6004, 6004)]
    [InlineData("6001-6002", 6001, 6002)]
    [InlineData("1", 1, 1)]
    [InlineData("65535", 65535, 65535)]
    [InlineData("1-65535", 1, 65535)]
    [InlineData("6001-6001", 6001, 6001)]
    public void Parse_accepts_a_port_or_an_ascending_range(string text, int low, int high)
    {
        Assert.Equal(new PortRange(low, high), PortRange.Parse("MAILBOX_PORTS", text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("99999999999")]
    [InlineData("6002-6001")]
    [InlineData("6001 - 6002")]
    [InlineData(" 6001")]
    [InlineData("6001-")]
    [InlineData("-6001")]
    [InlineData("6001-6002-6003")]
    [InlineData("*")]
    [InlineData("6001-*")]
    [InlineData("600x")]
    [InlineData("+6001")]
    [InlineData("06001")]
    [InlineData("6001,6002")]
    [InlineData("６００１")] // full-width digits are not ASCII digits
    public void Parse_rejects_anything_but_plain_digits_in_range(string text)
    {
        var e = Assert.Throws<InputException>(() => PortRange.Parse("MAILBOX_PORTS", text));
        var error = Assert.Single(e.Errors);
        Assert.Equal("MAILBOX_PORTS", error.Input);
        Assert.Equal(text, error.Value);
        Assert.StartsWith($"MAILBOX_PORTS '{text}' must be a port (1-65535)", e.Message);
        Assert.Contains("e.g. 6001-6002", e.Message);
    }

    [Theory]
    [InlineData("6004")]
    [InlineData("6001-6002")]
    [InlineData("593")]
    public void ToString_gives_back_the_parsed_text(string text)
    {
        Assert.Equal(text, PortRange.Parse("X", text).ToString());
    }

    [Theory]
    [InlineData("6001-6002", "6001", true)]
    [InlineData("6001-6002", "6002", true)]
    [InlineData("6001-6002", "6001-6002", true)]
    [InlineData("6001-6004", "6001-6002", true)]
    [InlineData("6001-6002", "6004", false)]
    [InlineData("6001-6002", "6001-6003", false)]
    [InlineData("6001", "6001-6002", false)]
    [InlineData("6002-6004", "6001", false)]
    public void Contains_is_true_only_when_every_port_is_inside(string outer, string inner, bool expected)
    {
        Assert.Equal(expected, PortRange.Parse("X", outer).Contains(PortRange.Parse("X", inner)));
    }

    [Theory]
    [InlineData("6001-6002", "6004", false)]
    [InlineData("6001-6004", "6004", true)]
    [InlineData("6003-6005", "6001-6003", true)]
    public void Overlaps_detects_a_shared_port(string a, string b, bool expected)
    {
        Assert.Equal(expected, PortRange.Parse("X", a).Overlaps(PortRange.Parse("X", b)));
    }
}
