namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// Evaluates the part of Windows Installer's "Conditional Statement Syntax" the generated client conditions use:
/// NOT, AND, OR, parentheses, property names, "string" literals and integers, the comparison operators
/// = &lt;&gt; and the substring operators &gt;&lt; (contains), &lt;&lt; (starts with), &gt;&gt; (ends with), each with an optional
/// ~ prefix for a case-insensitive comparison. A bare property is true when it is not empty. Anything else throws, so
/// a condition this cannot read fails the test instead of being guessed at.
/// </summary>
public sealed class MsiCondition
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, string> _properties;
    private int _position;

    private MsiCondition(string text, IReadOnlyDictionary<string, string> properties)
    {
        _text = text;
        _properties = properties;
    }

    public static bool Evaluate(string condition, IReadOnlyDictionary<string, string> properties)
    {
        var parser = new MsiCondition(condition, properties);
        var result = parser.Or();
        parser.SkipSpaces();
        if (parser._position != condition.Length) throw parser.Error("end of condition");
        return result;
    }

    private bool Or()
    {
        var value = And();
        while (Keyword("OR")) value = And() | value;
        return value;
    }

    private bool And()
    {
        var value = Not();
        while (Keyword("AND")) value = Not() & value;
        return value;
    }

    private bool Not() => Keyword("NOT") ? !Not() : Comparison();

    private bool Comparison()
    {
        SkipSpaces();
        if (Peek() == '(')
        {
            _position++;
            var inner = Or();
            SkipSpaces();
            if (Peek() != ')') throw Error("')'");
            _position++;
            return inner;
        }
        var (left, leftIsProperty) = Operand();
        SkipSpaces();
        var ignoreCase = Peek() == '~';
        if (ignoreCase) _position++;
        var op = new[] { "><", "<<", ">>", "<>", "=" }.FirstOrDefault(o => string.CompareOrdinal(_text, _position, o, 0, o.Length) == 0);
        if (op is null)
        {
            if (ignoreCase) throw Error("an operator after '~'");
            return leftIsProperty ? left.Length > 0 : left.Length > 0 && left != "0";
        }
        _position += op.Length;
        var (right, _) = Operand();
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return op switch
        {
            "=" => string.Equals(left, right, comparison),
            "<>" => !string.Equals(left, right, comparison),
            "><" => left.Contains(right, comparison),
            "<<" => left.StartsWith(right, comparison),
            ">>" => left.EndsWith(right, comparison),
            _ => throw Error("an operator"),
        };
    }

    private (string Value, bool IsProperty) Operand()
    {
        SkipSpaces();
        var start = _position;
        if (Peek() == '"')
        {
            var end = _text.IndexOf('"', start + 1);
            if (end < 0) throw Error("a closing '\"'");
            _position = end + 1;
            return (_text[(start + 1)..end], false);
        }
        if (Peek() is { } c && (char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            while (Peek() is { } d && (char.IsAsciiLetterOrDigit(d) || d is '_' or '.')) _position++;
            var token = _text[start.._position];
            if (token.All(char.IsAsciiDigit)) return (token, false);
            if (token is "NOT" or "AND" or "OR" or "XOR" or "EQV" or "IMP") throw Error("an operand");
            return (_properties.GetValueOrDefault(token, ""), true);
        }
        throw Error("an operand");
    }

    private bool Keyword(string keyword)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) != 0) return false;
        var after = _position + keyword.Length;
        if (after < _text.Length && (char.IsAsciiLetterOrDigit(_text[after]) || _text[after] == '_')) return false;
        _position = after;
        return true;
    }

    private char? Peek() => _position < _text.Length ? _text[_position] : null;

    private void SkipSpaces()
    {
        while (Peek() == ' ') _position++;
    }

    private InvalidOperationException Error(string expected) =>
        new($"Condition '{_text}': expected {expected} at {_position}.");
}
