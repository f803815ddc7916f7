using System.Globalization;

namespace OutlookAnywhere.Msi;

/// <summary>
/// The summary information of a transform (Windows Installer SDK, "Summary Information Stream
/// Property Set"): Template = "platform;language" of the target, LastAuthor = the same for the
/// transformed database, RevisionNumber = "{target ProductCode}target version;{updated
/// ProductCode}updated version;{UpgradeCode}", PageCount = minimum installer version,
/// CharacterCount = validation flags &lt;&lt; 16 | error-suppression flags. WordCount is left
/// out because the SDK says it should be null in a transform.
/// </summary>
public static class TransformSummary
{
    /// <summary>Builds the summary of a transform from the target and the updated Property values.</summary>
    public static SummaryInformation Create(
        MsiDatabase target,
        string updatedProductCode,
        string updatedProductVersion,
        TransformValidation validation,
        TransformErrorSuppression errors,
        int minimumInstallerVersion,
        DateTime timestamp,
        string? comments = null,
        bool anyPlatform = false,
        string? updatedTemplate = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var property = target.GetTable("Property");
        string Value(string name) => property?.FindRow(name)?.GetString("Value") ?? "";
        string template = TemplateOf(target.Summary.Template, anyPlatform);
        var baseSummary = target.Summary;
        var summary = new SummaryInformation
        {
            Codepage = baseSummary.Codepage ?? 1252,
            Title = "Transform",
            Subject = baseSummary.Subject,
            Author = baseSummary.Author,
            Keywords = baseSummary.Keywords,
            Comments = comments,
            Template = template,
            LastAuthor = updatedTemplate ?? template,
            RevisionNumber = $"{Value("ProductCode")}{Value("ProductVersion")};{updatedProductCode}{updatedProductVersion};{Value("UpgradeCode")}",
            CreateTime = timestamp,
            LastSaveTime = timestamp,
            PageCount = minimumInstallerVersion,
            CharacterCount = Combine(validation, errors),
            CreatingApplication = "OutlookAnywhere.Msi",
        };
        return summary;
    }

    /// <summary>PID_CHARCOUNT: validation flags in the high word, error-suppression flags in the low word.</summary>
    public static int Combine(TransformValidation validation, TransformErrorSuppression errors) =>
        unchecked((int)(((uint)validation & 0xFFFF) << 16 | ((uint)errors & 0xFFFF)));

    /// <summary>The validation flags of a transform's summary.</summary>
    public static TransformValidation ValidationOf(SummaryInformation summary) =>
        (TransformValidation)(((uint)(summary.CharacterCount ?? 0) >> 16) & 0xFFFF);

    /// <summary>The error-suppression flags of a transform's summary.</summary>
    public static TransformErrorSuppression ErrorSuppressionOf(SummaryInformation summary) =>
        (TransformErrorSuppression)((uint)(summary.CharacterCount ?? 0) & 0xFFFF);

    /// <summary>
    /// "platform;language" with a single (the first) language, as a transform's Template must have; with
    /// <paramref name="anyPlatform"/>, ";language".
    /// </summary>
    public static string TemplateOf(string? packageTemplate, bool anyPlatform = false)
    {
        string text = packageTemplate ?? "";
        int semicolon = text.IndexOf(';');
        string platform = semicolon < 0 || anyPlatform ? "" : text[..semicolon];
        return $"{platform};{LanguageOf(text)?.ToString(CultureInfo.InvariantCulture) ?? ""}";
    }

    /// <summary>The platform of a Template value ("x64", "Intel"), or "" when it names none.</summary>
    public static string PlatformOf(string? template)
    {
        int semicolon = (template ?? "").IndexOf(';');
        return semicolon < 0 ? "" : template![..semicolon].Trim();
    }

    /// <summary>The first language id of a Template value, or null if it has none.</summary>
    public static int? LanguageOf(string? template)
    {
        if (template is null) return null;
        int semicolon = template.IndexOf(';');
        string languages = semicolon < 0 ? template : template[(semicolon + 1)..];
        string first = languages.Split(',')[0].Trim();
        return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) ? id : null;
    }
}
