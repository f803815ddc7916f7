using System.Diagnostics;

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

public sealed record ToolResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}

/// <summary>Runs a command line tool (openssl, osslsigncode, msiinfo, sign.sh) with stdout and stderr together.</summary>
public static class Tool
{
    public static ToolResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name); else start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }
        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string Check(string program, params string[] arguments)
    {
        var result = Run(program, arguments);
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {result}");
        return result.Output;
    }
}
