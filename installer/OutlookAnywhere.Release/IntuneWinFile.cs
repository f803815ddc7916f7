using System.IO.Compression;

namespace OutlookAnywhere.Release;

/// <summary>
/// Writes &lt;package&gt;.intunewin, the content file of an Intune Win32 app: an outer zip (stored, not compressed)
/// holding IntuneWinPackage/Contents/IntunePackage.intunewin (the encrypted inner zip) and
/// IntuneWinPackage/Metadata/Detection.xml. The inner zip holds the .msi and the transforms that fit it, side by side at
/// its root, so one upload serves each division's app (each with its own TRANSFORMS= install command).
/// </summary>
public static class IntuneWinFile
{
    public const string ContentEntry = "IntuneWinPackage/Contents/" + DetectionXml.EncryptedFileName;
    public const string DetectionEntry = "IntuneWinPackage/Metadata/Detection.xml";

    public static string Write(ReleasePackage package, IReadOnlyList<string> transforms, string outputFolder)
    {
        var innerZip = InnerZip([package.Path, .. transforms.Order(StringComparer.Ordinal)]);
        var (content, encryption) = IntuneContentEncryption.Encrypt(innerZip);
        IntuneMsiInfo msiInfo;
        using (var database = ReleasePackage.OpenDatabase(package.Path))
            msiInfo = IntuneMsiInfo.Derive(database, package);
        var detection = DetectionXml.Write(package.ProductName, package.FileName, innerZip.LongLength, encryption, msiInfo);

        var target = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(package.FileName) + ".intunewin");
        var partial = target + ".partial";
        using (var file = File.Create(partial))
        using (var outer = new ZipArchive(file, ZipArchiveMode.Create))
        {
            Add(outer, ContentEntry, content, CompressionLevel.NoCompression);
            Add(outer, DetectionEntry, detection, CompressionLevel.NoCompression);
        }
        File.Move(partial, target, overwrite: true);
        return target;
    }

    private static byte[] InnerZip(IEnumerable<string> files)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files)
                Add(zip, Path.GetFileName(file), File.ReadAllBytes(file), CompressionLevel.Optimal);
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] data, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(data);
    }
}
