using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ServerPropertiesTests
{
    private static Dictionary<string, string> Props(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static IList<InputError> ErrorsOf(Dictionary<string, string> properties) =>
        Assert.Throws<InputException>(() => ServerProperties.Parse(properties)).Errors;

    [Fact]
    public void Missing_properties_take_the_documented_defaults()
    {
        var s = ServerProperties.Parse(Props());
        Assert.Empty(s.ExchangeServers);
        Assert.Empty(s.GlobalCatalogs);
        Assert.Null(s.DnsDomain);
        Assert.Equal(new PortRange(6001, 6002), s.MailboxPorts);
        Assert.Equal(new PortRange(6004, 6004), s.NspiPort);
        Assert.True(s.ConfigureValidPorts);
        Assert.False(s.ForceValidPorts);
        Assert.False(s.GlobalCatalogNspi);
        Assert.False(s.SetBackendPorts);
    }

    [Fact]
    public void Empty_properties_take_the_defaults_too()
    {
        var allEmpty = ServerProperties.Definitions.ToDictionary(d => d.Name, _ => "");
        Assert.Equal(Describe(ServerProperties.Parse(Props())), Describe(ServerProperties.Parse(allEmpty)));
    }

    private static string Describe(ServerSettings s) =>
        $"{string.Join(",", s.ExchangeServers)}|{string.Join(",", s.GlobalCatalogs)}|{s.DnsDomain}|{s.MailboxPorts}|{s.NspiPort}|{s.ConfigureValidPorts}|{s.ForceValidPorts}|{s.GlobalCatalogNspi}|{s.SetBackendPorts}";

    [Fact]
    public void Definitions_list_every_server_property_once_with_its_default()
    {
        var defaults = ServerProperties.Definitions.ToDictionary(d => d.Name, d => d.Default);
        Assert.Equal(new Dictionary<string, string>
        {
            ["EXCHANGE_SERVERS"] = "", ["GLOBAL_CATALOGS"] = "", ["DNS_DOMAIN"] = "",
            ["MAILBOX_PORTS"] = "6001-6002", ["NSPI_PORT"] = "6004",
            ["CONFIGURE_VALIDPORTS"] = "1", ["FORCE_VALIDPORTS"] = "0", ["GLOBAL_CATALOG"] = "0", ["SET_BACKEND_PORTS"] = "0",
        }, defaults);
        Assert.All(ServerProperties.Definitions, d => Assert.Equal(PackageKind.Server, d.Package));
        Assert.All(ServerProperties.Definitions, d => Assert.Equal(d.Name.ToUpperInvariant(), d.Name));
    }

    [Fact]
    public void Given_values_are_parsed()
    {
        var s = ServerProperties.Parse(Props(
            ("EXCHANGE_SERVERS", "ex01, ex02.contoso.com"), ("GLOBAL_CATALOGS", "dc01"), ("DNS_DOMAIN", "corp.contoso.com"),
            ("MAILBOX_PORTS", "6101-6102"), ("NSPI_PORT", "6005"), ("CONFIGURE_VALIDPORTS", "1"), ("FORCE_VALIDPORTS", "1"),
            ("GLOBAL_CATALOG", "1"), ("SET_BACKEND_PORTS", "1")));
        Assert.Equal(["ex01", "ex02.contoso.com"], s.ExchangeServers);
        Assert.Equal(["dc01"], s.GlobalCatalogs);
        Assert.Equal("corp.contoso.com", s.DnsDomain);
        Assert.Equal(new PortRange(6101, 6102), s.MailboxPorts);
        Assert.Equal(new PortRange(6005, 6005), s.NspiPort);
        Assert.True(s.ForceValidPorts && s.GlobalCatalogNspi && s.SetBackendPorts);
    }

    [Theory]
    [InlineData("ex01,,ex02")]
    [InlineData("ex01,")]
    [InlineData(",ex01")]
    [InlineData(" , ")]
    public void An_empty_item_in_a_host_list_is_an_error(string list)
    {
        var error = Assert.Single(ErrorsOf(Props(("EXCHANGE_SERVERS", list))));
        Assert.Equal("EXCHANGE_SERVERS", error.Input);
        Assert.Equal(list, error.Value);
        Assert.Contains("without empty items", error.Allowed);
    }

    [Fact]
    public void Each_bad_host_is_reported_by_itself()
    {
        var errors = ErrorsOf(Props(("GLOBAL_CATALOGS", "dc01,https://dc02,dc03/x")));
        Assert.Equal(["https://dc02", "dc03/x"], errors.Select(e => e.Value));
        Assert.All(errors, e => Assert.Equal("GLOBAL_CATALOGS", e.Input));
    }

    [Theory]
    [InlineData("https://contoso.com")]
    [InlineData("contoso.com/x")]
    [InlineData("*.contoso.com")]
    public void A_DNS_domain_with_scheme_path_or_wildcard_is_an_error(string domain)
    {
        var error = Assert.Single(ErrorsOf(Props(("DNS_DOMAIN", domain))));
        Assert.Equal($"DNS_DOMAIN '{domain}' {HostName.DomainAllowedText}", error.Message);
    }

    [Theory]
    [InlineData("6001-6004", "6004")]
    [InlineData("6001-6002", "6002")]
    [InlineData("6004", "6004")]
    public void An_NSPI_port_inside_the_mailbox_ports_is_an_error(string mailbox, string nspi)
    {
        var error = Assert.Single(ErrorsOf(Props(("MAILBOX_PORTS", mailbox), ("NSPI_PORT", nspi))));
        Assert.Equal("NSPI_PORT", error.Input);
        Assert.Contains($"outside MAILBOX_PORTS '{mailbox}'", error.Message);
    }

    [Fact]
    public void An_NSPI_port_range_is_an_error()
    {
        var error = Assert.Single(ErrorsOf(Props(("NSPI_PORT", "6004-6005"))));
        Assert.Equal("NSPI_PORT '6004-6005' must be one port, not a range, e.g. 6004", error.Message);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("true")]
    [InlineData("2")]
    [InlineData(" 1")]
    [InlineData("#1")]
    public void Booleans_accept_only_1_and_0(string value)
    {
        var error = Assert.Single(ErrorsOf(Props(("GLOBAL_CATALOG", value))));
        Assert.Equal($"GLOBAL_CATALOG '{value}' must be 1 or 0 (or empty for the default)", error.Message);
    }

    [Fact]
    public void Forcing_ValidPorts_while_not_configuring_them_is_a_contradiction()
    {
        var error = Assert.Single(ErrorsOf(Props(("CONFIGURE_VALIDPORTS", "0"), ("FORCE_VALIDPORTS", "1"))));
        Assert.Equal("FORCE_VALIDPORTS", error.Input);
        Assert.Contains("CONFIGURE_VALIDPORTS is 0", error.Message);
    }

    [Fact]
    public void Backend_ports_need_exactly_two_consecutive_mailbox_ports()
    {
        foreach (var ports in new[] { "6001-6003", "6001" })
        {
            var error = Assert.Single(ErrorsOf(Props(("SET_BACKEND_PORTS", "1"), ("MAILBOX_PORTS", ports))));
            Assert.Equal("MAILBOX_PORTS", error.Input);
            Assert.Equal($"MAILBOX_PORTS '{ports}' must be two consecutive ports (store, DSReferral) when SET_BACKEND_PORTS is 1, e.g. 6001-6002", error.Message);
        }
        Assert.Null(Record.Exception(() => ServerProperties.Parse(Props(("SET_BACKEND_PORTS", "1"), ("MAILBOX_PORTS", "6101-6102")))));
        // Without SET_BACKEND_PORTS one mailbox port is fine (ValidPorts only).
        Assert.Null(Record.Exception(() => ServerProperties.Parse(Props(("MAILBOX_PORTS", "6001")))));
    }

    [Fact]
    public void All_errors_of_one_input_set_are_reported_together()
    {
        var errors = ErrorsOf(Props(
            ("EXCHANGE_SERVERS", "ex01,,ex02"), ("GLOBAL_CATALOGS", "*"), ("DNS_DOMAIN", "https://x"),
            ("MAILBOX_PORTS", "6001-*"), ("NSPI_PORT", "0"), ("CONFIGURE_VALIDPORTS", "yes"),
            ("FORCE_VALIDPORTS", "no"), ("GLOBAL_CATALOG", "x"), ("SET_BACKEND_PORTS", "-1")));
        Assert.Equal(
            ["EXCHANGE_SERVERS", "GLOBAL_CATALOGS", "DNS_DOMAIN", "MAILBOX_PORTS", "NSPI_PORT", "CONFIGURE_VALIDPORTS", "FORCE_VALIDPORTS", "GLOBAL_CATALOG", "SET_BACKEND_PORTS"],
            errors.Select(e => e.Input));
    }
}
