namespace OutlookAnywhere.Logic;

/// <summary>
/// How a <see cref="CachedMode"/> is written into a PRF. Everything here is UNCONFIRMED by a primary
/// source: verify on a real Outlook (MFCMAPI, profile section 13dbb0c8aa05101a9bb000aa002fc45a and
/// 0a0d020000000000c000000000000046) before relying on it. Kept in one place so a correction is one edit.
/// <para>Sources found (search corpora "code"/"pages"):</para>
/// <list type="bullet">
/// <item>Key names and tags: <c>CachedExchangeConfigFlags=PT_LONG,0x6629</c> in <c>[Exchange Global Section]</c>, and
/// <c>CachedExchangeMode=PT_LONG,0x041f</c> in <c>[Microsoft Outlook Client]</c>
/// (<c>SectionGUID=0a0d020000000000c000000000000046</c>), both present in several independent copies of the
/// OCT-generated mapping sections (e.g. public PowerShell and AutoIt PRF generators; docs/DOMAIN.md §2).</item>
/// <item>Value of <c>CachedExchangeConfigFlags</c> when cached: unconfirmed. <c>0x180</c> is Microsoft's documented
/// CONFIG_OST_CACHE_PRIVATE flag of PR_PROFILE_CONFIG_FLAGS (0x6601) (MAPI docs, "HrEmsmdbUIDFromStore" sample in
/// MicrosoftDocs/office-developer-client-docs); that 0x6629 uses the same flag is an inference, not a fact.</item>
/// <item>Values of <c>CachedExchangeMode</c>: Headers = 1, FullItems = 2 (Drizzle = 3 = headers, then full items),
/// from a <c>CacheSyncMode</c> enum in a public diagnostics script; that these are the values of 0x041f is unconfirmed.</item>
/// </list>
/// </summary>
public static class CachedModeProfileValues
{
    /// <summary>Value for <c>CachedExchangeConfigFlags</c> (0x6629). Unconfirmed (see the class comment).</summary>
    public static int ConfigFlags(CachedMode mode) => mode == CachedMode.Off ? 0 : 0x180;

    /// <summary>Value for <c>CachedExchangeMode</c> (0x041f), or null for Off (nothing to download). Unconfirmed.</summary>
    public static int? DownloadMode(CachedMode mode) => mode switch
    {
        CachedMode.HeadersOnly => 1,
        CachedMode.Full => 2,
        _ => null,
    };
}
