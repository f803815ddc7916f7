using System.Text.Json;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// Field names a division file may use: the top-level fields and, per package section, the
/// package's public properties (<see cref="ServerProperties.Definitions"/>,
/// <see cref="ClientProperties.Definitions"/>). A typo is an error, never ignored: an ignored
/// "PROXYSERVER" would silently ship the package default to a whole division.
/// </summary>
public static class DivisionFieldNames
{
    public static IReadOnlyList<string> TopLevel { get; } = ["$schema", "division", "description", "server", "client", "features"];

    /// <summary>Unknown and duplicated names, anywhere in the file (feature ids are checked against the package when building).</summary>
    public static IReadOnlyList<DivisionError> Check(string file, JsonElement root)
    {
        var errors = new List<DivisionError>();
        if (root.ValueKind != JsonValueKind.Object) return errors;
        CheckObject(file, root, "", TopLevel, "is not a division-file field", errors);
        foreach (var package in PackageNames.All)
        {
            var section = PackageNames.SectionOf(package);
            if (root.TryGetProperty(section, out var properties) && properties.ValueKind == JsonValueKind.Object)
                CheckObject(file, properties, section + ".", PackageNames.DefinitionsOf(package).Select(d => d.Name).ToArray(),
                    $"is not a {section} package property", errors);
        }
        if (root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Object)
        {
            CheckObject(file, features, "features.", ["server", "client"], "is not a package", errors);
            foreach (var levels in features.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
                CheckObject(file, levels.Value, $"features.{levels.Name}.", null, "", errors);
        }
        return errors;
    }

    /// <param name="known">Allowed names, or null when any name is allowed (only duplicates are checked).</param>
    private static void CheckObject(string file, JsonElement element, string prefix, IReadOnlyList<string>? known, string what, List<DivisionError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var field = prefix + property.Name;
            // JSON allows a name twice and the last one would win silently: refuse it instead.
            if (!seen.Add(property.Name))
                errors.Add(new DivisionError(file, field, null, "appears more than once; keep one"));
            else if (known is not null && !known.Contains(property.Name, StringComparer.Ordinal))
                errors.Add(new DivisionError(file, field, null, $"{what}{Suggestion(property.Name, known)}; allowed: {string.Join(", ", known)}"));
        }
    }

    /// <summary>" (did you mean PROXY_SERVER?)" when the name differs from a known one only in case, '_' or '-'.</summary>
    private static string Suggestion(string name, IReadOnlyList<string> known)
    {
        static string Loose(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        var match = known.FirstOrDefault(k => Loose(k) == Loose(name));
        return match is null ? "" : $" (did you mean {match}?)";
    }
}
