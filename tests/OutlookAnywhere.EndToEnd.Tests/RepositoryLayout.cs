namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>Where the tests find the repository, the built packages and the packaging tool.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();
    /// <summary>out/ by default; OA_OUT points the tests at packages built elsewhere (-p:PackageOutput=...).</summary>
    public static string Output => Environment.GetEnvironmentVariable("OA_OUT") is { Length: > 0 } custom ? Path.GetFullPath(custom) : Path.Combine(Root, "out");
    public static string ServerPackage => Path.Combine(Output, "OutlookAnywhere.Server-x64.msi");
    /// <summary>The client package's x64 build; <see cref="ClientPackageFor"/> names either platform's.</summary>
    public static string ClientPackage => ClientPackageFor("x64");
    /// <summary>The client package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ClientPackageFor(string platform) => Path.Combine(Output, $"OutlookAnywhere.Client-{platform}.msi");
    public static string ActionsProgram => Path.Combine(Output, "obj", "actions", "oa-server.exe");
    /// <summary>oa-package.dll sits next to the test assembly (project reference).</summary>
    public static string PackagingTool => Path.Combine(AppContext.BaseDirectory, "oa-package.dll");
    /// <summary>
    /// oa-transform.dll, next to the test assembly too (project reference). Building it inside a test would race the
    /// test's own timeout on a busy machine; the solution build that built the tests has built it already.
    /// </summary>
    public static string TransformTool => Path.Combine(AppContext.BaseDirectory, "oa-transform.dll");

    public static string RequirePackage(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} has not been built: run ./build.sh (or dotnet build Setup.sln) first.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Setup.sln above {AppContext.BaseDirectory}.");
    }
}
