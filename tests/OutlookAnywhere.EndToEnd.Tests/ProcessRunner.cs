using System.Diagnostics;

namespace OutlookAnywhere.EndToEnd.Tests;

public sealed record ProcessResult(int ExitCode, string Output);

/// <summary>Runs a command and captures stdout and stderr together.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Output goes to a temporary file, not a pipe: Wine leaves helper processes (wineserver, winedevice)
    /// running that inherit the standard handles, and a pipe would then never reach end-of-file.
    /// </summary>
    public static ProcessResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var outputFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("out=\"$1\"; shift; exec \"$@\" >\"$out\" 2>&1 </dev/null");
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add(outputFile);
            start.ArgumentList.Add(program);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
            process.StandardInput.Close();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time.");
            }
            return new ProcessResult(process.ExitCode, File.ReadAllText(outputFile));
        }
        finally
        {
            File.Delete(outputFile);
        }
    }
}
