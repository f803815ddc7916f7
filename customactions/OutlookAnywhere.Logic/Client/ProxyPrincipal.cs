namespace OutlookAnywhere.Logic;

/// <summary>
/// The proxy principal name Outlook checks the proxy's certificate against when mutual
/// authentication is on: <c>msstd:</c> followed by the name in the certificate.
/// </summary>
public static class ProxyPrincipal
{
    public const string Prefix = "msstd:";

    /// <summary>What <see cref="Check"/> accepts, as said in error messages.</summary>
    public const string AllowedText =
        "must be 'msstd:' followed by the host name in the proxy's certificate (a '*.' wildcard certificate name is allowed), e.g. msstd:mail.contoso.com";

    /// <summary>The default principal: <c>msstd:</c> + the proxy host, for a certificate issued to that host.</summary>
    public static string FromHost(string proxyHost) => Prefix + proxyHost;

    /// <summary>Returns an error unless the value is <c>msstd:</c> + a DNS name (or <c>*.</c> + a DNS name).</summary>
    public static InputError? Check(string input, string value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal)) return new InputError(input, value, AllowedText);
        var name = value.Substring(Prefix.Length);
        if (name.StartsWith("*.", StringComparison.Ordinal)) name = name.Substring(2);
        return name.Length > 0 && HostName.CheckDomain(input, name) is null ? null : new InputError(input, value, AllowedText);
    }
}
