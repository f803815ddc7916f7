using System.Text.RegularExpressions;

namespace OutlookAnywhere.PackageLint;

/// <summary>Property references in a Windows Installer formatted string ("Formatted" data type).</summary>
internal static partial class FormattedText
{
    // [NAME] is a property; [#file], [!file], [$component], [%ENV], [\x] and [~] start with a sigil and are not.
    // Nested [[NAME]] still contains [NAME], which is what gets read first.
    [GeneratedRegex(@"\[([A-Za-z_][A-Za-z0-9_.]*)\]")]
    private static partial Regex PropertyReference();

    public static IEnumerable<string> PropertiesIn(string? formatted) =>
        formatted is null
            ? []
            : PropertyReference().Matches(formatted).Select(match => match.Groups[1].Value);
}
