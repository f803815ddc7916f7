using System.Security.Cryptography;

namespace OutlookAnywhere.Release;

/// <summary>The EncryptionInfo block of Detection.xml; byte values are written base64-encoded.</summary>
public sealed record IntuneEncryptionInfo(byte[] EncryptionKey, byte[] MacKey, byte[] InitializationVector, byte[] Mac, byte[] FileDigest)
{
    public const string ProfileIdentifier = "ProfileVersion1";
    public const string FileDigestAlgorithm = "SHA256";
}

/// <summary>
/// IntunePackage.intunewin: HMAC-SHA256 (32 bytes) over IV + ciphertext, then the IV (16 bytes), then the inner zip
/// encrypted with AES-256-CBC and PKCS#7 padding. Fresh random keys and IV for every file, as IntuneWinAppUtil does;
/// Intune gets them from Detection.xml when the content is uploaded.
/// </summary>
public static class IntuneContentEncryption
{
    public const int MacLength = 32;
    public const int IvLength = 16;

    public static (byte[] Content, IntuneEncryptionInfo Info) Encrypt(byte[] innerZip)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var macKey = RandomNumberGenerator.GetBytes(32);
        var iv = RandomNumberGenerator.GetBytes(IvLength);
        using var aes = Aes.Create();
        aes.Key = key;
        var ciphertext = aes.EncryptCbc(innerZip, iv, PaddingMode.PKCS7);

        var content = new byte[MacLength + IvLength + ciphertext.Length];
        iv.CopyTo(content, MacLength);
        ciphertext.CopyTo(content, MacLength + IvLength);
        var mac = HMACSHA256.HashData(macKey, content.AsSpan(MacLength));
        mac.CopyTo(content, 0);
        return (content, new IntuneEncryptionInfo(key, macKey, iv, mac, SHA256.HashData(innerZip)));
    }
}
