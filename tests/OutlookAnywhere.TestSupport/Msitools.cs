namespace OutlookAnywhere.TestSupport;

/// <summary>
/// Runs the msitools programs (wixl, msiinfo, msibuild) the tests build fixtures with and cross-check the kit's own
/// MSI reader against. A missing tool fails the test with the install command; the tests never skip.
/// </summary>
public static class Msitools
{
    public const string InstallCommand = "sudo apt-get install wixl msitools";

    /// <summary>Where <paramref name="tool"/> is on PATH; an error with the install command when it is not.</summary>
    public static string Path(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, tool)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"'{tool}' is not on PATH; the tests build and read real MSIs with it: {InstallCommand}");

    /// <summary>Runs a tool and returns its standard output as bytes; a non-zero exit code throws with its standard error.</summary>
    public static byte[] Run(string tool, string? workingDirectory, params string[] arguments)
    {
        var result = ProcessRunner.RunSeparately(Path(tool), arguments, workingDirectory);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.StandardError}");
    }

    public static string RunText(string tool, params string[] arguments) => System.Text.Encoding.UTF8.GetString(Run(tool, null, arguments));

    /// <summary>Table names as <c>msiinfo tables</c> lists them (with the _SummaryInformation and _ForceCodepage pseudo-tables).</summary>
    public static string[] Tables(string msi) => RunText("msiinfo", "tables", msi).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The exact bytes <c>msiinfo export</c> prints for a table.</summary>
    public static byte[] Export(string msi, string table) => Run("msiinfo", null, "export", msi, table);
}
