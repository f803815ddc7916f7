using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsDecisionTests
{
    private static ServerSettings Settings(string configure = "1", string force = "0") =>
        ServerProperties.Parse(new Dictionary<string, string> { ["CONFIGURE_VALIDPORTS"] = configure, ["FORCE_VALIDPORTS"] = force });

    private static ServerEnvironment Env(ExchangeVersion exchange, int sp, bool proxy = true) =>
        new(exchange, sp, exchange is ExchangeVersion.Exchange2010 or ExchangeVersion.Exchange2013OrLater || (exchange == ExchangeVersion.Exchange2007 && sp >= 1), proxy, null, null, []);

    [Fact]
    public void Exchange_2003_with_the_proxy_gets_ValidPorts_written()
    {
        Assert.Equal(ValidPortsAction.Write, ValidPortsDecision.Decide(Settings(), Env(ExchangeVersion.Exchange2003, 2)).Action);
    }

    [Fact]
    public void Exchange_2007_SP1_refuses_unless_forced()
    {
        var refused = ValidPortsDecision.Decide(Settings(), Env(ExchangeVersion.Exchange2007, 1));
        Assert.Equal(ValidPortsAction.Refuse, refused.Action);
        Assert.Contains("FORCE_VALIDPORTS=1", refused.Message);
        Assert.Equal(ValidPortsAction.Write, ValidPortsDecision.Decide(Settings(force: "1"), Env(ExchangeVersion.Exchange2007, 1)).Action);
    }

    [Fact]
    public void A_forced_write_says_that_Exchange_keeps_its_own_list_and_promises_no_effect()
    {
        var forced = ValidPortsDecision.Decide(Settings(force: "1"), Env(ExchangeVersion.Exchange2010, 3));
        Assert.Equal(ValidPortsAction.Write, forced.Action);
        Assert.Contains("Exchange 2010 SP3", forced.Message);
        Assert.Contains("ValidPorts_AutoConfig_Exchange", forced.Message);
        Assert.Contains("may have no effect", forced.Message);
        Assert.DoesNotContain("SP/minor", forced.Message);
    }

    [Fact]
    public void Exchange_2007_RTM_is_written_without_force()
    {
        Assert.Equal(ValidPortsAction.Write, ValidPortsDecision.Decide(Settings(), Env(ExchangeVersion.Exchange2007, 0)).Action);
    }

    [Fact]
    public void A_missing_proxy_refuses_even_when_forced()
    {
        Assert.Equal(ValidPortsAction.Refuse, ValidPortsDecision.Decide(Settings(force: "1"), Env(ExchangeVersion.Exchange2003, 2, proxy: false)).Action);
    }

    [Fact]
    public void CONFIGURE_VALIDPORTS_0_skips_whatever_the_server()
    {
        Assert.Equal(ValidPortsAction.Skip, ValidPortsDecision.Decide(Settings(configure: "0"), Env(ExchangeVersion.Exchange2010, 3, proxy: false)).Action);
    }
}
