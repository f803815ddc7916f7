using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsEntryTests
{
    [Fact]
    public void ToString_is_host_colon_ports()
    {
        Assert.Equal("ex01:6001-6002", new ValidPortsEntry("ex01", new PortRange(6001, 6002)).ToString());
        Assert.Equal("ex01.contoso.com:6004", new ValidPortsEntry("ex01.contoso.com", new PortRange(6004, 6004)).ToString());
    }

    [Theory]
    [InlineData("ex01:6001-6002", "ex01", 6001, 6002)]
    [InlineData(" EX01.contoso.com:6004 ", "EX01.contoso.com", 6004, 6004)]
    [InlineData("HOST:49152-65535", "HOST", 49152, 65535)]
    [InlineData("*.contoso.com:6004", "*.contoso.com", 6004, 6004)] // someone else's wildcard is recognised, not judged
    public void TryParse_reads_entries_as_found_in_the_registry(string text, string host, int low, int high)
    {
        Assert.True(ValidPortsEntry.TryParse(text, out var entry));
        Assert.Equal(new ValidPortsEntry(host, new PortRange(low, high)), entry);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ex01")]
    [InlineData(":6001")]
    [InlineData("ex01:")]
    [InlineData("ex01:*")]
    [InlineData("ex01:6002-6001")]
    public void TryParse_refuses_entries_without_host_or_valid_ports(string text)
    {
        Assert.False(ValidPortsEntry.TryParse(text, out var entry));
        Assert.Null(entry);
    }
}
