using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace OutlookAnywhere.Release.Tests;

/// <summary>
/// The tests' own reader of a .intunewin, written from the format (not from the writer): the outer zip's two entries,
/// Detection.xml, and the encrypted content checked and decrypted only with what Detection.xml says.
/// </summary>
public sealed class IntuneWinContent
{
    public const string ContentEntry = "IntuneWinPackage/Contents/IntunePackage.intunewin";
    public const string DetectionEntry = "IntuneWinPackage/Metadata/Detection.xml";

    public required IReadOnlyList<ZipArchiveEntryInfo> OuterEntries { get; init; }
    public required XElement Detection { get; init; }
    public required byte[] Encrypted { get; init; }

    public sealed record ZipArchiveEntryInfo(string FullName, long Length, long CompressedLength);

    public string Field(string name) => Detection.Element(name)?.Value ?? throw new InvalidDataException($"Detection.xml has no {name}");
    public string Encryption(string name) => Detection.Element("EncryptionInfo")?.Element(name)?.Value ?? throw new InvalidDataException($"Detection.xml has no EncryptionInfo/{name}");
    public string Msi(string name) => Detection.Element("MsiInfo")?.Element(name)?.Value ?? throw new InvalidDataException($"Detection.xml has no MsiInfo/{name}");

    public static IntuneWinContent Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        byte[] Entry(string name)
        {
            var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{path} has no {name}");
            using var stream = entry.Open();
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        return new IntuneWinContent
        {
            OuterEntries = zip.Entries.Select(e => new ZipArchiveEntryInfo(e.FullName, e.Length, e.CompressedLength)).ToList(),
            Detection = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Entry(DetectionEntry))).Root!,
            Encrypted = Entry(ContentEntry),
        };
    }

    /// <summary>
    /// HMAC-SHA256 (MacKey) over everything after the first 32 bytes must equal those 32 bytes and Mac; the next 16 bytes
    /// must be the InitializationVector; AES-256-CBC (EncryptionKey) of the rest must give a zip whose SHA-256 is FileDigest
    /// and whose length is UnencryptedContentSize. Throws <see cref="CryptographicException"/> naming the first mismatch.
    /// </summary>
    public byte[] Decrypt() => Decrypt(Encrypted);

    public byte[] Decrypt(byte[] encrypted)
    {
        var key = Convert.FromBase64String(Encryption("EncryptionKey"));
        var macKey = Convert.FromBase64String(Encryption("MacKey"));
        var iv = Convert.FromBase64String(Encryption("InitializationVector"));
        var mac = Convert.FromBase64String(Encryption("Mac"));
        if (key.Length != 32 || macKey.Length != 32 || iv.Length != 16) throw new CryptographicException("key, MAC key or IV has the wrong length");
        if (encrypted.Length < 48 + 16) throw new CryptographicException("content shorter than MAC + IV + one block");

        var computed = HMACSHA256.HashData(macKey, encrypted.AsSpan(32));
        if (!CryptographicOperations.FixedTimeEquals(computed, encrypted.AsSpan(0, 32))) throw new CryptographicException("HMAC of IV + ciphertext does not match the content's first 32 bytes");
        if (!CryptographicOperations.FixedTimeEquals(computed, mac)) throw new CryptographicException("HMAC does not match EncryptionInfo/Mac");
        if (!encrypted.AsSpan(32, 16).SequenceEqual(iv)) throw new CryptographicException("IV in the content differs from EncryptionInfo/InitializationVector");

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(encrypted.AsSpan(48), iv, PaddingMode.PKCS7);
        if (Convert.ToBase64String(SHA256.HashData(plain)) != Encryption("FileDigest")) throw new CryptographicException("SHA-256 of the decrypted zip differs from FileDigest");
        if (plain.LongLength.ToString(System.Globalization.CultureInfo.InvariantCulture) != Field("UnencryptedContentSize")) throw new CryptographicException("decrypted size differs from UnencryptedContentSize");
        return plain;
    }

    public static IReadOnlyDictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }
}
