using System.Reflection;
using System.Text.Json;
using Json.Schema;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// <c>division.schema.json</c> (embedded in the tool) and the translation of its findings into
/// <see cref="DivisionError"/>s: the schema library says "Value should match one of the values
/// specified by the enum"; an administrator needs the field, the value and the allowed values, in the
/// same words the package uses for the same property (its definition's Allowed text).
/// Unknown field names are left to <see cref="DivisionFieldNames"/>, which can say which names exist.
/// </summary>
public sealed class DivisionSchema
{
    public const string ResourceName = "division.schema.json";

    private readonly JsonSchema _schema;

    private DivisionSchema(string text) => _schema = JsonSchema.FromText(text);

    /// <summary>The schema shipped inside the tool.</summary>
    public static DivisionSchema Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new DivisionSchema(reader.ReadToEnd());
    }

    /// <summary>Every schema violation of <paramref name="root"/>, one error per field.</summary>
    public IReadOnlyList<DivisionError> Check(string file, JsonElement root)
    {
        var results = _schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        var errors = new List<DivisionError>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 }) continue;
            // "additionalProperties": false -> an unknown name; reported with the known names instead.
            if (detail.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal) && detail.Errors.ContainsKey("")) continue;
            var segments = JsonLocation.Segments(detail.InstanceLocation.ToString());
            foreach (var keyword in detail.Errors.Keys)
            {
                var error = Translate(file, segments, keyword, root);
                if (!errors.Any(e => e.Field == error.Field)) errors.Add(error);
            }
        }
        return errors;
    }

    private DivisionError Translate(string file, IReadOnlyList<string> segments, string keyword, JsonElement root)
    {
        if (keyword == "required")
            return new DivisionError(file, "division", null, "is required: the division id, the file name without .json, e.g. head-office");
        var field = JsonLocation.Field(segments);
        var value = JsonLocation.Find(root, segments) is { } element ? JsonLocation.Show(element) : null;
        string allowed = segments switch
        {
            ["division"] => "must be the division id: lowercase letters, digits and '-' (at most 63), e.g. head-office",
            ["description" or "$schema"] => "must be a string",
            ["features", _, _] => "must be a feature install level: a whole number 0-32767 (0 turns the feature off)",
            [_, _] when keyword == "type" => "must be a string in quotes: package properties are text",
            [_, _] when keyword == "minLength" => "must not be empty: leave the property out to keep the package default",
            [var section, var name] when Definition(section, name) is { } definition => definition.Allowed,
            _ => "must be an object",
        };
        return new DivisionError(file, field, value, allowed);
    }

    /// <summary>The package property a division file's <c>section.NAME</c> sets, if there is one.</summary>
    private static PropertyDefinition? Definition(string section, string name) =>
        PackageNames.All.Where(p => PackageNames.SectionOf(p) == section)
            .SelectMany(PackageNames.DefinitionsOf).FirstOrDefault(d => d.Name == name);
}
