using System.Diagnostics;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// A headless X server (Xvfb) on a display number it picks itself (-displayfd: never one another run already uses),
/// and xdotool to find, read and drive the windows Wine's msiexec draws on it. Every wait polls a condition against
/// a deadline: under CPU load a dialog can take seconds to appear, and a fixed sleep would make the tests flaky.
/// </summary>
public sealed class VirtualScreen : IDisposable
{
    /// <summary>How long a dialog may take to appear or go away (generous: two cores shared by several builds).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process _xvfb;

    public VirtualScreen()
    {
        foreach (var tool in new[] { "Xvfb", "xdotool", "import" })
            if (FindOnPath(tool) is null)
                throw new InvalidOperationException($"{tool} is not installed: the interactive setup tests need it (apt-get install xvfb xdotool x11-apps imagemagick; ./build.sh test installs them).");
        var start = new ProcessStartInfo("Xvfb") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp" }) start.ArgumentList.Add(a);
        _xvfb = Process.Start(start) ?? throw new InvalidOperationException("Could not start Xvfb.");
        _xvfb.ErrorDataReceived += (_, _) => { };
        _xvfb.BeginErrorReadLine();
        var line = _xvfb.StandardOutput.ReadLineAsync();
        if (!line.Wait(Patience) || line.Result is not { } number || !int.TryParse(number.Trim(), out _))
            throw new InvalidOperationException("Xvfb did not report its display number.");
        Display = ":" + line.Result.Trim();
    }

    /// <summary>The DISPLAY value, e.g. ":3".</summary>
    public string Display { get; }

    /// <summary>The ids of the mapped windows whose title matches (xdotool: an extended regular expression, any case).</summary>
    public IReadOnlyList<string> Windows(string title)
    {
        var result = XdoTool("search", "--onlyvisible", "--name", title);
        return result.ExitCode == 0 ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    /// <summary>Waits until a window with this title is shown; fails naming the windows that are there instead.</summary>
    public string WaitForWindow(string title)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Windows(title) is [.., var id]) return id;
            Thread.Sleep(200);
        }
        throw new TimeoutException($"No window titled /{title}/ appeared within {Patience.TotalSeconds} s; shown: {string.Join(" | ", Titles())}");
    }

    /// <summary>Waits until no window with this title is shown.</summary>
    public void WaitForNoWindow(string title)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Windows(title).Count == 0) return;
            Thread.Sleep(200);
        }
        throw new TimeoutException($"The window /{title}/ was still shown after {Patience.TotalSeconds} s.");
    }

    /// <summary>The titles of every mapped window (for failure messages).</summary>
    public IReadOnlyList<string> Titles() => Windows(".").Select(Title).Where(t => t.Length > 0 && t != "Default IME").ToList();

    public string Title(string window) => XdoTool("getwindowname", window).Output.TrimEnd('\n');

    /// <summary>Gives the window the keyboard (no window manager runs: XSetInputFocus), then sends keys to its focused control.</summary>
    public void Keys(string window, params string[] keys)
    {
        Focus(window);
        Check(XdoTool(["key", "--clearmodifiers", .. keys]));
    }

    /// <summary>Types text into the window's focused control, replacing what the field held (Home, Shift+End, Delete).</summary>
    public void Replace(string window, string text)
    {
        Keys(window, "Home", "shift+End", "Delete");
        Check(XdoTool("type", "--delay", "15", text));
    }

    /// <summary>A PNG of one window, as Wine draws it: taken again until two pictures agree (the dialog has finished drawing).</summary>
    public void Screenshot(string window, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        byte[]? previous = null;
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var result = ProcessRunner.Run("import", ["-window", window, "-strip", path], new Dictionary<string, string> { ["DISPLAY"] = Display });
            if (result.ExitCode != 0) throw new InvalidOperationException($"import failed: {result.Output}");
            var picture = File.ReadAllBytes(path);
            if (previous is not null && picture.AsSpan().SequenceEqual(previous)) return;
            previous = picture;
            Thread.Sleep(300);
        }
        throw new TimeoutException($"The window {window} kept changing; no stable picture for {path}.");
    }

    private void Focus(string window) => Check(XdoTool("windowfocus", "--sync", window));

    private ProcessResult XdoTool(params string[] arguments) =>
        ProcessRunner.Run("xdotool", arguments, new Dictionary<string, string> { ["DISPLAY"] = Display }, TimeSpan.FromSeconds(60));

    private static void Check(ProcessResult result)
    {
        if (result.ExitCode != 0) throw new InvalidOperationException($"xdotool failed ({result.ExitCode}): {result.Output}");
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    public void Dispose()
    {
        if (!_xvfb.HasExited) _xvfb.Kill();
        _xvfb.WaitForExit();
        _xvfb.Dispose();
    }
}

/// <summary>
/// The interactive tests' own Wine prefix, whose session (wineserver) starts with the virtual screen's DISPLAY: a session
/// started without one gives later processes no windows, and msiexec then accepts every dialog with its defaults.
/// </summary>
public sealed class WineScreenMachine : IDisposable
{
    public WineScreenMachine()
    {
        Screen = new VirtualScreen();
        try
        {
            Machine = new WineMachine(WineScreenCollection.Name, "ui-prefix", new Dictionary<string, string> { ["DISPLAY"] = Screen.Display });
        }
        catch
        {
            Screen.Dispose();
            throw;
        }
    }

    public VirtualScreen Screen { get; }
    public WineMachine Machine { get; }

    public void Dispose()
    {
        Machine.Dispose();
        Screen.Dispose();
    }
}

/// <summary>The interactive tests share one screen and prefix and run one at a time (one setup on the screen at once).</summary>
[CollectionDefinition(Name)]
public sealed class WineScreenCollection : ICollectionFixture<WineScreenMachine>
{
    public const string Name = "Wine screen";
}

/// <summary>
/// One package's full-UI setup on the virtual screen, as the dialog tests drive it: msiexec started in the background,
/// each dialog waited for (the test fails if it never appears; a picture of it saved when OA_SCREENSHOTS names a
/// folder), its default button pressed, the exit code collected. The window titles are the generated dialogs' own.
/// </summary>
internal sealed class SetupWizard(WineMachine machine, VirtualScreen screen, string package, string picturePrefix)
{
    public const string Ready = "Setup: ready";
    public const string Completed = "Setup: completed";
    public const string Interrupted = "Setup: interrupted";
    public const string Invalid = "invalid setting";
    public const string Maintenance = "Setup: change";
    public const string Remove = "Setup: remove";

    /// <summary>msiexec /i with the full UI, in the background; the test drives it and then collects its exit code.</summary>
    public Task<MsiexecResult> Start(string name, Dictionary<string, string>? properties = null) =>
        Task.Run(() => machine.Msiexec(name, ["/i", package], properties, uiLevel: ""));

    public static MsiexecResult Finished(Task<MsiexecResult> setup)
    {
        Assert.True(setup.Wait(VirtualScreen.Patience), "msiexec did not end after its last dialog.");
        return setup.Result;
    }

    /// <summary>Waits for the dialog (the test fails if it never appears) and saves a picture of it when asked to.</summary>
    public string Shown(string title, string picture)
    {
        var window = screen.WaitForWindow(title);
        if (Environment.GetEnvironmentVariable("OA_SCREENSHOTS") is { Length: > 0 } folder)
            screen.Screenshot(window, Path.Combine(folder, $"{picturePrefix}-{picture}.png"));
        return window;
    }

    public void Next(string window) => screen.Keys(window, "Return");
}
