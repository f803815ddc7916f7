namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The division files of a folder: every <c>*.json</c> except the schema, in name order, or the ones asked for by name.</summary>
public static class DivisionCatalog
{
    public const string DefaultFolder = "transforms/divisions";

    /// <param name="folder">The folder as given (kept relative so messages name the file as the admin typed it).</param>
    /// <param name="names">Division ids (file names without .json); empty = all.</param>
    public static IReadOnlyList<string> Select(string folder, IReadOnlyList<string> names)
    {
        if (!Directory.Exists(folder))
            throw new InvalidInputException($"{folder}: no such divisions folder (give one with --divisions DIR)");
        if (names.Count == 0)
        {
            var all = Directory.EnumerateFiles(folder, "*.json")
                .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            return all.Count > 0 ? all : throw new InvalidInputException($"{folder}: no division files (*.json) found");
        }
        var missing = new List<string>();
        var files = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name : name + ".json");
            if (File.Exists(file)) files.Add(file);
            else missing.Add($"{file}: no such division file");
        }
        return missing.Count == 0 ? files : throw new InvalidInputException(missing);
    }
}
