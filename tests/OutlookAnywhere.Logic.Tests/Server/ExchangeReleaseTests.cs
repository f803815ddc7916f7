using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ExchangeReleaseTests
{
    [Theory]
    [InlineData(ExchangeVersion.Exchange2003, 2, "Exchange 2003 SP2")]
    [InlineData(ExchangeVersion.Exchange2007, 1, "Exchange 2007 SP1")]
    [InlineData(ExchangeVersion.Exchange2010, 3, "Exchange 2010 SP3")]
    [InlineData(ExchangeVersion.Exchange2013OrLater, 1, "Exchange 2016 (15.1)")]
    [InlineData(ExchangeVersion.None, 0, "no Exchange Server")]
    public void Each_release_is_spelled_one_way(ExchangeVersion version, int servicePack, string expected)
    {
        Assert.Equal(expected, new ExchangeRelease(version, servicePack).ToString());
    }

    [Fact]
    public void Exchange_2003_SP1_or_later_gets_the_managed_topology_warning_with_the_polling_interval()
    {
        var registry = new FakeRegistry()
            .WithValue(ServerRegistryKeys.Exchange2003Setup, "Services Version", 65).WithValue(ServerRegistryKeys.Exchange2003Setup, "ServicePackNumber", 2)
            .WithValue(ServerEnvironment.SystemAttendantParameters, "HTTPFEPollingInterval", 30);
        var notes = ServerEnvironment.Detect(registry).Notes;
        Assert.Contains(notes, n => n.Contains("managed RPC-HTTP topology") && n.Contains("every 30 minutes"));
        Assert.DoesNotContain(ServerEnvironment.Detect(new FakeRegistry()).Notes, n => n.Contains("managed RPC-HTTP topology"));
    }
}
