namespace OutlookAnywhere.Logic;

/// <summary>The client package's validated inputs (see <see cref="ClientProperties"/> for names and defaults).</summary>
/// <param name="ExchangeServer">Home server of the mailbox, preferably its FQDN (PRF <c>HomeServer</c>).</param>
/// <param name="MailboxName">Mailbox alias; <c>%UserName%</c> is expanded by Outlook for each user.</param>
/// <param name="ProfileName">Name of the Outlook profile the PRF creates or changes.</param>
/// <param name="DefaultProfile">Make it the default profile.</param>
/// <param name="OverwriteProfile">What happens to an existing profile with the same name.</param>
/// <param name="ProxyServer">RPC proxy host, without scheme or path (PR_ROH_PROXY_SERVER).</param>
/// <param name="ProxyPrincipal">Expected certificate name, <c>msstd:host</c> (PR_ROH_PROXY_PRINCIPAL_NAME).</param>
/// <param name="EncryptRpc">Encrypt data between Outlook and Exchange ("Encrypt information").</param>
/// <param name="AllowBasicWithoutSsl">Override: accept Basic authentication without SSL_ONLY.</param>
public sealed record ClientSettings(
    string ExchangeServer,
    string MailboxName,
    string ProfileName,
    bool DefaultProfile,
    ProfileOverwrite OverwriteProfile,
    string ProxyServer,
    string ProxyPrincipal,
    bool UseHttp,
    bool SslOnly,
    bool MutualAuth,
    bool HttpFirstOnFast,
    bool HttpFirstOnSlow,
    ProxyAuthentication ProxyAuthentication,
    CachedMode CachedMode,
    bool EncryptRpc,
    bool AllowBasicWithoutSsl)
{
    /// <summary>PR_ROH_FLAGS for the five switches.</summary>
    public int RohFlags => RohFlagsCalculator.Compute(UseHttp, SslOnly, MutualAuth, HttpFirstOnFast, HttpFirstOnSlow);

    /// <summary>The Outlook 2016+ policy <c>proxyserverflags</c>, or null when outlk16.admx offers no value for the switches.</summary>
    public int? PolicyRohFlags => RohFlagsCalculator.PolicyValue(UseHttp, SslOnly, MutualAuth, HttpFirstOnFast, HttpFirstOnSlow);
}
