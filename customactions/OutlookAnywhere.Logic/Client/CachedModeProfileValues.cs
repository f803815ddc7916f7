namespace OutlookAnywhere.Logic;

/// <summary>
/// How a <see cref="CachedMode"/> is applied: in a PRF (Outlook 2002 to 2013) and as the Outlook 2016+ policy. Kept in one
/// place so a correction is one edit (docs/DOMAIN.md §2, Cached Exchange Mode).
/// <list type="bullet">
/// <item>PRF: <c>CachedExchangeMode=PT_LONG,0x041f</c> in <c>[Microsoft Outlook Client]</c>
/// (<c>SectionGUID=0a0d020000000000c000000000000046</c>), as in several independent copies of the OCT-generated mapping
/// sections. Its values 1 = download headers, 2 = download full items are those of the policy's enum below (outlk16.admx,
/// "Cached Exchange Mode (File | Cached Exchange Mode)"), which this property backs; a public diagnostics script's
/// CacheSyncMode enum agrees. Off writes no [ServiceX] at all, so the account stays online.</item>
/// <item><c>CachedExchangeConfigFlags</c> (0x6629) is NOT written: no source gives its values (0x180 belongs to
/// PR_PROFILE_CONFIG_FLAGS, 0x6601, a different property).</item>
/// <item>Outlook 2016 and later: <c>HKCU\Software\Policies\Microsoft\Office\16.0\Outlook\Cached Mode</c>, DWORD
/// <c>Enable</c> 1/0 ("Use Cached Exchange Mode for new and existing Outlook profiles") and DWORD
/// <c>CachedExchangeMode</c> 1/2/3 (outlk16.admx).</item>
/// </list>
/// </summary>
public static class CachedModeProfileValues
{
    /// <summary>Value for <c>CachedExchangeMode</c> (PRF 0x041f and the 16.0 policy), or null for Off (nothing to download).</summary>
    public static int? DownloadMode(CachedMode mode) => mode switch
    {
        CachedMode.HeadersOnly => 1,
        CachedMode.Full => 2,
        _ => null,
    };

    /// <summary>The 16.0 policy's <c>Enable</c> DWORD: 1 = use Cached Exchange Mode, 0 = online.</summary>
    public static int PolicyEnable(CachedMode mode) => mode == CachedMode.Off ? 0 : 1;
}
