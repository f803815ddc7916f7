using System.Diagnostics;

namespace OutlookAnywhere.Package.Tests;

/// <summary>msitools' msiinfo: the independent reader the package tables are cross-checked with.</summary>
internal static class Msiinfo
{
    /// <summary>Table names as <c>msiinfo tables</c> lists them (with the _SummaryInformation pseudo-table).</summary>
    public static string[] Tables(string msi) =>
        System.Text.Encoding.UTF8.GetString(Run("tables", msi)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The exact bytes <c>msiinfo export</c> prints for a table.</summary>
    public static byte[] Export(string msi, string table) => Run("export", msi, table);

    private static byte[] Run(params string[] arguments)
    {
        const string program = "/usr/bin/msiinfo";
        if (!File.Exists(program)) Assert.Fail($"{program} not found; install msitools: sudo apt-get install wixl msitools");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0) Assert.Fail($"msiinfo {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{error.Result}");
        return output.ToArray();
    }
}
