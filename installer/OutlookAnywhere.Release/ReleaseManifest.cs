using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Release;

/// <summary>
/// release-manifest.json: for each package its identity (ProductCode, UpgradeCode, version, platform), SHA-256 and the
/// detection rules SCCM and Intune can use; for each transform its SHA-256 and the package(s) it belongs to.
/// </summary>
public sealed record ReleaseManifest(int SchemaVersion, IReadOnlyList<ReleaseManifest.Package> Packages, IReadOnlyList<ReleaseManifest.Transform> Transforms)
{
    public const string FileName = "release-manifest.json";

    public sealed record Package(
        string File, string ProductName, string ProductCode, string UpgradeCode, string ProductVersion, string PackageCode,
        string Platform, int? Language, string Manufacturer, string Sha256, long Size, bool Signed, Detection Detection, string? IntuneWin);

    /// <summary>Registry is null when the package writes no Version value (then detect by ProductCode).</summary>
    public sealed record Detection(string ProductCode, RegistryRule? Registry);

    /// <summary>View is "64-bit" or "32-bit": which registry view holds the key (32-bit = Wow6432Node on 64-bit Windows).</summary>
    public sealed record RegistryRule(string Hive, string Key, string ValueName, string View, string Comparison, string Value);

    public sealed record Transform(string File, string Sha256, bool Signed, string BuiltFrom, IReadOnlyList<string> Packages);

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ReleaseManifest Create(IReadOnlyList<ReleasePackage> packages, IReadOnlyList<TransformTarget> transforms,
        IReadOnlyDictionary<string, string> intuneWinFiles) =>
        new(1,
            packages.Select(p => new Package(p.FileName, p.ProductName, p.ProductCode, p.UpgradeCode, p.ProductVersion, p.PackageCode,
                p.Platform, p.Language, p.Manufacturer, p.Sha256, p.Size, IsSigned(p.Path),
                new Detection(p.ProductCode, p.Detection is { } d
                    ? new RegistryRule(d.Hive, d.Key, d.ValueName, d.View64 ? "64-bit" : "32-bit", "version equals", p.ProductVersion)
                    : null),
                intuneWinFiles.GetValueOrDefault(p.FileName))).ToList(),
            transforms.Select(t => new Transform(t.FileName, t.Sha256, IsSigned(t.Path), t.BuiltFrom, t.Fits)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static ReleaseManifest Parse(string json) =>
        JsonSerializer.Deserialize<ReleaseManifest>(json, Json) ?? throw new InvalidDataException("empty release manifest");

    /// <summary>An Authenticode-signed .msi or .mst carries its signature in the root stream \x05DigitalSignature.</summary>
    public static bool IsSigned(string path) => CompoundFile.Open(path).TryReadRootStream("\u0005DigitalSignature") is not null;
}
