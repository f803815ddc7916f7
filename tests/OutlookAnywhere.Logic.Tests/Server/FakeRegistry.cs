using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

/// <summary>A dictionary-backed registry: keys and value names compare case-insensitively, like Windows.</summary>
public sealed class FakeRegistry : IRegistry
{
    private readonly Dictionary<string, Dictionary<string, object>> _keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every write and delete, in order, e.g. "set HKLM\...\RpcProxy ValidPorts".</summary>
    public List<string> Writes { get; } = [];

    public FakeRegistry WithKey(string keyPath)
    {
        Key(keyPath);
        return this;
    }

    public FakeRegistry WithValue(string keyPath, string name, string value) => With(keyPath, name, value);
    public FakeRegistry WithValue(string keyPath, string name, int value) => With(keyPath, name, value);
    public FakeRegistry WithValue(string keyPath, string name, string[] value) => With(keyPath, name, value);

    private FakeRegistry With(string keyPath, string name, object value)
    {
        Key(keyPath)[name] = value;
        return this;
    }

    private Dictionary<string, object> Key(string keyPath)
    {
        if (!_keys.TryGetValue(keyPath, out var key)) _keys[keyPath] = key = new(StringComparer.OrdinalIgnoreCase);
        return key;
    }

    private object? Get(string keyPath, string name) =>
        _keys.TryGetValue(keyPath, out var key) && key.TryGetValue(name, out var value) ? value : null;

    public string? GetString(string keyPath, string name) => Get(keyPath, name) as string;
    public int? GetDword(string keyPath, string name) => Get(keyPath, name) as int?;
    public string[]? GetMultiString(string keyPath, string name) => Get(keyPath, name) as string[];
    public bool KeyExists(string keyPath) => _keys.ContainsKey(keyPath);

    public void SetString(string keyPath, string name, string value)
    {
        Writes.Add($"set {keyPath} {name}");
        Key(keyPath)[name] = value;
    }

    public void SetDword(string keyPath, string name, int value)
    {
        Writes.Add($"set {keyPath} {name}");
        Key(keyPath)[name] = value;
    }

    public void SetMultiString(string keyPath, string name, string[] value)
    {
        Writes.Add($"set {keyPath} {name}");
        Key(keyPath)[name] = value.ToArray();
    }

    public bool DeleteKeyIfEmpty(string keyPath)
    {
        if (!_keys.TryGetValue(keyPath, out var key) || key.Count > 0
            || _keys.Keys.Any(k => k.StartsWith(keyPath + "\\", StringComparison.OrdinalIgnoreCase))) return false;
        Writes.Add($"delete key {keyPath}");
        _keys.Remove(keyPath);
        return true;
    }

    public void DeleteValue(string keyPath, string name)
    {
        Writes.Add($"delete {keyPath} {name}");
        if (_keys.TryGetValue(keyPath, out var key)) key.Remove(name);
    }
}
