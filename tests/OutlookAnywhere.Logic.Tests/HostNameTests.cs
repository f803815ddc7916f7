using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class HostNameTests
{
    [Theory]
    [InlineData("ex01")]
    [InlineData("EX01")]
    [InlineData("a")]
    [InlineData("exchange-srv-01")] // 15 characters
    [InlineData("ex01.contoso.com")]
    [InlineData("mail.corp.contoso.co.uk")]
    [InlineData("a-very-long-host-name-beyond-fifteen.contoso.com")]
    [InlineData("2ex.contoso.com")]
    public void Check_accepts_NetBIOS_and_DNS_names(string host)
    {
        Assert.Null(HostName.Check("EXCHANGE_SERVERS", host));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://ex01.contoso.com")]
    [InlineData("ex01.contoso.com/rpc")]
    [InlineData(@"ex01\rpc")]
    [InlineData(@"\\ex01")]
    [InlineData("ex 01")]
    [InlineData(" ex01")]
    [InlineData("ex01:6001")]
    [InlineData("ex01;ex02")]
    [InlineData("ex01,ex02")]
    [InlineData("*")]
    [InlineData("*.contoso.com")]
    [InlineData("ex*")]
    [InlineData("-ex01")]
    [InlineData("ex01-")]
    [InlineData(".ex01")]
    [InlineData("ex01.")]
    [InlineData("ex01..contoso.com")]
    [InlineData("ex01.-contoso.com")]
    [InlineData("exchange-server-01")] // 18 characters: too long for NetBIOS
    [InlineData("10.0.0.5")]
    [InlineData("ex_01")]
    [InlineData("ex01.contoso.com.")]
    public void Check_rejects_schemes_paths_separators_wildcards_and_bad_labels(string host)
    {
        var error = HostName.Check("EXCHANGE_SERVERS", host);
        Assert.NotNull(error);
        Assert.Equal($"EXCHANGE_SERVERS '{host}' {HostName.AllowedText}", error.Message);
        Assert.Contains("e.g. ex01 or ex01.contoso.com", error.Message);
    }

    [Fact]
    public void Check_rejects_a_label_longer_than_63_characters()
    {
        Assert.Null(HostName.Check("X", new string('a', 63) + ".contoso.com"));
        Assert.NotNull(HostName.Check("X", new string('a', 64) + ".contoso.com"));
    }

    [Fact]
    public void Check_rejects_a_name_longer_than_253_characters()
    {
        var label = new string('a', 62);
        var name253 = string.Join(".", label, label, label, label[..60]) + ".com"; // 62*3 + 60 + 3 dots + 4
        Assert.Equal(253, name253.Length);
        Assert.Null(HostName.Check("X", name253));
        Assert.NotNull(HostName.Check("X", "b" + name253));
    }

    [Theory]
    [InlineData("ex01", false)]
    [InlineData("ex01.contoso.com", true)]
    public void IsFqdn_is_true_for_names_with_a_dot(string host, bool expected)
    {
        Assert.Equal(expected, HostName.IsFqdn(host));
    }

    [Theory]
    [InlineData("ex01", "ex01")]
    [InlineData("EX01.contoso.com", "EX01")]
    [InlineData("a-very-long-host-name.contoso.com", "a-very-long-hos")]
    public void NetBiosPart_is_the_first_label_cut_to_15_characters(string host, string expected)
    {
        Assert.Equal(expected, HostName.NetBiosPart(host));
    }

    [Theory]
    [InlineData("contoso.com", true)]
    [InlineData("corp", true)]
    [InlineData("https://contoso.com", false)]
    [InlineData("contoso.com/", false)]
    [InlineData("*.contoso.com", false)]
    [InlineData(".contoso.com", false)]
    public void CheckDomain_accepts_only_DNS_domain_names(string domain, bool valid)
    {
        Assert.Equal(valid, HostName.CheckDomain("DNS_DOMAIN", domain) is null);
    }
}
