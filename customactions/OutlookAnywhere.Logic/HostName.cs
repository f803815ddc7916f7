namespace OutlookAnywhere.Logic;

/// <summary>
/// Host names as they appear in <c>ValidPorts</c>: a NetBIOS computer name (<c>ex01</c>) or a DNS
/// name (<c>ex01.contoso.com</c>). Only letters, digits and '-' are allowed (RFC 1123), so nothing
/// that could be read as a scheme, path, port, list separator or wildcard ever reaches the allow-list.
/// </summary>
public static class HostName
{
    /// <summary>Longest NetBIOS computer name.</summary>
    public const int MaxNetBiosLength = 15;

    /// <summary>What <see cref="Check"/> accepts, as said in error messages.</summary>
    public const string AllowedText =
        "must be a NetBIOS name (1-15 letters, digits, '-') or a DNS name (labels of 1-63 letters, digits, '-', separated by '.'), without scheme, path, port or wildcard, e.g. ex01 or ex01.contoso.com";

    /// <summary>What <see cref="CheckDomain"/> accepts, as said in error messages.</summary>
    public const string DomainAllowedText =
        "must be a DNS domain name (labels of 1-63 letters, digits, '-', separated by '.'), without scheme, path or wildcard, e.g. contoso.com";

    /// <summary>Returns an error when <paramref name="value"/> is not a NetBIOS name or a DNS name; null when it is.</summary>
    /// <param name="input">Name of the property or field, used in the error message.</param>
    public static InputError? Check(string input, string value)
    {
        if (!IsDnsName(value)) return new InputError(input, value, AllowedText);
        if (!IsFqdn(value) && value.Length > MaxNetBiosLength) return new InputError(input, value, AllowedText);
        return null;
    }

    /// <summary>Returns an error when <paramref name="value"/> is not a DNS domain name (one or more labels); null when it is.</summary>
    public static InputError? CheckDomain(string input, string value) =>
        IsDnsName(value) ? null : new InputError(input, value, DomainAllowedText);

    /// <summary>True when the host has a dot, i.e. is a DNS name rather than a NetBIOS name.</summary>
    public static bool IsFqdn(string host) => host.Contains('.');

    /// <summary>
    /// The NetBIOS name of a host: the first label of a DNS name, cut to 15 characters as Windows
    /// does when it derives a computer's NetBIOS name from its host name. Case is kept.
    /// </summary>
    public static string NetBiosPart(string host)
    {
        var dot = host.IndexOf('.');
        var label = dot < 0 ? host : host.Substring(0, dot);
        return label.Length > MaxNetBiosLength ? label.Substring(0, MaxNetBiosLength) : label;
    }

    private static bool IsDnsName(string value)
    {
        if (value.Length is 0 or > 253) return false;
        var labels = value.Split('.');
        if (!labels.All(IsLabel)) return false;
        // A numeric last label means an IP address (no top-level domain is numeric): it has no NetBIOS/FQDN pair.
        return !labels[labels.Length - 1].All(AsciiText.IsDigit);
    }

    private static bool IsLabel(string label) =>
        label.Length is >= 1 and <= 63
        && label[0] != '-' && label[label.Length - 1] != '-'
        && label.All(c => AsciiText.IsLetterOrDigit(c) || c == '-');
}
