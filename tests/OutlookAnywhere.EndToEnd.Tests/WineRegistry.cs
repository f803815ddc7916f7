using System.Text.RegularExpressions;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>A registry value as `reg query` shows it: type name and data (REG_MULTI_SZ strings split).</summary>
public sealed record RegistryValue(string Type, string Data)
{
    public string[] Strings => Data.Length == 0 ? [] : Data.Split(@"\0");

    /// <summary>A REG_DWORD as `reg query` prints it (0x2f).</summary>
    public static RegistryValue Dword(int value) => new("REG_DWORD", $"0x{value:x}");
}

/// <summary>
/// Reads and seeds the prefix's registry with Wine's reg.exe, always in the 64-bit view. Only reg.exe's own "not found"
/// answer reads as absent: any other failure (reg.exe not started, killed, output not understood) throws, so a broken
/// read can never pass for a value that is missing.
/// </summary>
public sealed class WineRegistry(WineMachine machine)
{
    /// <summary>The value, or null when reg.exe says the key or the value does not exist.</summary>
    public RegistryValue? Get(string key, string name)
    {
        var result = Query(key, "/v", name);
        if (result is null) return null;
        foreach (var (valueName, value) in ParseValues(result.Output))
            if (string.Equals(valueName, name, StringComparison.OrdinalIgnoreCase)) return value;
        throw new InvalidOperationException($"reg query {key} /v {name} succeeded but printed no such value:\n{result.Output}");
    }

    /// <summary>Every value directly in <paramref name="key"/> (not its subkeys), by name; empty when the key is absent.</summary>
    public IReadOnlyDictionary<string, RegistryValue> Values(string key)
    {
        var values = new SortedDictionary<string, RegistryValue>(StringComparer.OrdinalIgnoreCase);
        var result = Query(key);
        if (result is null) return values;
        foreach (var (name, value) in ParseValues(result.Output)) values[name] = value;
        return values;
    }

    public bool KeyExists(string key) => Query(key) is not null;

    /// <summary>`reg query /s` output: the key, its values and every subkey's; empty when the key is absent.</summary>
    public string Tree(string key) => Query(key, "/s")?.Output ?? "";

