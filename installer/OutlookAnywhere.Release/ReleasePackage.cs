using System.Security.Cryptography;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Release;

/// <summary>
/// What a detection rule and a deployment need to know about one built .msi, read from its own tables and
/// summary information (never from file names, which are not stable across platforms and releases).
/// </summary>
public sealed record ReleasePackage(
    string Path,
    string ProductName,
    string ProductCode,
    string UpgradeCode,
    string ProductVersion,
    string Manufacturer,
    string PackageCode,
    string Platform,
    int? Language,
    string Sha256,
    long Size,
    RegistryDetection? Detection)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public static ReleasePackage Read(string path)
    {
        using var database = OpenDatabase(path);
        var property = database.GetTable("Property") ?? throw new ReleaseException($"{path}: the package has no Property table.");
        string Required(string name) => property.FindRow(name)?.GetString("Value") is { Length: > 0 } value
            ? value
            : throw new ReleaseException($"{path}: Property {name} is missing or empty; every package needs it for detection.");
        var template = database.Summary.Template ?? "";
        return new ReleasePackage(
            path,
            Required("ProductName"),
            Required("ProductCode"),
            Required("UpgradeCode"),
            Required("ProductVersion"),
            Required("Manufacturer"),
            database.Summary.RevisionNumber ?? throw new ReleaseException($"{path}: the summary information has no package code (Revision Number)."),
            PlatformOf(template, path),
            TransformSummary.LanguageOf(template),
            Sha256Of(path),
            new FileInfo(path).Length,
            RegistryDetection.Find(database));
    }

    public static MsiDatabase OpenDatabase(string path)
    {
        try
        {
            return MsiDatabase.Open(path);
        }
        catch (Exception e) when (e is MsiFormatException or IOException or InvalidDataException)
        {
            throw new ReleaseException($"{path}: not a readable Windows Installer package: {e.Message}");
        }
    }

    /// <summary>Template "x64;1033" names the platform; Windows Installer calls 32-bit x86 "Intel".</summary>
    public static string PlatformOf(string template, string path)
    {
        var platform = template.Split(';')[0].Trim();
        return platform switch
        {
            "Intel" or "" => "x86",
            "x64" or "AMD64" => "x64",
            "Arm64" => "arm64",
            _ => throw new ReleaseException($"{path}: summary Template platform '{platform}' is not one of Intel, x64, AMD64, Arm64."),
        };
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
