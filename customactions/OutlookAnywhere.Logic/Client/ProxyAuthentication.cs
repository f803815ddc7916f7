namespace OutlookAnywhere.Logic;

/// <summary>PR_ROH_PROXY_AUTH_SCHEME (0x6627) values: how Outlook authenticates to the RPC proxy.</summary>
public enum ProxyAuthentication
{
    /// <summary>ROHAUTH_BASIC: the password travels in clear text inside the connection, so only over SSL.</summary>
    Basic = 1,
    /// <summary>ROHAUTH_NTLM.</summary>
    Ntlm = 2,
}
