using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ServerEnvironmentTests
{
    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string Ex2003 = @"HKLM\SOFTWARE\Microsoft\Exchange\Setup";
    private const string Ex2007 = @"HKLM\SOFTWARE\Microsoft\Exchange\v8.0\Setup";
    private const string Ex2010 = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v14\Setup";
    private const string Ex15 = @"HKLM\SOFTWARE\Microsoft\ExchangeServer\v15\Setup";

    [Fact]
    public void An_empty_computer_has_no_Exchange_and_no_proxy()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry());
        Assert.Equal(ExchangeVersion.None, env.Exchange);
        Assert.False(env.RpcProxyInstalled);
        Assert.False(env.ManagesValidPorts);
        Assert.Null(env.ValidPorts);
        Assert.Contains(env.Notes, n => n.Contains("not installed", StringComparison.Ordinal));
    }

    [Fact]
    public void Exchange_2003_is_recognised_by_services_version_65_with_its_service_pack()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex2003, "Services Version", 65).WithValue(Ex2003, "ServicePackNumber", 2));
        Assert.Equal(ExchangeVersion.Exchange2003, env.Exchange);
        Assert.Equal(2, env.ServicePack);
        Assert.False(env.ManagesValidPorts);
    }

    [Fact]
    public void Exchange_5_5_under_the_same_key_is_not_Exchange_2003()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry().WithValue(Ex2003, "Services Version", 55));
        Assert.Equal(ExchangeVersion.None, env.Exchange);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Exchange_2007_manages_ValidPorts_from_SP1(int sp, bool manages)
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex2007, "MsiProductMajor", 8).WithValue(Ex2007, "MsiProductMinor", sp));
        Assert.Equal(ExchangeVersion.Exchange2007, env.Exchange);
        Assert.Equal(sp, env.ServicePack);
        Assert.Equal(manages, env.ManagesValidPorts);
    }

    [Fact]
    public void Exchange_2010_manages_ValidPorts()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex2010, "MsiProductMajor", 14).WithValue(Ex2010, "MsiProductMinor", 3));
        Assert.Equal(ExchangeVersion.Exchange2010, env.Exchange);
        Assert.Equal(3, env.ServicePack);
        Assert.True(env.ManagesValidPorts);
    }

    [Fact]
    public void Exchange_15_with_a_configured_role_is_2013_or_later()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex15, "MsiProductMajor", 15).WithValue(Ex15, "MsiProductMinor", 2)
            .WithValue(@"HKLM\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole", "ConfiguredVersion", "15.2.1544.4"));
        Assert.Equal(ExchangeVersion.Exchange2013OrLater, env.Exchange);
        Assert.Equal(2, env.ServicePack);
        Assert.True(env.ManagesValidPorts);
    }

    [Fact]
    public void Exchange_15_management_tools_alone_are_not_a_server()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry().WithValue(Ex15, "MsiProductMajor", 15));
        Assert.Equal(ExchangeVersion.None, env.Exchange);
        Assert.Contains(env.Notes, n => n.Contains("management tools only", StringComparison.Ordinal));
    }

    [Fact]
    public void Unfinished_Exchange_15_setup_is_noted()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex15, "MsiProductMajor", 15)
            .WithValue(@"HKLM\SOFTWARE\Microsoft\ExchangeServer\v15\ClientAccessRole", "Watermark", "x"));
        Assert.Contains(env.Notes, n => n.Contains("did not finish", StringComparison.Ordinal));
    }

    [Fact]
    public void The_newest_release_found_wins_after_an_in_place_upgrade()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry()
            .WithValue(Ex2003, "Services Version", 65)
            .WithValue(Ex2007, "MsiProductMajor", 8).WithValue(Ex2007, "MsiProductMinor", 0));
        Assert.Equal(ExchangeVersion.Exchange2007, env.Exchange);
    }

    [Fact]
    public void The_proxy_key_and_current_ValidPorts_are_reported()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry().WithValue(RpcProxy, "ValidPorts", "HOST:593"));
        Assert.True(env.RpcProxyInstalled);
        Assert.Equal("HOST:593", env.ValidPorts);
    }

    [Fact]
    public void A_proxy_key_without_ValidPorts_is_installed_with_no_value()
    {
        var env = ServerEnvironment.Detect(new FakeRegistry().WithKey(RpcProxy));
        Assert.True(env.RpcProxyInstalled);
        Assert.Null(env.ValidPorts);
    }
}
