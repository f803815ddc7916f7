using System.Collections.Concurrent;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// The same sources built at another version (for upgrade and downgrade tests), with the packaging tool
/// the product uses, into out/test-packages/VERSION/. Built once per test run.
/// </summary>
public static class PackageVariants
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new();

    public static string Server(string version) => Build("server", "x64", "OutlookAnywhere.Server-x64.msi", version);
    public static string Client(string version, string platform = "x64") => Build("client", platform, $"OutlookAnywhere.Client-{platform}.msi", version);

    /// <summary>
    /// A copy of a built package in out/test-packages/VARIANT/, under the same file name, changed by msibuild SQL statements
    /// (e.g. one more action that fails), for tests of what the real package does around it.
    /// </summary>
    public static string Edited(string package, string variant, params string[] statements)
    {
        var copy = Path.Combine(Repository.Output, "test-packages", variant, Path.GetFileName(package));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Repository.RequireBuilt(package), copy, overwrite: true);
        foreach (var statement in statements)
        {
            var edit = ProcessRunner.Run("msibuild", [copy, "-q", statement]);
            if (edit.ExitCode != 0) throw new InvalidOperationException($"msibuild {copy} -q \"{statement}\" failed:\n{edit.Output}");
        }
        return copy;
    }

    private static string Build(string package, string platform, string file, string version) =>
        Built.GetOrAdd($"{package}-{platform}/{version}", _ => new Lazy<string>(() =>
        {
            var folder = Path.Combine(Repository.Output, "test-packages", version);
            var result = ProcessRunner.Run("dotnet",
                [RepositoryLayout.PackagingTool, "--repo", Repository.Root, "--out", folder, "--version", version,
                 "--package", package, "--platform", platform, "--actions", RepositoryLayout.ActionsProgram]);
            if (result.ExitCode != 0) throw new InvalidOperationException($"Building {package} {platform} {version} failed:\n{result.Output}");
            return Path.Combine(folder, file);
        })).Value;
}
