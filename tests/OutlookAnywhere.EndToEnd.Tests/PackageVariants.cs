using System.Collections.Concurrent;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// The same sources built at another version (for upgrade and downgrade tests), with the packaging tool
/// the product uses, into out/test-packages/VERSION/. Built once per test run.
/// </summary>
public static class PackageVariants
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new();

    public static string Server(string version) => Build("server", "OutlookAnywhere.Server.msi", version);
    public static string Client(string version) => Build("client", "OutlookAnywhere.Client.msi", version);

    private static string Build(string package, string file, string version) =>
        Built.GetOrAdd($"{package}/{version}", _ => new Lazy<string>(() =>
        {
            var folder = Path.Combine(RepositoryLayout.Output, "test-packages", version);
            var result = ProcessRunner.Run("dotnet",
                [RepositoryLayout.PackagingTool, "--repo", RepositoryLayout.Root, "--out", folder, "--version", version,
                 "--package", package, "--actions", RepositoryLayout.ActionsProgram]);
            if (result.ExitCode != 0) throw new InvalidOperationException($"Building {package} {version} failed:\n{result.Output}");
            return Path.Combine(folder, file);
        })).Value;
}
