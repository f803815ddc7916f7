using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>Turns one division section into a transform of its package, in memory.</summary>
public static class DivisionTransform
{
    /// <summary>
    /// The transform's bytes: every property of the section set (added when the package has no
    /// Property row for it, updated when it has) and every Feature.Level override. Problems that
    /// only the package can reveal (an unknown feature, a value too long for its column) come back
    /// as <see cref="DivisionError"/>s and no bytes.
    /// </summary>
    public static byte[]? Build(DivisionFile division, DivisionSection section, MsiDatabase package, string packageName,
        TransformSettings settings, List<DivisionError> errors, bool anyPlatform = false)
    {
        var builder = new TransformBuilder(package)
        {
            Validation = settings.Validation,
            ErrorSuppression = settings.ErrorSuppression,
            AnyPlatform = anyPlatform,
            Comments = division.Description is { Length: > 0 } d ? $"Division {division.Division}: {d}" : $"Division {division.Division}",
            // The package's own time, not now: the same package and division file give the same bytes.
            Timestamp = package.Summary.LastSaveTime ?? package.Summary.CreateTime ?? new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        int before = errors.Count;
        foreach (var (name, value) in section.Properties)
        {
            try
            {
                builder.SetProperty(name, value);
            }
            catch (ArgumentException e)
            {
                errors.Add(new DivisionError(division.Path, $"{section.Name}.{name}", value, $"cannot be written to {packageName}: {e.Message}"));
            }
        }
        var features = package.GetTable("Feature");
        foreach (var (feature, level) in section.FeatureLevels)
        {
            if (features?.FindRow(feature) is null)
            {
                var known = features is null ? "none" : string.Join(", ", features.Rows.Select(r => r.GetString("Feature")));
                errors.Add(new DivisionError(division.Path, $"features.{section.Name}.{feature}", null,
                    $"is not a feature of {packageName}; its features: {known}"));
                continue;
            }
            builder.UpdateRow("Feature", [feature], new Dictionary<string, object?> { ["Level"] = level });
        }
        if (errors.Count > before) return null;
        try
        {
            return builder.Write();
        }
        catch (ArgumentException e)
        {
            errors.Add(new DivisionError(division.Path, "", null, $"cannot make a transform of {packageName}: {e.Message}"));
            return null;
        }
    }
}
