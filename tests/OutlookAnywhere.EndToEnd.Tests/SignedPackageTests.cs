using System.Text.Json;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Packages and transforms signed by installer/sign.sh (the build's signing step) install, show their Programs and
/// Features entry and uninstall under Wine like unsigned ones (Wine never checks signatures; SigningTests verifies them).
/// </summary>
[Collection(WineCollection.Name)]
public sealed class SignedPackageTests(WineMachine machine) : IDisposable
{
    private const string UninstallKey = @"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall";
    private readonly WineRegistry _registry = new(machine);
    private readonly ThrowawaySigningCertificate _certificate = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("oa-signed-").FullName;

    /// <summary>Copies the package and the transforms made from it (release-manifest.json's builtFrom), signs them all.</summary>
    private (string Package, IReadOnlyList<string> Transforms) SignedCopy(string package)
    {
        Repository.RequireBuilt(package);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Output, "release-manifest.json")));
        var transforms = manifest.RootElement.GetProperty("transforms").EnumerateArray()
            .Where(t => t.GetProperty("builtFrom").GetString() == Path.GetFileName(package))
            .Select(t => Path.Combine(_folder, t.GetProperty("file").GetString()!)).ToList();
        File.Copy(package, Path.Combine(_folder, Path.GetFileName(package)));
        foreach (var transform in transforms) File.Copy(Path.Combine(Repository.Output, Path.GetFileName(transform)), transform);
        var signed = SignScript.Run(_folder, _certificate.Pfx, ThrowawaySigningCertificate.Password);
        Assert.True(signed.ExitCode == 0, signed.ToString());
        return (Path.Combine(_folder, Path.GetFileName(package)), transforms);
    }

    [Fact]
    public void Signed_client_package_with_a_signed_division_transform_installs_shows_its_entry_and_uninstalls()
    {
        var (package, transforms) = SignedCopy(RepositoryLayout.ClientPackage);
        var transform = transforms[0]; // every division's client transform carries the required server names
        var install = machine.Msiexec("signed-client", ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        Assert.True(install.ExitCode == 0, install.ToString());
        AssertInstalledEntry(package, @"HKLM\SOFTWARE\OutlookAnywhere\Client");

        var uninstall = machine.Msiexec("signed-client-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Null(_registry.Get(@"HKLM\SOFTWARE\OutlookAnywhere\Client", "Version"));
        Assert.False(_registry.KeyExists($@"{UninstallKey}\{ClientPackageLayout.ProductCode(package)}"));
    }

    [Fact]
    public void Signed_server_package_installs_shows_its_entry_and_uninstalls()
    {
        var (package, _) = SignedCopy(RepositoryLayout.ServerPackage);
        var install = machine.Msiexec("signed-server", ["/i", package], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
        Assert.True(install.ExitCode == 0, install.ToString());
        AssertInstalledEntry(package, @"HKLM\SOFTWARE\OutlookAnywhere\Server");

        var uninstall = machine.Msiexec("signed-server-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Null(_registry.Get(@"HKLM\SOFTWARE\OutlookAnywhere\Server", "Version"));
    }

    /// <summary>The Version value detection rules read, and the Programs and Features entry Windows Installer wrote.</summary>
    private void AssertInstalledEntry(string package, string productKey)
    {
        var version = ClientPackageLayout.ProductVersion(package);
        Assert.Equal(new RegistryValue("REG_SZ", version), _registry.Get(productKey, "Version"));
        var entry = _registry.Values($@"{UninstallKey}\{ClientPackageLayout.ProductCode(package)}");
        Assert.Equal(version, entry["DisplayVersion"].Data);
        Assert.EndsWith(@"\README.md", entry["HelpLink"].Data, StringComparison.Ordinal);
        Assert.Equal(entry["HelpLink"].Data, entry["URLInfoAbout"].Data);
        Assert.True(File.Exists(LinuxPath(entry["HelpLink"].Data)), $"HelpLink {entry["HelpLink"].Data} does not exist");
        Assert.Equal("Your IT service desk; see README.md in the installation folder", entry["Contact"].Data);
        // ARPPRODUCTICON: PublishProduct extracts the Icon row and records it as the product's ProductIcon, where Programs and
        // Features reads it (Windows Installer SDK, "ARPPRODUCTICON property"); the file must be the kit's icon.
        var icon = _registry.Get($@"HKLM\SOFTWARE\Classes\Installer\Products\{PackedGuid(ClientPackageLayout.ProductCode(package))}", "ProductIcon");
        Assert.NotNull(icon);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "installer", "ProductIcon.ico")), File.ReadAllBytes(LinuxPath(icon.Data)));
    }

    /// <summary>The packed form of a GUID in Windows Installer's registry keys: each group's hex digits reversed, the last 8 bytes nibble-swapped.</summary>
    private static string PackedGuid(string guid)
    {
        var hex = guid.Trim('{', '}').Replace("-", "");
        static string Reverse(string s) => new(s.Reverse().ToArray());
        var tail = string.Concat(Enumerable.Range(0, 8).Select(i => Reverse(hex.Substring(16 + 2 * i, 2))));
        return Reverse(hex[..8]) + Reverse(hex[8..12]) + Reverse(hex[12..16]) + tail;
    }

    /// <summary>C:\... inside the prefix (drive_c).</summary>
    private string LinuxPath(string windowsPath) =>
        Path.Combine(machine.Prefix, "drive_c", windowsPath[3..].Replace('\\', '/'));

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
