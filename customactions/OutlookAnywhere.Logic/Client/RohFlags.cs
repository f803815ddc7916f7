namespace OutlookAnywhere.Logic;

/// <summary>PR_ROH_FLAGS (0x6623) bits, as published in Microsoft's PidTagRpcOverHttpFlags reference.</summary>
[Flags]
public enum RohFlags
{
    None = 0,
    /// <summary>ROHFLAGS_USE_ROH: connect to Exchange using RPC over HTTP.</summary>
    UseRoh = 0x1,
    /// <summary>ROHFLAGS_SSL_ONLY: connect using SSL only.</summary>
    SslOnly = 0x2,
    /// <summary>ROHFLAGS_MUTUAL_AUTH: check the proxy certificate against the principal name.</summary>
    MutualAuth = 0x4,
    /// <summary>ROHFLAGS_HTTP_FIRST_ON_FAST: on fast networks (above 128 kbit/s) try HTTP before TCP/IP.</summary>
    HttpFirstOnFast = 0x8,
    /// <summary>ROHFLAGS_HTTP_FIRST_ON_SLOW: on slow networks try HTTP before TCP/IP.</summary>
    HttpFirstOnSlow = 0x20,
}
