using System.Diagnostics;

namespace OutlookAnywhere.PackageLint.Tests.Packages;

/// <summary>Runs wixl and msibuild. A missing tool fails the test with the install command: these tests never skip.</summary>
internal static class ExternalTool
{
    public static void Run(string tool, string workingDirectory, params string[] arguments)
    {
        if (!IsOnPath(tool))
        {
            Assert.Fail($"'{tool}' is not on PATH; the package lint tests compile real MSIs: apt-get install wixl msitools");
        }

        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error}");
        }
    }

    private static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
