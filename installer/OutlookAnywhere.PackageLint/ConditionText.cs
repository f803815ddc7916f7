namespace OutlookAnywhere.PackageLint;

/// <summary>Property names read by a Windows Installer conditional expression ("Conditional Statement Syntax").</summary>
internal static class ConditionText
{
    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "NOT", "AND", "OR", "XOR", "EQV", "IMP" };

    public static IEnumerable<string> PropertiesIn(string? condition)
    {
        if (condition is null)
        {
            yield break;
        }

        var position = 0;
        while (position < condition.Length)
        {
            var character = condition[position];
            if (character == '"')
            {
                // A string literal: "[PROP]" inside quotes is text, not a property read.
                var closing = condition.IndexOf('"', position + 1);
                position = closing < 0 ? condition.Length : closing + 1;
            }
            else if (IsIdentifierStart(character))
            {
                var start = position;
                while (position < condition.Length && IsIdentifierPart(condition[position]))
                {
                    position++;
                }

                var identifier = condition[start..position];
                // %ENV is an environment variable; $ ? & ! prefix component and feature names.
                var sigil = start > 0 ? condition[start - 1] : ' ';
                if (sigil is not ('%' or '$' or '?' or '&' or '!') && !Operators.Contains(identifier))
                {
                    yield return identifier;
                }
            }
            else if (char.IsAsciiDigit(character))
            {
                // A number such as 600 or a version-like 6.1: never a property.
                while (position < condition.Length && (char.IsAsciiLetterOrDigit(condition[position]) || condition[position] is '.' or '_'))
                {
                    position++;
                }
            }
            else
            {
                position++;
            }
        }
    }

    private static bool IsIdentifierStart(char character) => char.IsAsciiLetter(character) || character == '_';

    private static bool IsIdentifierPart(char character) => char.IsAsciiLetterOrDigit(character) || character is '_' or '.';
}
