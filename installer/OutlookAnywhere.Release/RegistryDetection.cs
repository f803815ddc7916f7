using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Release;

/// <summary>
/// The registry value a detection rule can compare with the product version: the package's Registry row named
/// Version whose value is the product version ([ProductVersion], or the version itself written in at build time), under HKLM (or HKMU, which a per-machine install writes to HKLM).
/// View64 is the registry view: a component without the 64-bit attribute writes to the 32-bit view (Wow6432Node).
/// </summary>
public sealed record RegistryDetection(string Key, string ValueName, bool View64)
{
    private const int HklmRoot = 2;
    private const int PerMachineOrUserRoot = -1;
    private const int Component64Bit = 256;

    public string Hive => "HKEY_LOCAL_MACHINE";

    public static RegistryDetection? Find(MsiDatabase database)
    {
        var registry = database.GetTable("Registry");
        var components = database.GetTable("Component");
        var version = database.GetTable("Property")?.FindRow("ProductVersion")?.GetString("Value");
        if (registry is null || components is null) return null;
        var row = registry.Rows.FirstOrDefault(r =>
            r.GetString("Name") == "Version" && (r.GetString("Value") == "[ProductVersion]" || r.GetString("Value") == version)
            && r.GetInt("Root") is HklmRoot or PerMachineOrUserRoot);
        if (row is null) return null;
        var attributes = components.FindRow(row.GetString("Component_"))?.GetInt("Attributes") ?? 0;
        return new RegistryDetection(row.GetString("Key")!.TrimEnd('\\'), "Version", (attributes & Component64Bit) != 0);
    }
}
