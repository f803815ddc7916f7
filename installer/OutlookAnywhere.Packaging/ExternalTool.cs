using System.Diagnostics;

namespace OutlookAnywhere.Packaging;

/// <summary>Runs a build tool (wixl, msibuild, the MinGW compiler) and fails with its own message.</summary>
public static class ExternalTool
{
    public static void Run(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PackagingException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PackagingException($"{program} was not found ({e.Message}). {InstallHint(program)}");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new PackagingException(
                    $"{program} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}:\n{stdout.Result}{stderr.Result}".TrimEnd());
        }
    }

    private static string InstallHint(string program) => Path.GetFileNameWithoutExtension(program) switch
    {
        "wixl" or "msibuild" => "Install msitools: apt-get install wixl msitools (Windows: put msitools' wixl.exe and msibuild.exe on PATH).",
        var gcc when gcc.Contains("gcc") => "Install the MinGW-w64 compilers: apt-get install gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 (Windows: MSYS2 mingw-w64-x86_64-gcc and mingw-w64-i686-gcc), or set OA_MINGW_GCC (x64) and OA_MINGW_GCC_X86 (x86).",
        _ => "",
    };
}

public sealed class PackagingException(string message) : Exception(message);
