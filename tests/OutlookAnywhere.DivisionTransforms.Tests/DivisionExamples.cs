namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>Where the example division files and the schema are in the repository.</summary>
public static class DivisionExamples
{
    public static string Folder => Path.Combine(Repository.Root, "transforms", "divisions");
    public static string Schema => Path.Combine(Folder, "division.schema.json");
    public static IReadOnlyList<string> Names => ["customer-kiosk", "field-staff", "head-office"];
}
