using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace OutlookAnywhere.Transforms;

/// <summary>
/// <c>division.schema.json</c> (embedded in the tool) and the translation of its findings into
/// <see cref="DivisionError"/>s: the schema library says "Value should match one of the values
/// specified by the enum"; an administrator needs the field, the value and the allowed values.
/// Unknown field names are left to <see cref="DivisionFieldNames"/>, which can say which names exist.
/// </summary>
public sealed class DivisionSchema
{
    public const string ResourceName = "division.schema.json";

    private readonly JsonSchema _schema;
    private readonly Dictionary<string, string[]> _enums;

    private DivisionSchema(string text)
    {
        _schema = JsonSchema.FromText(text);
        _enums = ReadEnums(text);
    }

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
            [_, _] when _enums.TryGetValue(field, out var choices) => $"must be one of: {string.Join(", ", choices)}",
            _ => "must be an object",
        };
        return new DivisionError(file, field, value, allowed);
    }

    /// <summary>Allowed values per field ("client.PROXY_AUTH" -> Basic, NTLM), for messages.</summary>
    private static Dictionary<string, string[]> ReadEnums(string text)
    {
        using var document = JsonDocument.Parse(text);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var section in document.RootElement.GetProperty("properties").EnumerateObject())
        {
            if (!section.Value.TryGetProperty("properties", out var properties)) continue;
            foreach (var property in properties.EnumerateObject())
                if (property.Value.TryGetProperty("enum", out var choices))
                    result[$"{section.Name}.{property.Name}"] = choices.EnumerateArray().Select(c => c.GetString() ?? "").ToArray();
        }
        return result;
    }
}
