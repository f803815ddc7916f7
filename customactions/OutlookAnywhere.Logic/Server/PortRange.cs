namespace OutlookAnywhere.Logic;

/// <summary>
/// A TCP port or an inclusive range of ports, as written in an RpcProxy <c>ValidPorts</c> entry
/// (<c>6004</c> or <c>6001-6002</c>).
/// </summary>
public readonly record struct PortRange(int Low, int High)
{
    /// <summary>What <see cref="Parse"/> accepts, as said in error messages.</summary>
    public const string AllowedText =
        "must be a port (1-65535) or a range low-high with low <= high, digits only, e.g. 6001-6002";

    /// <summary>
    /// Parses <c>6001</c> or <c>6001-6002</c>. Digits only: no spaces, signs, wildcards or leading
    /// zeros, because the text ends up verbatim in an access-control list.
    /// </summary>
    /// <param name="input">Name of the property or field, used in the error message.</param>
    /// <exception cref="InputException">The value is not a valid port or range.</exception>
    public static PortRange Parse(string input, string value)
    {
        var error = TryParse(input, value, out var range);
        if (error is not null) throw new InputException([error]);
        return range;
    }

    /// <summary>Like <see cref="Parse"/>, but returns the error instead of throwing, so callers can collect all errors.</summary>
    public static InputError? TryParse(string input, string value, out PortRange range)
    {
        range = default;
        if (!TryParse(value, out var parsed)) return new InputError(input, value, AllowedText);
        range = parsed;
        return null;
    }

    /// <summary>Parses without an input name; false for anything <see cref="Parse"/> would reject.</summary>
    public static bool TryParse(string? value, out PortRange range)
    {
        range = default;
        if (value is null || value.Length == 0) return false;
        var dash = value.IndexOf('-');
        var lowText = dash < 0 ? value : value.Substring(0, dash);
        var highText = dash < 0 ? value : value.Substring(dash + 1);
        if (!TryParsePort(lowText, out var low) || !TryParsePort(highText, out var high) || low > high) return false;
        range = new PortRange(low, high);
        return true;
    }

    private static bool TryParsePort(string text, out int port)
    {
        port = 0;
        // At most 5 digits keeps int.Parse away from overflow; "0..." is refused so that equal ranges are equal text.
        if (text.Length is 0 or > 5 || text[0] == '0' || !text.All(AsciiText.IsDigit)) return false;
        port = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return port <= 65535;
    }

    /// <summary>True when this is one port rather than a range.</summary>
    public bool IsSinglePort => Low == High;

    /// <summary><c>6004</c> for a single port, <c>6001-6002</c> for a range.</summary>
    public override string ToString() => IsSinglePort ? Low.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Low}-{High}";

    /// <summary>True when every port of <paramref name="other"/> is inside this range.</summary>
    public bool Contains(PortRange other) => Low <= other.Low && other.High <= High;

    /// <summary>True when the two ranges share at least one port.</summary>
    public bool Overlaps(PortRange other) => Low <= other.High && other.Low <= High;
}
