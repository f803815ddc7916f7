using System.Globalization;
using System.Text;

namespace OutlookAnywhere.Logic;

/// <summary>
/// Encodes a string that may be null (= "registry value absent") as one line of text without
/// <c>|</c>, <c>;</c>, CR or LF, and decodes it exactly. Used for the <see cref="InstallRecord"/> and
/// for passing a value through CustomActionData, which cannot tell null from "".
/// Encoding: null = <c>-</c>; otherwise <c>=</c> followed by the text with <c>%</c>, <c>|</c>,
/// <c>;</c>, CR, LF and <c>[</c>/<c>]</c> (MSI formatting brackets) as <c>%XX</c>.
/// </summary>
public static class StoredText
{
    private const string Escaped = "%|;\r\n[]";

    public static string Encode(string? value)
    {
        if (value is null) return "-";
        var text = new StringBuilder("=");
        foreach (var c in value)
            text.Append(Escaped.Contains(c) ? $"%{(int)c:X2}" : c.ToString());
        return text.ToString();
    }

    /// <exception cref="FormatException">The text was not made by <see cref="Encode"/>.</exception>
    public static string? Decode(string encoded)
    {
        if (encoded == "-") return null;
        if (encoded.Length == 0 || encoded[0] != '=') throw new FormatException($"'{encoded}' is not an encoded text (must start with '=' or be '-').");
        var text = new StringBuilder();
        for (var i = 1; i < encoded.Length; i++)
        {
            if (encoded[i] != '%') { text.Append(encoded[i]); continue; }
            if (i + 2 >= encoded.Length
                || !int.TryParse(encoded.Substring(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                throw new FormatException($"'{encoded}' has a bad escape at position {i}.");
            text.Append((char)code);
            i += 2;
        }
        return text.ToString();
    }
}
