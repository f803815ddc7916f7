using System.Globalization;
using System.Text.Json;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// Reads and checks a division file, in this order: JSON syntax (line and position), the schema,
/// unknown or repeated names, then the same validation the packages run
/// (<see cref="ServerProperties.Parse"/>, <see cref="ClientProperties.Parse"/>) with the file's
/// values over the package defaults. Every error of the file is reported at once; a field that
/// failed an earlier step is not reported again by a later one.
/// </summary>
public sealed class DivisionFileReader
{
    private static readonly JsonDocumentOptions StrictJson = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
    private readonly DivisionSchema _schema = DivisionSchema.Load();

    /// <param name="path">The file, named in every message as given here.</param>
    public DivisionReading Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, new DivisionError(path, "", null, $"cannot be read: {e.Message}"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, StrictJson);
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are 0-based; editors count from 1.
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            // The parser's advice ("Change the reader options.") is for programmers, not for whoever edits the file.
            var reason = e.Message.Split(" LineNumber:", 2)[0].Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
            return Failed(path, new DivisionError(path, "", null,
                string.Create(CultureInfo.InvariantCulture, $"is not valid JSON: line {line}, position {position}: {reason}")));
        }

        using (document)
        {
            var root = document.RootElement;
            var errors = new List<DivisionError>();
            void Add(IEnumerable<DivisionError> found)
            {
                foreach (var error in found)
                    if (!errors.Any(e => e.Field == error.Field)) errors.Add(error);
            }

            Add(_schema.Check(path, root));
            Add(DivisionFieldNames.Check(path, root));
            if (root.ValueKind != JsonValueKind.Object) return new DivisionReading(path, null, errors);

            var division = root.TryGetProperty("division", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? "" : "";
            var expected = Path.GetFileNameWithoutExtension(path);
            if (division.Length > 0 && division != expected)
                Add([new DivisionError(path, "division", division, $"must equal the file name without .json, '{expected}' (the transforms are named after it)")]);

            var sections = new List<DivisionSection>();
            foreach (var package in PackageNames.All)
            {
                var section = ReadSection(path, root, package, errors, Add);
                if (section is not null) sections.Add(section);
            }
            if (sections.Count == 0 && !PackageNames.All.Any(p => root.TryGetProperty(PackageNames.SectionOf(p), out _)))
                Add([new DivisionError(path, "", null, "has neither a server nor a client section: it would produce no transform")]);

            if (errors.Count > 0) return new DivisionReading(path, null, errors);
            var description = root.TryGetProperty("description", out var descriptionElement) ? descriptionElement.GetString() : null;
            return new DivisionReading(path, new DivisionFile(path, division, description, sections), []);
        }
    }

    private static DivisionSection? ReadSection(string path, JsonElement root, PackageKind package, List<DivisionError> errors,
        Action<IEnumerable<DivisionError>> add)
    {
        var name = PackageNames.SectionOf(package);
        var hasFeatures = TryGetObject(root, "features", out var features) && TryGetObject(features, name, out _);
        if (!TryGetObject(root, name, out var element))
        {
            if (hasFeatures)
                add([new DivisionError(path, $"features.{name}", null, $"needs a {name} section: without one no {name} transform is written")]);
            return null;
        }

        // Only well-formed, known values go to the package validation; the others are already reported.
        var definitions = PackageNames.DefinitionsOf(package);
        var properties = new List<KeyValuePair<string, string>>();
        foreach (var property in element.EnumerateObject())
        {
            var field = $"{name}.{property.Name}";
            if (errors.Any(e => e.Field == field) || property.Value.ValueKind != JsonValueKind.String) continue;
            if (!definitions.Any(def => def.Name == property.Name)) continue;
            properties.Add(new(property.Name, property.Value.GetString()!));
        }
        var values = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        try
        {
            if (package == PackageKind.Server) ServerProperties.Parse(values);
            else ClientProperties.Parse(values);
        }
        catch (InputException e)
        {
            // A required property left out has no value to quote: "client.PROXY_SERVER is required: ...".
            add(e.Errors.Select(error => values.ContainsKey(error.Input)
                ? new DivisionError(path, $"{name}.{error.Input}", error.Value, error.Allowed)
                : new DivisionError(path, $"{name}.{error.Input}", error.Value.Length == 0 ? null : error.Value, error.Allowed, IsPackageDefault: error.Value.Length > 0)));
        }

        var levels = new List<KeyValuePair<string, int>>();
        if (hasFeatures)
        {
            foreach (var feature in features.GetProperty(name).EnumerateObject())
                if (feature.Value.ValueKind == JsonValueKind.Number && feature.Value.TryGetInt32(out var level))
                    levels.Add(new(feature.Name, level));
        }
        return new DivisionSection(package, properties, levels);
    }

    private static bool TryGetObject(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;

    private static DivisionReading Failed(string path, DivisionError error) => new(path, null, [error]);
}
