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
}
