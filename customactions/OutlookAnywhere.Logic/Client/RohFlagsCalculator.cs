namespace OutlookAnywhere.Logic;

/// <summary>Turns the five Outlook Anywhere switches into the PR_ROH_FLAGS value.</summary>
public static class RohFlagsCalculator
{
    /// <summary>
    /// The bitwise OR of the switched-on bits (all five = 0x2F = 47). Each switch maps to its own bit
    /// and nothing else: whether a combination makes sense (e.g. mutual authentication without SSL)
    /// is checked by <see cref="ClientProperties.Parse"/>, not here.
    /// </summary>
    public static int Compute(bool useRoh, bool sslOnly, bool mutualAuth, bool httpFirstOnFast, bool httpFirstOnSlow)
    {
        var flags = RohFlags.None;
        if (useRoh) flags |= RohFlags.UseRoh;
        if (sslOnly) flags |= RohFlags.SslOnly;
        if (mutualAuth) flags |= RohFlags.MutualAuth;
        if (httpFirstOnFast) flags |= RohFlags.HttpFirstOnFast;
        if (httpFirstOnSlow) flags |= RohFlags.HttpFirstOnSlow;
        return (int)flags;
    }

    /// <summary>
    /// The values the Outlook 2016+ policy <c>proxyserverflags</c> offers (outlk16.admx, "RPC/HTTP connection flags"): no
    /// RPC over HTTP (0), and with it always "HTTP first on slow networks", SSL on or off, mutual authentication only with
    /// SSL, "HTTP first on fast networks" on or off. Other combinations are not in the template, so the package never writes them.
    /// </summary>
    public static int[] PolicyValues { get; } = { 0, 33, 35, 39, 41, 43, 47 };

    /// <summary>
    /// The <c>proxyserverflags</c> policy value for the five switches: 0 without RPC over HTTP (the other bits mean nothing
    /// then), else the PR_ROH_FLAGS, or null when the template offers no such value (HTTP_FIRST_ON_SLOW=0).
    /// </summary>
    public static int? PolicyValue(bool useRoh, bool sslOnly, bool mutualAuth, bool httpFirstOnFast, bool httpFirstOnSlow)
    {
        var flags = useRoh ? Compute(useRoh, sslOnly, mutualAuth, httpFirstOnFast, httpFirstOnSlow) : 0;
        return Array.IndexOf(PolicyValues, flags) >= 0 ? flags : (int?)null;
    }
}
