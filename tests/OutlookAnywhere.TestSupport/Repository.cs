namespace OutlookAnywhere.TestSupport;

/// <summary>Where the tests find the repository (the folder holding Setup.sln) and what ./build.sh wrote to out/.</summary>
public static class Repository
{
    /// <summary>The folder holding Setup.sln, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>out/ by default; OA_OUT points the tests at packages built elsewhere (-p:PackageOutput=...).</summary>
    public static string Output => Environment.GetEnvironmentVariable("OA_OUT") is { Length: > 0 } custom ? Path.GetFullPath(custom) : Path.Combine(Root, "out");

    /// <summary><paramref name="path"/> when the build wrote it; otherwise an error that says to run ./build.sh.</summary>
    public static string RequireBuilt(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} has not been built: run ./build.sh first.");

    /// <summary>The files in the output folder matching <paramref name="pattern"/> (e.g. *.msi), in ordinal order; at least one.</summary>
    public static IReadOnlyList<string> RequireBuiltFiles(string pattern)
    {
        var files = Directory.Exists(Output) ? Directory.GetFiles(Output, pattern).Order(StringComparer.Ordinal).ToList() : [];
        return files.Count > 0 ? files : throw new InvalidOperationException($"No {pattern} in {Output}: run ./build.sh first.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Setup.sln above {AppContext.BaseDirectory}.");
    }
}
