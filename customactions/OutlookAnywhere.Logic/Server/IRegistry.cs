namespace OutlookAnywhere.Logic;

/// <summary>
/// The registry as the custom actions see it: every side effect of the logic goes through here, so
/// tests hand in a dictionary-backed fake. Key paths are full, with hive, e.g.
/// <c>HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy</c>, always in the 64-bit view (a 32-bit view write
/// would land under Wow6432Node, where nothing reads it).
/// </summary>
public interface IRegistry
{
    /// <summary>REG_SZ / REG_EXPAND_SZ value (unexpanded), or null when the key or value is absent.</summary>
    string? GetString(string keyPath, string name);

    /// <summary>REG_DWORD value, or null when the key or value is absent.</summary>
    int? GetDword(string keyPath, string name);

    /// <summary>REG_MULTI_SZ value, or null when the key or value is absent.</summary>
    string[]? GetMultiString(string keyPath, string name);

    bool KeyExists(string keyPath);

    /// <summary>Writes a REG_SZ value, creating the key if needed.</summary>
    void SetString(string keyPath, string name, string value);

    /// <summary>Writes a REG_DWORD value, creating the key if needed.</summary>
    void SetDword(string keyPath, string name, int value);

    /// <summary>Writes a REG_MULTI_SZ value, creating the key if needed.</summary>
    void SetMultiString(string keyPath, string name, string[] value);

    /// <summary>Deletes a value; no error if it does not exist.</summary>
    void DeleteValue(string keyPath, string name);

    /// <summary>Deletes the key if it exists and holds no values and no subkeys; returns whether it was deleted.</summary>
    bool DeleteKeyIfEmpty(string keyPath);
}
