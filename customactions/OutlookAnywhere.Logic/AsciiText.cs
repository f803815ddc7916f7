namespace OutlookAnywhere.Logic;

/// <summary>ASCII character classes (host names, ports): char.IsDigit and IsLetter also accept other scripts' digits and letters.</summary>
public static class AsciiText
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';
    public static bool IsLetterOrDigit(char c) => IsDigit(c) || c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
