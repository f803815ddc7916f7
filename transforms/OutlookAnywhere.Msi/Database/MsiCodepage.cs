using System.Text;

namespace OutlookAnywhere.Msi;

/// <summary>Maps the string pool's codepage number to a .NET encoding.</summary>
internal static class MsiCodepage
{
    static MsiCodepage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Codepage used for a neutral (0) string pool.</summary>
    public const int NeutralFallback = 1252;

    /// <summary>
    /// The encoding for <paramref name="codepage"/>. Codepage 0 ("neutral") means the system's
    /// ANSI codepage; it is read as Windows-1252 because that is what wixl writes under codepage 0
    /// on these machines, what msitools reads back, and what a Western Windows uses.
    /// </summary>
    public static Encoding For(int codepage, string source)
    {
        if (codepage == 65001) return new UTF8Encoding(false, false);
        if (codepage == 0) codepage = NeutralFallback;
        try
        {
            return Encoding.GetEncoding(codepage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new MsiFormatException(source, $"string pool codepage {codepage} is not a known Windows codepage", e);
        }
    }
}
