using System.Text.RegularExpressions;

namespace OutlookAnywhere.Packaging;

/// <summary>
/// installer/PostBuild/*.sql: one SQL statement per line; blank lines and "--" comments are skipped. <c>$(var.Name)</c>
/// is replaced by the platform's variable (<see cref="PackagePlatform.Variables"/>), as wixl does in the .wxs;
/// <c>$(var.Name + N)</c> adds a number to a numeric variable, because msibuild's SQL has no arithmetic and attribute
/// columns hold sums of bits (e.g. 64-bit + transitive + registry key path).
/// </summary>
public static partial class PostBuildStatements
{
    public static IReadOnlyList<string> Read(string path, IReadOnlyDictionary<string, string> variables) =>
        File.ReadAllLines(path)
            .Select((line, index) => (Text: line.Trim(), Number: index + 1))
            .Where(line => line.Text.Length > 0 && !line.Text.StartsWith("--", StringComparison.Ordinal))
            .Select(line => Substitute(line.Text, variables, $"{path}:{line.Number}"))
            .ToList();

    public static string Substitute(string statement, IReadOnlyDictionary<string, string> variables, string where) =>
        Variable().Replace(statement, match =>
        {
            var name = match.Groups["name"].Value;
            if (!variables.TryGetValue(name, out var value))
                throw new PackagingException($"{where}: $(var.{name}) is not defined; defined: {string.Join(", ", variables.Keys)}");
            if (!match.Groups["add"].Success) return value;
            if (!int.TryParse(value, out var number))
                throw new PackagingException($"{where}: $(var.{name} + {match.Groups["add"].Value}) needs a number, but {name} is '{value}'");
            return (number + int.Parse(match.Groups["add"].Value)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    [GeneratedRegex(@"\$\(var\.(?<name>\w+)(?:\s*\+\s*(?<add>\d+))?\)")]
    private static partial Regex Variable();
}
