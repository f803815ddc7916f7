namespace OutlookAnywhere.Packaging;

/// <summary>installer/PostBuild/*.sql: one SQL statement per line; blank lines and "--" comments are skipped.</summary>
public static class PostBuildStatements
{
    public static IReadOnlyList<string> Read(string path) =>
        File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal))
            .ToList();
}
