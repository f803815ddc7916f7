using System.Globalization;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// The tool's own answer to "would Windows Installer accept this transform for this package?",
/// from the transform's validation flags: the UpgradeCode, language, ProductCode and version it
/// was made for (its RevisionNumber and Template) against the package, then a trial application
/// to a copy of the package's tables. Wine's msiexec does not enforce the validation flags, so
/// this check, not a test install, is what refuses a transform made for another product.
/// </summary>
public static class TransformCheck
{
    private const TransformValidation Granularity = TransformValidation.MajorVersion | TransformValidation.MinorVersion | TransformValidation.UpdateVersion;

    /// <summary>What the transform was made for, read from its summary information.</summary>
    public sealed record Target(string ProductCode, string ProductVersion, string UpgradeCode, int? Language);

    public static Target TargetOf(TransformContents transform)
    {
        // RevisionNumber = "{target ProductCode}version;{updated ProductCode}version;{UpgradeCode}"
        var parts = (transform.Summary.RevisionNumber ?? "").Split(';');
        var target = parts[0];
        var productCode = target.Length >= 38 ? target[..38] : target;
        var version = target.Length >= 38 ? target[38..] : "";
        var upgradeCode = parts.Length > 2 ? parts[2] : "";
        return new Target(productCode, version, upgradeCode, TransformSummary.LanguageOf(transform.Summary.Template));
    }

    /// <summary>Every reason the transform does not fit the package; empty when it does.</summary>
    public static IReadOnlyList<string> Problems(MsiDatabase package, string packageName, TransformContents transform, string transformName)
    {
        var problems = new List<string>();
        var target = TargetOf(transform);
        var flags = transform.Validation;
        var property = package.GetTable("Property");
        string Value(string name) => property?.FindRow(name)?.GetString("Value") ?? "";

        if (flags.HasFlag(TransformValidation.UpgradeCode) && !SameCode(target.UpgradeCode, Value("UpgradeCode")))
            problems.Add($"{transformName} was made for UpgradeCode {Show(target.UpgradeCode)}, but {packageName} has UpgradeCode {Show(Value("UpgradeCode"))}: it belongs to another product, and Windows Installer refuses it (1624). Build the transform against this package.");
        if (flags.HasFlag(TransformValidation.Product) && !SameCode(target.ProductCode, Value("ProductCode")))
            problems.Add($"{transformName} was made for ProductCode {Show(target.ProductCode)}, but {packageName} has ProductCode {Show(Value("ProductCode"))}: it validates the exact build (ProductCode) and this is another one. Rebuild it, or build without --validate-product-code.");
        var language = int.TryParse(Value("ProductLanguage"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : TransformSummary.LanguageOf(package.Summary.Template);
        if (flags.HasFlag(TransformValidation.Language) && target.Language != language)
            problems.Add($"{transformName} was made for language {target.Language?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, but {packageName} has language {language?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}.");
        var platform = TransformSummary.PlatformOf(transform.Summary.Template);
        if (flags.HasFlag(TransformValidation.Platform) && !string.Equals(platform, TransformSummary.PlatformOf(package.Summary.Template), StringComparison.OrdinalIgnoreCase))
            problems.Add($"{transformName} was made for platform '{platform}', but {packageName} is for '{TransformSummary.PlatformOf(package.Summary.Template)}', and the transform validates the platform.");
        if ((flags & Granularity) != 0 && VersionProblem(flags, Value("ProductVersion"), target.ProductVersion) is { } version)
            problems.Add($"{transformName}: {version}");

        try
        {
            TransformReader.Apply(package, transform);
        }
        catch (InvalidOperationException e)
        {
            problems.Add($"{transformName} cannot be applied to {packageName}: {e.Message}");
        }
        return problems;
    }

    private static bool SameCode(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Show(string code) => code.Length == 0 ? "(none)" : code;

    /// <summary>The version relationship the flags ask for between the package's version and the transform's base version.</summary>
    private static string? VersionProblem(TransformValidation flags, string packageVersion, string baseVersion)
    {
        int parts = flags.HasFlag(TransformValidation.MajorVersion) ? 1 : flags.HasFlag(TransformValidation.MinorVersion) ? 2 : 3;
        static int[] Parse(string v, int n) => v.Split('.').Concat(Enumerable.Repeat("0", n)).Take(n)
            .Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : 0).ToArray();
        var a = Parse(packageVersion, parts);
        var b = Parse(baseVersion, parts);
        int compare = a.Zip(b, (x, y) => x.CompareTo(y)).FirstOrDefault(c => c != 0);
        var (ok, relation) = true switch
        {
            _ when flags.HasFlag(TransformValidation.NewLessBaseVersion) => (compare < 0, "lower than"),
            _ when flags.HasFlag(TransformValidation.NewLessEqualBaseVersion) => (compare <= 0, "at most"),
            _ when flags.HasFlag(TransformValidation.NewEqualBaseVersion) => (compare == 0, "equal to"),
            _ when flags.HasFlag(TransformValidation.NewGreaterEqualBaseVersion) => (compare >= 0, "at least"),
            _ => (compare > 0, "higher than"),
        };
        return ok ? null : $"the package version {packageVersion} must be {relation} {baseVersion} (compared to {parts} part(s))";
    }
}
