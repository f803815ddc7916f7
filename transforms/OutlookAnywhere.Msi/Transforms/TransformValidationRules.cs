namespace OutlookAnywhere.Msi;

/// <summary>
/// The Windows Installer SDK's rules for transform validation flags
/// (MsiCreateTransformSummaryInfo): at most one version granularity (major, minor or update)
/// and at most one version relationship (&lt;, &lt;=, =, &gt;=, &gt;); a relationship compares
/// versions only at a granularity and a granularity is only meaningful with a relationship, so
/// each needs the other. ProductCode and ProductVersion must exist in the base package (the
/// transform's revision number is built from them), UpgradeCode when it is validated, and a
/// language in the base package's Template when the language is validated.
/// </summary>
public static class TransformValidationRules
{
    private const TransformValidation Granularity =
        TransformValidation.MajorVersion | TransformValidation.MinorVersion | TransformValidation.UpdateVersion;

    private const TransformValidation Relationship =
        TransformValidation.NewLessBaseVersion | TransformValidation.NewLessEqualBaseVersion | TransformValidation.NewEqualBaseVersion |
        TransformValidation.NewGreaterEqualBaseVersion | TransformValidation.NewGreaterBaseVersion;

    private const TransformValidation Known = Granularity | Relationship |
        TransformValidation.Language | TransformValidation.Product | TransformValidation.Platform | TransformValidation.UpgradeCode;

    /// <summary>The problems with <paramref name="flags"/> for this base package; empty if none.</summary>
    public static IReadOnlyList<string> Problems(TransformValidation flags, TransformErrorSuppression errors, MsiDatabase baseDatabase)
    {
        ArgumentNullException.ThrowIfNull(baseDatabase);
        var problems = new List<string>();
        if ((flags & ~Known) != 0)
            problems.Add($"validation flags 0x{(int)(flags & ~Known):X} are not defined (allowed: {Known})");
        if ((errors & ~(TransformErrorSuppression)0x3F) != 0)
            problems.Add($"error-suppression flags 0x{(int)errors & ~0x3F:X} are not defined (allowed: AddExistingRow, DeleteMissingRow, AddExistingTable, DeleteMissingTable, UpdateMissingRow, ChangeCodepage)");
        if (BitCount(flags & Granularity) > 1)
            problems.Add($"choose one version granularity, not {flags & Granularity}");
        if (BitCount(flags & Relationship) > 1)
            problems.Add($"choose one version relationship, not {flags & Relationship}");
        if ((flags & Relationship) != 0 && (flags & Granularity) == 0)
            problems.Add($"{flags & Relationship} compares versions and needs MajorVersion, MinorVersion or UpdateVersion to say which parts");
        if ((flags & Granularity) != 0 && (flags & Relationship) == 0)
            problems.Add($"{flags & Granularity} needs a version relationship such as NewEqualBaseVersion or NewGreaterEqualBaseVersion");

        var property = baseDatabase.GetTable("Property");
        string? Value(string name) => property?.FindRow(name)?.GetString("Value");
        if (string.IsNullOrEmpty(Value("ProductCode")))
            problems.Add("the base package has no ProductCode property; a transform's revision number needs it");
        if (string.IsNullOrEmpty(Value("ProductVersion")))
            problems.Add("the base package has no ProductVersion property; a transform's revision number needs it");
        if ((flags & TransformValidation.UpgradeCode) != 0 && string.IsNullOrEmpty(Value("UpgradeCode")))
            problems.Add("UpgradeCode validation needs an UpgradeCode property in the base package");
        if ((flags & TransformValidation.Language) != 0 && TransformSummary.LanguageOf(baseDatabase.Summary.Template) is null)
            problems.Add($"Language validation needs a language in the base package's Template summary property (it is '{baseDatabase.Summary.Template}')");
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem, naming the base package.</summary>
    public static void Check(TransformValidation flags, TransformErrorSuppression errors, MsiDatabase baseDatabase)
    {
        var problems = Problems(flags, errors, baseDatabase);
        if (problems.Count > 0)
            throw new ArgumentException($"transform for {baseDatabase.SourceName}: invalid validation settings ({flags}): " + string.Join("; ", problems));
    }

    private static int BitCount(TransformValidation flags) => System.Numerics.BitOperations.PopCount((uint)flags);
}
