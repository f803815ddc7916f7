using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ClientPropertiesTests
{
    private static Dictionary<string, string> Props(params (string Name, string Value)[] values)
    {
        var props = new Dictionary<string, string> { ["EXCHANGE_SERVER"] = "ex01.contoso.com", ["PROXY_SERVER"] = "mail.contoso.com" };
        foreach (var (name, value) in values) props[name] = value;
        return props;
    }

    private static InputError SingleError(Dictionary<string, string> properties) =>
        Assert.Single(Assert.Throws<InputException>(() => ClientProperties.Parse(properties)).Errors);

    [Fact]
    public void Missing_properties_take_the_documented_defaults()
    {
        var s = ClientProperties.Parse(Props());
        Assert.Equal("ex01.contoso.com", s.ExchangeServer);
        Assert.Equal("%UserName%", s.MailboxName);
        Assert.Equal("Outlook Anywhere", s.ProfileName);
        Assert.True(s.DefaultProfile);
        Assert.Equal(ProfileOverwrite.Append, s.OverwriteProfile);
        Assert.Equal("mail.contoso.com", s.ProxyServer);
        Assert.Equal("msstd:mail.contoso.com", s.ProxyPrincipal);
        Assert.True(s.UseHttp && s.SslOnly && s.MutualAuth && s.HttpFirstOnFast && s.HttpFirstOnSlow);
        Assert.Equal(ProxyAuthentication.Basic, s.ProxyAuthentication);
        Assert.Equal(CachedMode.Full, s.CachedMode);
        Assert.True(s.EncryptRpc);
        Assert.False(s.AllowBasicWithoutSsl);
        Assert.Equal(0x2F, s.RohFlags);
    }

    [Fact]
    public void Definitions_list_every_client_property_once_with_its_default()
    {
        var defaults = ClientProperties.Definitions.ToDictionary(d => d.Name, d => d.Default);
        Assert.Equal(new Dictionary<string, string>
        {
            ["EXCHANGE_SERVER"] = "", ["MAILBOX_NAME"] = "%UserName%", ["PROFILE_NAME"] = "Outlook Anywhere",
            ["DEFAULT_PROFILE"] = "Yes", ["OVERWRITE_PROFILE"] = "Append", ["PROXY_SERVER"] = "",
            ["PROXY_PRINCIPAL"] = "msstd:[PROXY_SERVER]", ["USE_HTTP"] = "1", ["SSL_ONLY"] = "1", ["MUTUAL_AUTH"] = "1",
            ["HTTP_FIRST_ON_FAST"] = "1", ["HTTP_FIRST_ON_SLOW"] = "1", ["PROXY_AUTH"] = "Basic", ["CACHED_MODE"] = "Full",
            ["ENCRYPT_RPC"] = "1", ["ALLOW_BASIC_WITHOUT_SSL"] = "0",
        }, defaults);
        Assert.All(ClientProperties.Definitions, d => Assert.Equal(PackageKind.Client, d.Package));
    }

    [Fact]
    public void The_principal_default_follows_the_proxy_and_a_given_principal_wins()
    {
        Assert.Equal("msstd:rpc.fabrikam.com", ClientProperties.Parse(Props(("PROXY_SERVER", "rpc.fabrikam.com"))).ProxyPrincipal);
        Assert.Equal("msstd:*.contoso.com", ClientProperties.Parse(Props(("PROXY_PRINCIPAL", "msstd:*.contoso.com"))).ProxyPrincipal);
    }

    [Fact]
    public void Keywords_are_accepted_in_any_case()
    {
        var s = ClientProperties.Parse(Props(("DEFAULT_PROFILE", "no"), ("OVERWRITE_PROFILE", "YES"), ("PROXY_AUTH", "ntlm"), ("CACHED_MODE", "headersonly")));
        Assert.False(s.DefaultProfile);
        Assert.Equal(ProfileOverwrite.Yes, s.OverwriteProfile);
        Assert.Equal(ProxyAuthentication.Ntlm, s.ProxyAuthentication);
        Assert.Equal(CachedMode.HeadersOnly, s.CachedMode);
    }

    [Theory]
    [InlineData("")]
    public void An_empty_Exchange_server_is_an_error(string value)
    {
        var error = SingleError(Props(("EXCHANGE_SERVER", value)));
        Assert.Equal("EXCHANGE_SERVER", error.Input);
        Assert.StartsWith("EXCHANGE_SERVER '' is required", error.Message);
    }

    [Theory]
    [InlineData("https://ex01.contoso.com")]
    [InlineData("ex01.contoso.com:135")]
    [InlineData("ex01 .contoso.com")]
    public void A_bad_Exchange_server_is_an_error(string value)
    {
        Assert.Equal("EXCHANGE_SERVER", SingleError(Props(("EXCHANGE_SERVER", value))).Input);
    }

    [Fact]
    public void A_missing_proxy_is_an_error_and_no_principal_error_follows_from_it()
    {
        var props = Props();
        props.Remove("PROXY_SERVER");
        var error = SingleError(props);
        Assert.StartsWith("PROXY_SERVER '' is required", error.Message);
    }

    [Theory]
    [InlineData("https://mail.contoso.com")]
    [InlineData("mail.contoso.com/rpc")]
    [InlineData("https://mail.contoso.com/rpc/rpcproxy.dll")]
    [InlineData("mail.contoso.com:443")]
    [InlineData("mail")]
    [InlineData(@"mail.contoso.com\rpc")]
    public void A_proxy_with_scheme_path_port_or_without_domain_is_an_error(string value)
    {
        var error = SingleError(Props(("PROXY_SERVER", value)));
        Assert.Equal($"PROXY_SERVER '{value}' must be the proxy's fully qualified host name without scheme, path or port, e.g. mail.contoso.com", error.Message);
    }

    [Fact]
    public void A_principal_without_msstd_is_an_error()
    {
        var error = SingleError(Props(("PROXY_PRINCIPAL", "mail.contoso.com")));
        Assert.Equal("PROXY_PRINCIPAL", error.Input);
        Assert.Contains("msstd:", error.Allowed);
    }

    [Theory]
    [InlineData("Kerberos")]
    [InlineData("Negotiate")]
    [InlineData("1")]
    public void An_unknown_authentication_is_an_error(string value)
    {
        Assert.Equal($"PROXY_AUTH '{value}' must be Basic or NTLM", SingleError(Props(("PROXY_AUTH", value))).Message);
    }

    [Fact]
    public void Basic_without_SSL_is_an_error()
    {
        var error = SingleError(Props(("SSL_ONLY", "0"), ("MUTUAL_AUTH", "0")));
        Assert.Equal("PROXY_AUTH", error.Input);
        Assert.Equal("Basic", error.Value);
        Assert.Contains("clear text", error.Message);
        Assert.Contains("ALLOW_BASIC_WITHOUT_SSL=1", error.Message);
    }

    [Fact]
    public void Basic_without_SSL_is_accepted_with_the_explicit_override()
    {
        var s = ClientProperties.Parse(Props(("SSL_ONLY", "0"), ("MUTUAL_AUTH", "0"), ("ALLOW_BASIC_WITHOUT_SSL", "1")));
        Assert.Equal(ProxyAuthentication.Basic, s.ProxyAuthentication);
        Assert.False(s.SslOnly);
    }

    [Fact]
    public void NTLM_without_SSL_needs_no_override()
    {
        Assert.Equal(ProxyAuthentication.Ntlm, ClientProperties.Parse(Props(("SSL_ONLY", "0"), ("MUTUAL_AUTH", "0"), ("PROXY_AUTH", "NTLM"))).ProxyAuthentication);
    }

    [Fact]
    public void Mutual_authentication_without_SSL_is_a_contradiction()
    {
        var error = SingleError(Props(("SSL_ONLY", "0"), ("PROXY_AUTH", "NTLM")));
        Assert.Equal("MUTUAL_AUTH", error.Input);
    }

    [Theory]
    [InlineData("DEFAULT_PROFILE", "true", "must be Yes or No")]
    [InlineData("DEFAULT_PROFILE", "1", "must be Yes or No")]
    [InlineData("DEFAULT_PROFILE", "Y", "must be Yes or No")]
    [InlineData("DEFAULT_PROFILE", "Append", "must be Yes or No")]
    [InlineData("OVERWRITE_PROFILE", "Replace", "must be Yes, No or Append")]
    [InlineData("CACHED_MODE", "On", "must be Off, Full or HeadersOnly")]
    [InlineData("USE_HTTP", "Yes", "must be 1 or 0 (or empty for the default)")]
    [InlineData("ENCRYPT_RPC", "2", "must be 1 or 0 (or empty for the default)")]
    public void Bad_keyword_values_are_errors(string name, string value, string allowed)
    {
        Assert.Equal($"{name} '{value}' {allowed}", SingleError(Props((name, value))).Message);
    }

    [Theory]
    [InlineData("PROFILE_NAME", "Outlook\r\nAnywhere")]
    [InlineData("PROFILE_NAME", "[General]")]
    [InlineData("PROFILE_NAME", @"a\b")]
    [InlineData("PROFILE_NAME", " padded")]
    [InlineData("MAILBOX_NAME", "user\n")]
    public void Text_that_would_break_the_PRF_is_an_error(string name, string value)
    {
        Assert.Equal(name, SingleError(Props((name, value))).Input);
    }

    [Fact]
    public void A_profile_name_longer_than_64_characters_is_an_error()
    {
        Assert.Null(Record.Exception(() => ClientProperties.Parse(Props(("PROFILE_NAME", new string('p', 64))))));
        Assert.Equal("PROFILE_NAME", SingleError(Props(("PROFILE_NAME", new string('p', 65)))).Input);
    }

    [Fact]
    public void All_errors_of_one_input_set_are_reported_together()
    {
        var errors = Assert.Throws<InputException>(() => ClientProperties.Parse(new Dictionary<string, string>
        {
            ["PROXY_SERVER"] = "https://mail", ["PROXY_PRINCIPAL"] = "mail", ["PROXY_AUTH"] = "Digest",
            ["CACHED_MODE"] = "x", ["DEFAULT_PROFILE"] = "x",
        })).Errors;
        Assert.Equal(["EXCHANGE_SERVER", "DEFAULT_PROFILE", "PROXY_SERVER", "PROXY_PRINCIPAL", "PROXY_AUTH", "CACHED_MODE"], errors.Select(e => e.Input));
    }
}