    /// <summary>reg query's result; null when the key or value does not exist; throws on any other failure.</summary>
    private ProcessResult? Query(string key, params string[] options)
    {
        var result = machine.Run([WineMachine.Reg, "query", key, .. options, "/reg:64"]);
        if (result.ExitCode == 0) return result;
        if (IsNotFound(result)) return null;
        throw new InvalidOperationException($"reg query {key} {string.Join(' ', options)} failed with exit code {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>
    /// reg.exe's "not found" answer, exit code 1 and "Unable to find the specified registry key/value" (Wine:
    /// "reg: Unable to find the specified registry key", Windows: "ERROR: The system was unable to find the specified
    /// registry key or value.").
    /// </summary>
    private static bool IsNotFound(ProcessResult result) =>
        result.ExitCode == 1 && result.Output.Contains("nable to find the specified registry", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value lines of `reg query` output: four spaces, name, four spaces, type[, four spaces, data].</summary>
    private static IEnumerable<(string Name, RegistryValue Value)> ParseValues(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var match = Regex.Match(line.TrimEnd('\r'), @"^\s{4}(.+?)\s{4}(REG_[A-Z_]+)\s{4}(.*)$");
            if (match.Success)
            {
                yield return (match.Groups[1].Value, new RegistryValue(match.Groups[2].Value, match.Groups[3].Value));
                continue;
            }
            var empty = Regex.Match(line.TrimEnd('\r'), @"^\s{4}(.+?)\s{4}(REG_[A-Z_]+)\s*$");
            if (empty.Success) yield return (empty.Groups[1].Value, new RegistryValue(empty.Groups[2].Value, ""));
        }
    }

    public void SetString(string key, string name, string value) => Add(key, name, "REG_SZ", value);
    /// <summary>The key's default (unnamed) value, as App Paths entries hold the program's path.</summary>
    public void SetDefaultString(string key, string value)
    {
        var result = machine.Run(WineMachine.Reg, "add", key, "/ve", "/t", "REG_SZ", "/d", value, "/f", "/reg:64");
        if (result.ExitCode != 0) throw new InvalidOperationException($"reg add {key} /ve failed:\n{result.Output}");
    }

    public void SetDword(string key, string name, int value) => Add(key, name, "REG_DWORD", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    /// <summary>reg.exe separates the strings of a REG_MULTI_SZ with \0 on its command line.</summary>
    public void SetMultiString(string key, string name, params string[] values) => Add(key, name, "REG_MULTI_SZ", string.Join(@"\0", values));

    public void CreateKey(string key)
    {
        var result = machine.Run(WineMachine.Reg, "add", key, "/f", "/reg:64");
        if (result.ExitCode != 0) throw new InvalidOperationException($"reg add {key} failed:\n{result.Output}");
    }

    /// <summary>Deletes the key and its subkeys; nothing to do when it is absent.</summary>
    public void DeleteKey(string key) => Delete(key);

    /// <summary>Deletes one value; nothing to do when it or its key is absent.</summary>
    public void DeleteValue(string key, string name) => Delete(key, "/v", name);

    private void Delete(string key, params string[] options)
    {
        var result = machine.Run([WineMachine.Reg, "delete", key, .. options, "/f", "/reg:64"]);
        if (result.ExitCode != 0 && !IsNotFound(result))
            throw new InvalidOperationException($"reg delete {key} {string.Join(' ', options)} failed with exit code {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>
    /// Several key deletions and values in one `reg import` of a .reg file: one Wine process instead of one per change
    /// (a test's cleanup deletes about forty keys). The file is kept in the test's log folder as <paramref name="name"/>.reg.
    /// A deleted key that is absent is no error, as with <see cref="DeleteKey"/>.
    /// </summary>
    public void Apply(string name, Action<RegistryChanges> describe)
    {
        var changes = new RegistryChanges();
        describe(changes);
        var file = machine.NewLogPath(name, ".reg");
        File.WriteAllText(file, changes.ToRegFile(), System.Text.Encoding.Unicode);
        var result = machine.Run(WineMachine.Reg, "import", WineMachine.WindowsPath(file), "/reg:64");
        if (result.ExitCode != 0) throw new InvalidOperationException($"reg import {file} failed with exit code {result.ExitCode}:\n{result.Output}");
    }

    private void Add(string key, string name, string type, string data)
    {
        var result = machine.Run(WineMachine.Reg, "add", key, "/v", name, "/t", type, "/d", data, "/f", "/reg:64");
        if (result.ExitCode != 0) throw new InvalidOperationException($"reg add {key} /v {name} failed:\n{result.Output}");
    }
}

/// <summary>
/// The changes for <see cref="WineRegistry.Apply"/>, in order, as a .reg file (regedit's format, which reg import reads).
/// No value deletions: a .reg file names a value's key in a section, and importing a section creates its key.
/// </summary>
public sealed class RegistryChanges
{
    private readonly List<string> _sections = [];

    public RegistryChanges DeleteKey(string key)
    {
        _sections.Add($"[-{FullKey(key)}]");
        return this;
    }

    public RegistryChanges SetString(string key, string name, string value)
    {
        _sections.Add($"[{FullKey(key)}]\r\n{Quote(name)}={Quote(value)}");
        return this;
    }

    public RegistryChanges SetDword(string key, string name, int value)
    {
        _sections.Add($"[{FullKey(key)}]\r\n{Quote(name)}=dword:{value:x8}");
        return this;
    }

    public string ToRegFile() => "Windows Registry Editor Version 5.00\r\n\r\n" + string.Concat(_sections.Select(s => s + "\r\n\r\n"));

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>reg.exe's short root names (HKLM\...) as a .reg file spells them.</summary>
    private static string FullKey(string key)
    {
        foreach (var (shortName, longName) in new[] { ("HKLM", "HKEY_LOCAL_MACHINE"), ("HKCU", "HKEY_CURRENT_USER"), ("HKU", "HKEY_USERS"), ("HKCR", "HKEY_CLASSES_ROOT") })
            if (key.StartsWith(shortName + "\\", StringComparison.OrdinalIgnoreCase)) return longName + key[shortName.Length..];
        throw new ArgumentException($"{key}: a registry key must start with HKLM\\, HKCU\\, HKU\\ or HKCR\\", nameof(key));
    }
}
