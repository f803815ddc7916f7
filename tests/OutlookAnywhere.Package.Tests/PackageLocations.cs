namespace OutlookAnywhere.Package.Tests;

/// <summary>Where the tests find the repository and the built packages (OA_OUT as in the end-to-end tests).</summary>
public static class PackageLocations
{
    public static string Root { get; } = FindRoot();
    /// <summary>out/ by default; OA_OUT points the tests at packages built elsewhere (-p:PackageOutput=...).</summary>
    public static string Output => Environment.GetEnvironmentVariable("OA_OUT") is { Length: > 0 } custom ? Path.GetFullPath(custom) : Path.Combine(Root, "out");
    public static string ServerPackage => Require(Path.Combine(Output, "OutlookAnywhere.Server-x64.msi"));
    /// <summary>The client package's x64 build; <see cref="ClientPackageFor"/> names either platform's.</summary>
    public static string ClientPackage => ClientPackageFor("x64");
    /// <summary>The server package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ServerPackageFor(string platform) => Require(Path.Combine(Output, $"OutlookAnywhere.Server-{platform}.msi"));
    /// <summary>The client package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ClientPackageFor(string platform) => Require(Path.Combine(Output, $"OutlookAnywhere.Client-{platform}.msi"));

    private static string Require(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} has not been built: run ./build.sh (or dotnet build Setup.sln) first.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Setup.sln above {AppContext.BaseDirectory}.");
    }
}
