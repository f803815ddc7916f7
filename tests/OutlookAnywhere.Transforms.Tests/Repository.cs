namespace OutlookAnywhere.Transforms.Tests;

/// <summary>Where the example division files and the schema are in the repository.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string Divisions => Path.Combine(Root, "transforms", "divisions");
    public static string Schema => Path.Combine(Divisions, "division.schema.json");
    public static IReadOnlyList<string> ExampleNames => ["customer-kiosk", "field-staff", "head-office"];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Setup.sln above {AppContext.BaseDirectory}.");
    }
}
