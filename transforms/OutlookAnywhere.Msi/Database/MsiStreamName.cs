using System.Text;

namespace OutlookAnywhere.Msi;

/// <summary>
/// The MSI stream-name packing: Compound File names are limited to 31 characters, so Windows
/// Installer packs two characters of [0-9A-Za-z._] into one code unit in U+3800..U+47FF, one such
/// character alone into U+4800..U+483F, and marks table streams with the prefix U+4840.
/// Other characters are stored unchanged.
/// </summary>
public static class MsiStreamName
{
    /// <summary>The code unit that starts every table stream name.</summary>
    public const char TablePrefix = '\u4840';

    /// <summary>Longest stored name a Compound File entry may have.</summary>
    public const int MaxStoredLength = 31;

    /// <summary>Encodes <paramref name="name"/>; table streams get the U+4840 prefix.</summary>
    /// <exception cref="ArgumentException">The encoded name would exceed 31 characters.</exception>
    public static string Encode(string name, bool isTable)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new StringBuilder(name.Length + 1);
        if (isTable) result.Append(TablePrefix);
        for (int i = 0; i < name.Length; i++)
        {
            int first = ToSixBits(name[i]);
            if (first < 0)
            {
                result.Append(name[i]);
                continue;
            }
            int second = i + 1 < name.Length ? ToSixBits(name[i + 1]) : -1;
            if (second >= 0)
            {
                result.Append((char)(0x3800 + first + (second << 6)));
                i++;
            }
            else
            {
                result.Append((char)(0x4800 + first));
            }
        }
        if (result.Length > MaxStoredLength)
            throw new ArgumentException($"MSI stream name '{name}' encodes to {result.Length} characters; a Compound File entry allows at most {MaxStoredLength}", nameof(name));
        return result.ToString();
    }

    /// <summary>Decodes a stored name; a table prefix is dropped (see <see cref="IsTable"/>).</summary>
    public static string Decode(string storedName)
    {
        ArgumentNullException.ThrowIfNull(storedName);
        var result = new StringBuilder(storedName.Length * 2);
        int start = IsTable(storedName) ? 1 : 0;
        for (int i = start; i < storedName.Length; i++)
        {
            int c = storedName[i];
            if (c >= 0x3800 && c < 0x4800)
            {
                c -= 0x3800;
                result.Append(FromSixBits(c & 0x3F));
                result.Append(FromSixBits((c >> 6) & 0x3F));
            }
            else if (c >= 0x4800 && c < 0x4840)
            {
                result.Append(FromSixBits(c - 0x4800));
            }
            else
            {
                result.Append((char)c);
            }
        }
        return result.ToString();
    }

    /// <summary>True if the stored name carries the table-stream prefix U+4840.</summary>
    public static bool IsTable(string storedName) => storedName.Length > 0 && storedName[0] == TablePrefix;

    private static int ToSixBits(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        >= 'a' and <= 'z' => c - 'a' + 36,
        '.' => 62,
        '_' => 63,
        _ => -1,
    };

    private static char FromSixBits(int value) => value switch
    {
        < 10 => (char)('0' + value),
        < 36 => (char)('A' + value - 10),
        < 62 => (char)('a' + value - 36),
        62 => '.',
        _ => '_',
    };
}
