using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ProxyPrincipalTests
{
    [Fact]
    public void FromHost_prefixes_msstd()
    {
        Assert.Equal("msstd:mail.contoso.com", ProxyPrincipal.FromHost("mail.contoso.com"));
    }

    [Theory]
    [InlineData("msstd:mail.contoso.com")]
    [InlineData("msstd:*.contoso.com")]
    [InlineData("msstd:owa")]
    public void Check_accepts_msstd_and_a_certificate_host_name(string value)
    {
        Assert.Null(ProxyPrincipal.Check("PROXY_PRINCIPAL", value));
    }

    [Theory]
    [InlineData("mail.contoso.com")]
    [InlineData("MSSTD:mail.contoso.com")]
    [InlineData("msstd:")]
    [InlineData("msstd: mail.contoso.com")]
    [InlineData("msstd:https://mail.contoso.com")]
    [InlineData("msstd:mail.contoso.com/rpc")]
    [InlineData("msstd:*")]
    [InlineData("msstd:mail.*.com")]
    [InlineData("msmaj:mail.contoso.com")]
    public void Check_rejects_a_principal_without_msstd_or_with_a_bad_name(string value)
    {
        var error = ProxyPrincipal.Check("PROXY_PRINCIPAL", value);
        Assert.NotNull(error);
        Assert.Equal($"PROXY_PRINCIPAL '{value}' {ProxyPrincipal.AllowedText}", error.Message);
    }
}
