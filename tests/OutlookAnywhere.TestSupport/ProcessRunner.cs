using System.Diagnostics;

namespace OutlookAnywhere.TestSupport;

/// <summary>What a program returned: its exit code and its standard output and error together.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}:\n{Output}";
}

/// <summary>What a program returned with its standard output kept apart, byte for byte (e.g. msiinfo export).</summary>
public sealed record SeparateOutput(int ExitCode, byte[] StandardOutput, string StandardError);

/// <summary>Runs a command and captures stdout and stderr together (or apart, <see cref="RunSeparately"/>).</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Output goes to a temporary file, not a pipe: Wine leaves helper processes (wineserver, winedevice)
    /// running that inherit the standard handles, and a pipe would then never reach end-of-file.
    /// <paramref name="unset"/> names environment variables the program must not inherit.
    /// </summary>
    public static ProcessResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null, string? workingDirectory = null, IEnumerable<string>? unset = null)
    {
        var outputFile = Path.GetTempFileName();
        try
        {
            var exitCode = Start(program, [.. arguments], outputFile, errorFile: null, environment, timeout, workingDirectory, unset);
            return new ProcessResult(exitCode, File.ReadAllText(outputFile));
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    /// <summary>As <see cref="Run"/>, standard output and standard error in files of their own.</summary>
    public static SeparateOutput RunSeparately(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var outputFile = Path.GetTempFileName();
        var errorFile = Path.GetTempFileName();
        try
        {
            var exitCode = Start(program, [.. arguments], outputFile, errorFile, environment: null, timeout: null, workingDirectory, unset: null);
            return new SeparateOutput(exitCode, File.ReadAllBytes(outputFile), File.ReadAllText(errorFile));
        }
        finally
        {
            File.Delete(outputFile);
            File.Delete(errorFile);
        }
    }

    /// <summary>Runs the program and returns its output; a non-zero exit code throws with the command line and the output.</summary>
    public static string Check(string program, params string[] arguments)
    {
        var result = Run(program, arguments);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: {result}");
    }

    private static int Start(string program, string[] arguments, string outputFile, string? errorFile, IReadOnlyDictionary<string, string>? environment,
        TimeSpan? timeout, string? workingDirectory, IEnumerable<string>? unset)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(errorFile is null
            ? "out=\"$1\"; shift 2; exec \"$@\" >\"$out\" 2>&1 </dev/null"
            : "out=\"$1\"; err=\"$2\"; shift 2; exec \"$@\" >\"$out\" 2>\"$err\" </dev/null");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(outputFile);
        start.ArgumentList.Add(errorFile ?? "");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var name in unset ?? []) start.Environment.Remove(name);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time.");
        }
        return process.ExitCode;
    }
}
