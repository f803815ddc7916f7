using System.Diagnostics;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>
/// Runs the msitools programs (wixl, msiinfo, msibuild) the tests use as an independent
/// reference. A missing tool fails the test with the install command; it never skips silently.
/// </summary>
internal static class Msitools
{
    private const string InstallHint = "install them with: sudo apt-get install wixl msitools";

    public static string Path(string tool)
    {
        string path = $"/usr/bin/{tool}";
        if (!File.Exists(path))
            Assert.Fail($"{path} not found; the MSI tests compare against msitools, {InstallHint}");
        return path;
    }

    /// <summary>Runs a tool and returns its standard output as bytes; fails the test on a non-zero exit code.</summary>
    public static byte[] Run(string tool, string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        using var output = new MemoryStream();
        var errorTask = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        string error = errorTask.Result;
        if (process.ExitCode != 0)
            Assert.Fail($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{error}");
        return output.ToArray();
    }

    public static string RunText(string tool, params string[] arguments) =>
        System.Text.Encoding.UTF8.GetString(Run(tool, null, arguments));

    /// <summary>Table names as <c>msiinfo tables</c> lists them (includes the _SummaryInformation and _ForceCodepage pseudo-tables).</summary>
    public static string[] Tables(string msiPath) =>
        RunText("msiinfo", "tables", msiPath).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The exact bytes <c>msiinfo export</c> prints for a table.</summary>
    public static byte[] Export(string msiPath, string table) => Run("msiinfo", null, "export", msiPath, table);
}
