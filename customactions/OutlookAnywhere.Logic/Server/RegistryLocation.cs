namespace OutlookAnywhere.Logic;

/// <summary>One registry value's place: the key path (HKLM\...) and the value name.</summary>
public sealed record RegistryLocation(string KeyPath, string Name);
