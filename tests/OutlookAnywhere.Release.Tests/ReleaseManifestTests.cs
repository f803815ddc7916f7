namespace OutlookAnywhere.Release.Tests;

/// <summary>out/release-manifest.json against the packages and transforms themselves, read with msitools.</summary>
public sealed class ReleaseManifestTests
{
    [Fact]
    public void Every_package_is_listed_with_its_identity_platform_and_SHA256()
    {
        var manifest = ReleaseOutput.Manifest;
        Assert.Equal(ReleaseOutput.Packages.Select(Path.GetFileName), manifest.Packages.Select(p => p.File));
        foreach (var entry in manifest.Packages)
        {
            var path = Path.Combine(Repository.Output, entry.File);
            var properties = MsiInfoTool.Properties(path);
            Assert.Equal(properties["ProductCode"], entry.ProductCode);
            Assert.Equal(properties["UpgradeCode"], entry.UpgradeCode);
            Assert.Equal(properties["ProductVersion"], entry.ProductVersion);
            Assert.Equal(properties["ProductName"], entry.ProductName);
            Assert.Equal(MsiInfoTool.Summary(path, "Revision number (UUID)"), entry.PackageCode);
            var platform = MsiInfoTool.Summary(path, "Template").Split(';')[0];
            Assert.Equal(platform == "Intel" ? "x86" : platform, entry.Platform);
            Assert.Equal(ReleasePackage.Sha256Of(path), entry.Sha256);
            Assert.Equal(new FileInfo(path).Length, entry.Size);
            Assert.Equal(ReleaseManifest.IsSigned(path), entry.Signed);
            Assert.Equal(entry.ProductCode, entry.Detection.ProductCode);
            Assert.Equal(Path.GetFileNameWithoutExtension(entry.File) + ".intunewin", entry.IntuneWin);
            Assert.True(File.Exists(Path.Combine(Repository.Output, entry.IntuneWin!)));
        }
    }

    [Fact]
    public void Every_package_is_detectable_by_a_Version_value_the_package_writes_under_HKLM()
    {
        foreach (var entry in ReleaseOutput.Manifest.Packages)
        {
            var path = Path.Combine(Repository.Output, entry.File);
            var rule = entry.Detection.Registry;
            Assert.True(rule is not null, $"{entry.File} writes no Version value to detect");
            Assert.Equal("HKEY_LOCAL_MACHINE", rule.Hive);
            Assert.Equal(entry.ProductVersion, rule.Value);
            // Registry columns: Registry, Root, Key, Name, Value, Component_; Component: Component, ComponentId, Directory_, Attributes. Root -1 (HKMU) is HKLM in a per-machine install.
            var row = Assert.Single(MsiInfoTool.Rows(path, "Registry"), r => r[3] == "Version" && (r[4] == "[ProductVersion]" || r[4] == entry.ProductVersion) && r[1] is "2" or "-1");
            Assert.Equal(row[2].TrimEnd('\\'), rule.Key);
            var attributes = int.Parse(MsiInfoTool.Rows(path, "Component").Single(c => c[0] == row[5])[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((attributes & 256) != 0 ? "64-bit" : "32-bit", rule.View);
        }
    }

    [Fact]
    public void Every_transform_is_listed_with_the_package_it_was_made_from()
    {
        var manifest = ReleaseOutput.Manifest;
        Assert.Equal(ReleaseOutput.Transforms.Select(Path.GetFileName), manifest.Transforms.Select(t => t.File));
        var packageByProductCode = manifest.Packages.ToDictionary(p => p.ProductCode, p => p.File);
        foreach (var entry in manifest.Transforms)
        {
            var path = Path.Combine(Repository.Output, entry.File);
            Assert.Equal(packageByProductCode[MsiInfoTool.TransformBaseProductCode(path)], entry.BuiltFrom);
            Assert.Contains(entry.BuiltFrom, entry.Packages);
            Assert.Equal(ReleasePackage.Sha256Of(path), entry.Sha256);
            Assert.Equal(ReleaseManifest.IsSigned(path), entry.Signed);
        }
    }

    [Fact]
    public void A_transform_made_for_a_package_that_is_not_there_is_refused_naming_it_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var manifest = ReleaseOutput.Manifest;
        var transform = manifest.Transforms[0];
        var other = manifest.Packages.First(p => p.UpgradeCode != manifest.Packages.Single(q => q.File == transform.BuiltFrom).UpgradeCode);
        File.Copy(Path.Combine(Repository.Output, other.File), Path.Combine(folder.Path, other.File));
        File.Copy(Path.Combine(Repository.Output, transform.File), Path.Combine(folder.Path, transform.File));

        var error = Assert.Throws<ReleaseException>(() => ReleaseBuilder.Build(folder.Path, folder.Path, TextWriter.Null));
        Assert.Contains(transform.File, error.Message, StringComparison.Ordinal);
        Assert.Contains("made for no package in this folder", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.intunewin"));
        Assert.False(File.Exists(Path.Combine(folder.Path, ReleaseManifest.FileName)));
    }

    [Fact]
    public void A_folder_without_packages_is_refused_naming_it()
    {
        using var folder = new TemporaryFolder();
        var error = Assert.Throws<ReleaseException>(() => ReleaseBuilder.Build(folder.Path, folder.Path, TextWriter.Null));
        Assert.Equal($"--packages '{folder.Path}': no .msi in it; build the packages first.", error.Message);
    }
}
