namespace OutlookAnywhere.Release.Tests;

/// <summary>What ./build.sh wrote to <see cref="Repository.Output"/>: packages, transforms, .intunewin files, manifest.</summary>
public static class ReleaseOutput
{
    public static IReadOnlyList<string> Packages => Repository.RequireBuiltFiles("*.msi");

    public static IReadOnlyList<string> Transforms => Repository.RequireBuiltFiles("*.mst");

    public static string ManifestPath => Repository.RequireBuilt(Path.Combine(Repository.Output, ReleaseManifest.FileName));

    public static ReleaseManifest Manifest => ReleaseManifest.Parse(File.ReadAllText(ManifestPath));
}
