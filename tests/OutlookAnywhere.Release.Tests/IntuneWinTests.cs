using System.Security.Cryptography;

namespace OutlookAnywhere.Release.Tests;

/// <summary>Every .intunewin the build wrote, decrypted with the keys in its Detection.xml and compared with out/.</summary>
public sealed class IntuneWinTests
{
    public static TheoryData<string> Packages() => new(ReleaseOutput.Packages.Select(Path.GetFileName)!);

    private static string IntuneWinOf(string package) =>
        Path.Combine(Repository.Output, Path.GetFileNameWithoutExtension(package) + ".intunewin");

    [Theory, MemberData(nameof(Packages))]
    public void The_outer_zip_holds_exactly_the_stored_content_and_Detection_xml(string package)
    {
        var content = IntuneWinContent.Read(IntuneWinOf(package));
        Assert.Equal([IntuneWinContent.ContentEntry, IntuneWinContent.DetectionEntry], content.OuterEntries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.All(content.OuterEntries, e => Assert.Equal(e.Length, e.CompressedLength));
        Assert.Equal("IntunePackage.intunewin", content.Field("FileName"));
        Assert.Equal(package, content.Field("SetupFile"));
        Assert.Equal("ProfileVersion1", content.Encryption("ProfileIdentifier"));
        Assert.Equal("SHA256", content.Encryption("FileDigestAlgorithm"));
    }

    [Theory, MemberData(nameof(Packages))]
    public void Decrypted_content_holds_the_package_and_its_transforms_byte_for_byte(string package)
    {
        var content = IntuneWinContent.Read(IntuneWinOf(package));
        var inner = IntuneWinContent.Unzip(content.Decrypt());

        var packagePath = Path.Combine(Repository.Output, package);
        var productCode = MsiInfoTool.Properties(packagePath)["ProductCode"];
        // The manifest lists the transforms that fit the package; they are all inside, beside it, and nothing else is.
        var fitting = ReleaseOutput.Manifest.Transforms.Where(t => t.Packages.Contains(package)).Select(t => t.File);
        Assert.Equal(fitting.Append(package).Order(StringComparer.Ordinal).ToList(), inner.Keys.Order(StringComparer.Ordinal).ToList());
        // Read from each transform with msiinfo: every one made from this package is among them.
        var madeFromIt = ReleaseOutput.Transforms.Where(t => MsiInfoTool.TransformBaseProductCode(t) == productCode).Select(t => Path.GetFileName(t)).ToList();
        Assert.All(madeFromIt, t => Assert.Contains(t, inner.Keys));
        foreach (var (name, bytes) in inner)
            Assert.True(File.ReadAllBytes(Path.Combine(Repository.Output, name)).AsSpan().SequenceEqual(bytes), $"{name} inside {package}'s .intunewin differs from out/{name}");
    }

    [Theory, MemberData(nameof(Packages))]
    public void MsiInfo_is_what_the_package_tables_say(string package)
    {
        var path = Path.Combine(Repository.Output, package);
        var content = IntuneWinContent.Read(IntuneWinOf(package));
        var properties = MsiInfoTool.Properties(path);

        Assert.Equal(properties["ProductName"], content.Field("Name"));
        Assert.Equal(properties["ProductCode"], content.Msi("MsiProductCode"));
        Assert.Equal(properties["ProductVersion"], content.Msi("MsiProductVersion"));
        Assert.Equal(properties["UpgradeCode"], content.Msi("MsiUpgradeCode"));
        Assert.Equal(properties["Manufacturer"], content.Msi("MsiPublisher"));
        Assert.Equal(MsiInfoTool.Summary(path, "Revision number (UUID)"), content.Msi("MsiPackageCode"));
        // Both packages are per machine by default (ALLUSERS=1): Intune installs them as SYSTEM.
        Assert.Equal("1", properties["ALLUSERS"]);
        Assert.Equal("System", content.Msi("MsiExecutionContext"));
        Assert.Equal("true", content.Msi("MsiIsMachineInstall"));
        Assert.Equal("false", content.Msi("MsiIsUserInstall"));
        Assert.Equal("false", content.Msi("MsiRequiresLogon"));
        Assert.Equal(MsiInfoTool.Rows(path, "ServiceInstall").Count > 0 ? "true" : "false", content.Msi("MsiIncludesServices"));
        Assert.Equal(MsiInfoTool.Rows(path, "ODBCDataSource").Count > 0 ? "true" : "false", content.Msi("MsiIncludesODBCDataSource"));
        var sequence = MsiInfoTool.Rows(path, "InstallExecuteSequence").Select(r => r[0]).ToList();
        Assert.Equal(sequence.Contains("ScheduleReboot") || sequence.Contains("ForceReboot") ? "true" : "false", content.Msi("MsiRequiresReboot"));
        // Both write HKLM (or HKMU, which is HKLM per machine) values.
        Assert.Contains(MsiInfoTool.Rows(path, "Registry"), r => r[1] is "2" or "-1");
        Assert.Equal("true", content.Msi("MsiContainsSystemRegistryKeys"));
        // Both install their README under Program Files.
        Assert.Equal("true", content.Msi("MsiContainsSystemFolders"));
    }

    [Theory, MemberData(nameof(Packages))]
    public void A_one_bit_change_anywhere_in_the_content_is_rejected(string package)
    {
        var content = IntuneWinContent.Read(IntuneWinOf(package));
        content.Decrypt(); // intact: accepted
        var length = content.Encrypted.Length;
        foreach (var (offset, where) in new[] { (0, "MAC"), (31, "MAC"), (32, "IV"), (47, "IV"), (48, "first cipher block"), (length / 2, "middle"), (length - 1, "last cipher block") })
        {
            var changed = (byte[])content.Encrypted.Clone();
            changed[offset] ^= 0x01;
            var error = Assert.Throws<CryptographicException>(() => content.Decrypt(changed));
            Assert.True(error.Message.Contains("HMAC", StringComparison.Ordinal), $"bit flipped in the {where} (offset {offset}): {error.Message}");
        }
    }

    [Fact]
    public void Content_re_encrypted_with_the_same_keys_is_rejected_by_the_Mac_in_Detection_xml()
    {
        // Whoever holds the keys can make a self-consistent content; the Mac recorded in Detection.xml still catches it.
        var content = IntuneWinContent.Read(IntuneWinOf(ReleaseOutput.Packages[0]));
        var key = Convert.FromBase64String(content.Encryption("EncryptionKey"));
        var macKey = Convert.FromBase64String(content.Encryption("MacKey"));
        var iv = Convert.FromBase64String(content.Encryption("InitializationVector"));
        var plain = content.Decrypt();
        plain[plain.Length / 2] ^= 0x01;
        using var aes = Aes.Create();
        aes.Key = key;
        var cipher = aes.EncryptCbc(plain, iv, PaddingMode.PKCS7);
        var forged = new byte[48 + cipher.Length];
        iv.CopyTo(forged, 32);
        cipher.CopyTo(forged, 48);
        HMACSHA256.HashData(macKey, forged.AsSpan(32)).CopyTo(forged, 0);
        var error = Assert.Throws<CryptographicException>(() => content.Decrypt(forged));
        Assert.Contains("HMAC does not match EncryptionInfo/Mac", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_FileDigest_that_does_not_match_the_decrypted_zip_is_rejected()
    {
        var content = IntuneWinContent.Read(IntuneWinOf(ReleaseOutput.Packages[0]));
        var detection = new System.Xml.Linq.XElement(content.Detection);
        var digest = Convert.FromBase64String(content.Encryption("FileDigest"));
        digest[0] ^= 0x01;
        detection.Element("EncryptionInfo")!.Element("FileDigest")!.Value = Convert.ToBase64String(digest);
        var altered = new IntuneWinContent { OuterEntries = content.OuterEntries, Detection = detection, Encrypted = content.Encrypted };
        var error = Assert.Throws<CryptographicException>(() => altered.Decrypt());
        Assert.Contains("FileDigest", error.Message, StringComparison.Ordinal);
    }
}
