namespace OutlookAnywhere.Release.Tests;

/// <summary>What ./build.sh wrote to out/ (OA_OUT points elsewhere): packages, transforms, .intunewin files, manifest.</summary>
public static class ReleaseOutput
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Environment.GetEnvironmentVariable("OA_OUT") is { Length: > 0 } custom ? Path.GetFullPath(custom) : Path.Combine(Root, "out");

    public static IReadOnlyList<string> Packages => Require(Directory.GetFiles(Folder, "*.msi").Order(StringComparer.Ordinal).ToList(), "*.msi");

    public static IReadOnlyList<string> Transforms => Require(Directory.GetFiles(Folder, "*.mst").Order(StringComparer.Ordinal).ToList(), "*.mst");

    public static string ManifestPath => File.Exists(Path.Combine(Folder, ReleaseManifest.FileName))
        ? Path.Combine(Folder, ReleaseManifest.FileName)
        : throw new InvalidOperationException($"{Path.Combine(Folder, ReleaseManifest.FileName)} has not been written: run ./build.sh first.");

    public static ReleaseManifest Manifest => ReleaseManifest.Parse(File.ReadAllText(ManifestPath));

    public static string SignScript => Path.Combine(Root, "installer", "sign.sh");

    private static IReadOnlyList<string> Require(IReadOnlyList<string> files, string pattern) =>
        files.Count > 0 ? files : throw new InvalidOperationException($"No {pattern} in {Folder}: run ./build.sh first.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Setup.sln above {AppContext.BaseDirectory}.");
    }
}
