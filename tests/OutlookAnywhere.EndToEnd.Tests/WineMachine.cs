using System.Text;
using System.Text.RegularExpressions;

[assembly: OutlookAnywhere.EndToEnd.Tests.TestLogFolder]

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// One Wine prefix for the whole test run: created fresh on first use (about 10 s), shared by every
/// end-to-end test (they run one at a time, see <see cref="WineCollection"/>), and kept after the run
/// under out/wine for inspection. Without Wine the tests fail and say how to install it; they never skip.
/// </summary>
public sealed class WineMachine : IDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _collection;

    public WineMachine() : this(WineCollection.Name, "prefix", null)
    {
    }

    /// <summary>
    /// A prefix of its own under out/wine for the tests of <paramref name="collection"/>, with further environment (the
    /// interactive tests' DISPLAY).
    /// </summary>
    internal WineMachine(string collection, string prefixName, IReadOnlyDictionary<string, string>? environment)
    {
        _collection = collection;
        Wine = FindWine() ?? throw new InvalidOperationException(
            "Wine is not installed: the end-to-end tests need it (apt-get install wine64 wine; ./build.sh test installs it). " +
            "Set OA_WINE to the wine64 binary if it is somewhere else.");
        Prefix = Environment.GetEnvironmentVariable("OA_WINE_PREFIX") is { Length: > 0 } custom
            ? Path.GetFullPath(custom)
            : Path.Combine(Repository.Output, "wine", prefixName);
        if (prefixName != "prefix" && Environment.GetEnvironmentVariable("OA_WINE_PREFIX") is { Length: > 0 }) Prefix += "-" + prefixName;
        LogFolder = ClearedLogFolder.Value;
        if (Directory.Exists(Prefix)) Directory.Delete(Prefix, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(Prefix)!);
        _environment = new() { ["WINEPREFIX"] = Prefix, ["WINEDEBUG"] = "fixme-all" };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) _environment[name] = value;

        var boot = ProcessRunner.Run(Launcher.Program, [.. Launcher.Arguments, "wineboot", "-i"],
            new Dictionary<string, string>(_environment) { ["WINEDLLOVERRIDES"] = "mscoree,mshtml=" }, TimeSpan.FromMinutes(5));
        // The registry files are written when the wineserver exits: wait for it.
        var server = Path.Combine(Path.GetDirectoryName(Wine)!, "wineserver");
        if (File.Exists(server)) ProcessRunner.Run(server, ["-w"], _environment, TimeSpan.FromMinutes(2));
        if (!File.Exists(Path.Combine(Prefix, "system.reg")))
            throw new InvalidOperationException($"wineboot did not create a prefix in {Prefix}:\n{boot.Output}");
        // One persistent wineserver for the whole run, started before any other Wine command and waited for (it forks
        // once its socket is ready). A command that found no server would start one itself, and Debian's wineserver
        // wrapper gives that one -p0: it exits whenever no Wine process is left, so every later command would start,
        // load and save a new one, and a command arriving while one is exiting can fail.
        if (File.Exists(server))
        {
            var persistent = ProcessRunner.Run(server, ["-p"], _environment, TimeSpan.FromMinutes(2));
            if (persistent.ExitCode != 0)
                throw new InvalidOperationException($"wineserver -p failed with exit code {persistent.ExitCode} (another server for {Prefix}?):\n{persistent.Output}");
        }
        MscoreeStandIn.Install(this);
    }

    /// <summary>
    /// out/test-logs, emptied once per test run by whichever machine is created first (collections start in parallel):
    /// a log left from an earlier run would be mistaken for this one's.
    /// </summary>
    private static readonly Lazy<string> ClearedLogFolder = new(() =>
    {
        var folder = Path.Combine(Repository.Output, "test-logs");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    });

    public string Wine { get; }
    public string Prefix { get; }
    /// <summary>out/test-logs: every msiexec log and command file of this run, kept whether the test passed or failed.</summary>
    public string LogFolder { get; }

    /// <summary>
    /// The running test's folder under <see cref="LogFolder"/>, &lt;test class&gt;/&lt;test method&gt;, for each test
    /// collection (set by <see cref="TestLogFolderAttribute"/> before each test; its Dispose's cleanup logs land there too).
    /// Collections run in parallel, each on its own machine, and the tests of one collection one at a time.
    /// </summary>
    internal static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CurrentTests = new();

    private string CurrentTest => CurrentTests.GetValueOrDefault(_collection, "outside-tests");

    internal string NewLogPath(string name, string extension)
    {
        var folder = Path.Combine(LogFolder, CurrentTest);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{DateTime.UtcNow:HHmmssfff}-{name}{extension}");
    }

    /// <summary>A Linux path as Windows programs in the prefix see it (drive Z: is /).</summary>
    public static string WindowsPath(string linuxPath) => "Z:" + Path.GetFullPath(linuxPath).Replace('/', '\\');

    /// <summary>Wine's reg.exe and cmd.exe, named by their full path (see <see cref="Run"/>).</summary>
    public const string Reg = @"C:\windows\system32\reg.exe";
    public const string Cmd = @"C:\windows\system32\cmd.exe";

    /// <summary>
    /// Runs a Wine command and returns its exit code and output as they are. Name programs by their full Windows path
    /// (<see cref="Reg"/>, <see cref="Cmd"/>): Wine then loads that program as the process it starts, whereas a bare name
    /// ("reg") first starts start.exe, which looks the name up and creates the program's process from inside Wine, one
    /// more process start per command (about twice the time, and under load the start that failed with Windows error
    /// 1359 in earlier runs; docs/TOOLCHAIN.md, "Process starts").
    /// Every command is listed with its test, duration and exit code in out/test-logs/wine-commands.tsv.
    /// </summary>
    public ProcessResult Run(params string[] arguments)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = ProcessRunner.Run(Launcher.Program, [.. Launcher.Arguments, .. arguments], _environment);
        var line = $"{DateTime.UtcNow:HH:mm:ss.fff}\t{CurrentTest}\t{clock.ElapsedMilliseconds}\t{result.ExitCode}\t{string.Join(' ', arguments)}\n";
        lock (CommandListLock) File.AppendAllText(Path.Combine(LogFolder, "wine-commands.tsv"), line);
        return result;
    }

    private static readonly object CommandListLock = new();

    /// <summary>
    /// What starts wine64: <c>setarch &lt;machine&gt; -R</c>, so that Wine's processes (and every process they start, which
    /// inherits the setting) get no address randomisation. Debian's Wine 8 has no preloader: wine64 is an ordinary
    /// program at 0x7d000000 whose C heap starts at a random place in the gigabyte above it (Linux 6.x randomises brk
    /// over 1 GiB), and a process whose heap happens to cover 0x7ffe0000 cannot map the shared user data there and dies
    /// at once ("failed to map the shared user data: c0000018"): a command that exits 1 with no other output, or a
    /// CreateProcess that fails with Windows error 1359. docs/TOOLCHAIN.md, "Process starts", has the measurements.
    /// Where setarch is missing or refused (a container whose seccomp profile forbids personality()), Wine runs as is
    /// and the command list says so in its first line.
    /// </summary>
    private static readonly (string Program, string[] Arguments) Launcher = FindLauncher();

    private static (string, string[]) FindLauncher()
    {
        var wine = FindWine() ?? "wine64";
        var machine = ProcessRunner.Run("uname", ["-m"]).Output.Trim();
        var setarch = new[] { "/usr/bin/setarch", "/bin/setarch" }.FirstOrDefault(File.Exists);
        var probe = setarch is null ? null : ProcessRunner.Run(setarch, [machine, "-R", "true"]);
        if (setarch is not null && probe is { ExitCode: 0 }) return (setarch, [machine, "-R", wine]);
        var reason = probe is null ? "setarch is not installed" : $"setarch {machine} -R was refused: {probe.Output.Trim()}";
        var warning = $"# Wine runs with address randomisation ({reason}): about 1 Wine start in 2,000 fails with " +
                      "\"failed to map the shared user data\" (docs/TOOLCHAIN.md, \"Process starts\")";
        Console.Error.WriteLine(warning);
        File.AppendAllText(Path.Combine(ClearedLogFolder.Value, "wine-commands.tsv"), warning + "\n");
        return (wine, []);
    }

    /// <summary>
    /// Runs msiexec through cmd so the real exit code comes back (the shell would see it modulo 256:
    /// 1603 -> 67). Options: e.g. ["/i", package] or ["/x", package]; properties are NAME=value.
    /// </summary>
    public MsiexecResult Msiexec(string testName, IEnumerable<string> options, Dictionary<string, string>? properties = null) =>
        Msiexec(testName, options, properties, "/qn");

    /// <summary>Msiexec with a UI level: "/qn", or "" for the full UI (the interactive tests, on their own display).</summary>
    public MsiexecResult Msiexec(string testName, IEnumerable<string> options, Dictionary<string, string>? properties, string uiLevel)
    {
        var log = NewLogPath(testName, ".log");
        var command = new StringBuilder("msiexec");
        foreach (var option in options)
            command.Append(' ').Append(File.Exists(option) ? Quote(WindowsPath(option)) : option);
        if (uiLevel.Length > 0) command.Append(' ').Append(uiLevel);
        command.Append(" /l*v ").Append(Quote(WindowsPath(log)));
        foreach (var (name, value) in properties ?? new Dictionary<string, string>())
            command.Append(' ').Append(name).Append('=').Append(Quote(value));
        var (exitCode, _) = RunLine(Path.ChangeExtension(log, ".cmd"), command.ToString());
        var text = File.Exists(log) ? ReadLog(log) : "(no log written)";
        return new MsiexecResult(exitCode, log, text, command.ToString());
    }

    /// <summary>
    /// Runs a command line exactly as written, the way Active Setup runs a StubPath at logon; returns its exit code and output.
    /// An msiexec command line also gets a verbose log beside its .cmd file (appended after the text as written, which
    /// changes nothing else), so a failing test keeps the log of this run too.
    /// </summary>
    public (int ExitCode, string Output) RunCommandLine(string testName, string commandLine)
    {
        var script = NewLogPath(testName, ".cmd");
        var line = BatchText(commandLine);
        if (commandLine.StartsWith("msiexec ", StringComparison.OrdinalIgnoreCase))
            line += " /l*v " + Quote(WindowsPath(Path.ChangeExtension(script, ".log")));
        return RunLine(script, line);
    }

    /// <summary>
    /// A batch file, not "cmd /c <string>": Wine re-quotes a single argument with backslash escapes, which cmd does not
    /// understand, so quoted paths and values would arrive broken. The line must already have its % doubled.
    /// </summary>
    private (int ExitCode, string Output) RunLine(string script, string line)
    {
        File.WriteAllText(script, $"@echo off\r\n{line}\r\necho OA-EXIT=%ERRORLEVEL%\r\n");
        var result = Run(Cmd, "/c", WindowsPath(script));
        var match = Regex.Match(result.Output, @"OA-EXIT=(-?\d+)");
        if (!match.Success) throw new InvalidOperationException($"{line} gave no exit code:\n{result.Output}");
        return (int.Parse(match.Groups[1].Value), result.Output);
    }

    /// <summary>Windows Installer logs are UTF-16 on Windows; Wine writes ASCII. Read either.</summary>
    private static string ReadLog(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? Encoding.Unicode.GetString(bytes) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Quoted for a batch file line.</summary>
    private static string Quote(string value) => "\"" + BatchText(value) + "\"";

    /// <summary>Text as a batch file line must hold it: % doubled, or cmd expands it.</summary>
    private static string BatchText(string text) => text.Replace("%", "%%");

    private static string? FindWine()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("OA_WINE"), "/usr/lib/wine/wine64", "/usr/bin/wine64", "/usr/lib/wine/wine", "/usr/bin/wine" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }

    public void Dispose()
    {
        var server = Path.Combine(Path.GetDirectoryName(Wine)!, "wineserver");
        if (File.Exists(server)) ProcessRunner.Run(server, ["-k"], _environment);
    }
}

/// <summary>Points <see cref="WineMachine.CurrentTests"/> at each test's own log folder before it runs.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class TestLogFolderAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void Before(System.Reflection.MethodInfo methodUnderTest)
    {
        var type = methodUnderTest.DeclaringType!;
        var collection = type.CustomAttributes.FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute))?.ConstructorArguments[0].Value as string;
        if (collection is not null) WineMachine.CurrentTests[collection] = Path.Combine(type.Name, methodUnderTest.Name);
    }
}

/// <summary>All end-to-end tests share one prefix and run one at a time (msiexec serializes installs anyway).</summary>
[CollectionDefinition(Name)]
public sealed class WineCollection : ICollectionFixture<WineMachine>
{
    public const string Name = "Wine";
}

/// <summary>What an msiexec run returned: the real exit code and the verbose log (kept under out/test-logs).</summary>
public sealed record MsiexecResult(int ExitCode, string LogPath, string Log, string CommandLine)
{
    /// <summary>For assertion messages: the command, the code and the end of the log.</summary>
    public override string ToString()
    {
        var lines = Log.Split('\n');
        return $"{CommandLine}\nexit code {ExitCode}; log {LogPath}; last lines:\n{string.Join('\n', lines.TakeLast(40))}";
    }
}
