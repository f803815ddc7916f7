using Microsoft.Win32;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.CustomActions;

/// <summary>The real registry, always the 64-bit view (a 32-bit write would land under Wow6432Node).</summary>
public sealed class WindowsRegistry : IRegistry
{
    private static RegistryKey Split(string keyPath, out string path)
    {
        var slash = keyPath.IndexOf('\\');
        var hive = slash < 0 ? keyPath : keyPath.Substring(0, slash);
        path = slash < 0 ? "" : keyPath.Substring(slash + 1);
        var root = hive.ToUpperInvariant() switch
        {
            "HKLM" or "HKEY_LOCAL_MACHINE" => RegistryHive.LocalMachine,
            "HKCU" or "HKEY_CURRENT_USER" => RegistryHive.CurrentUser,
            _ => throw new ArgumentException($"Unsupported registry hive in '{keyPath}'."),
        };
        return RegistryKey.OpenBaseKey(root, RegistryView.Registry64);
    }

    private static object? Read(string keyPath, string name, RegistryValueKind wanted)
    {
        var root = Split(keyPath, out var path);
        using (root)
        using (var key = root.OpenSubKey(path))
        {
            if (key is null || key.GetValue(name, null, RegistryValueOptions.DoNotExpandEnvironmentNames) is not { } value) return null;
            var kind = key.GetValueKind(name);
            if (kind == wanted || (wanted == RegistryValueKind.String && kind == RegistryValueKind.ExpandString)) return value;
            return null;
        }
    }

    private static void Write(string keyPath, string name, object value, RegistryValueKind kind)
    {
        var root = Split(keyPath, out var path);
        using (root)
        using (var key = root.CreateSubKey(path))
            key.SetValue(name, value, kind);
    }

    public string? GetString(string keyPath, string name) => Read(keyPath, name, RegistryValueKind.String) as string;
    public int? GetDword(string keyPath, string name) => Read(keyPath, name, RegistryValueKind.DWord) as int?;
    public string[]? GetMultiString(string keyPath, string name) => Read(keyPath, name, RegistryValueKind.MultiString) as string[];

    public bool KeyExists(string keyPath)
    {
        var root = Split(keyPath, out var path);
        using (root)
        using (var key = root.OpenSubKey(path))
            return key is not null;
    }

    public void SetString(string keyPath, string name, string value) => Write(keyPath, name, value, RegistryValueKind.String);
    public void SetDword(string keyPath, string name, int value) => Write(keyPath, name, value, RegistryValueKind.DWord);
    public void SetMultiString(string keyPath, string name, string[] value) => Write(keyPath, name, value, RegistryValueKind.MultiString);

    public bool DeleteKeyIfEmpty(string keyPath)
    {
        var root = Split(keyPath, out var path);
        using (root)
        {
            using (var key = root.OpenSubKey(path))
                if (key is null || key.SubKeyCount > 0 || key.ValueCount > 0) return false;
            root.DeleteSubKey(path, throwOnMissingSubKey: false);
            return true;
        }
    }

    public void DeleteValue(string keyPath, string name)
    {
        var root = Split(keyPath, out var path);
        using (root)
        using (var key = root.OpenSubKey(path, writable: true))
            key?.DeleteValue(name, throwOnMissingValue: false);
    }
}
