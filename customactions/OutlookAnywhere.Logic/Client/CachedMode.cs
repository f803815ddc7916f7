namespace OutlookAnywhere.Logic;

/// <summary>Cached Exchange Mode for the profile (CACHED_MODE).</summary>
public enum CachedMode
{
    /// <summary>Online mode: no local copy of the mailbox.</summary>
    Off,
    /// <summary>Cached Exchange Mode, downloading full items.</summary>
    Full,
    /// <summary>Cached Exchange Mode, downloading headers only (laptops on slow links).</summary>
    HeadersOnly,
}
