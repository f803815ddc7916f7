namespace OutlookAnywhere.Release.Tests;

/// <summary>
/// Every built package's Programs and Features entry (installer/ProgramsAndFeatures.wxi), read with msitools: the icon,
/// the contact, and both links pointing at the README the package installs.
/// </summary>
public sealed class ProgramsAndFeaturesTests
{
    public static TheoryData<string> Packages() => new(ReleaseOutput.Packages.Select(p => Path.GetFileName(p)));

    [Theory, MemberData(nameof(Packages))]
    public void ARPPRODUCTICON_names_an_Icon_row_holding_the_kit_icon_byte_for_byte(string package)
    {
        var path = Path.Combine(Repository.Output, package);
        var icon = MsiInfoTool.Properties(path)["ARPPRODUCTICON"];
        Assert.Contains(MsiInfoTool.Rows(path, "Icon"), r => r[0] == icon);
        using var folder = new TemporaryFolder();
        var extracted = Path.Combine(folder.Path, "icon");
        // The Icon table's binary column is stored as the stream "Icon.<Name>".
        var result = ProcessRunner.Run("sh", ["-c", "msiinfo extract \"$0\" \"$1\" > \"$2\"", path, "Icon." + icon, extracted]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "installer", "ProductIcon.ico")), File.ReadAllBytes(extracted));
    }

    [Theory, MemberData(nameof(Packages))]
    public void Help_and_information_links_open_the_installed_README_and_a_contact_is_named(string package)
    {
        var path = Path.Combine(Repository.Output, package);
        Assert.False(string.IsNullOrWhiteSpace(MsiInfoTool.Properties(path)["ARPCONTACT"]));
        var actions = MsiInfoTool.Rows(path, "CustomAction");
        var sequence = MsiInfoTool.Rows(path, "InstallExecuteSequence");
        foreach (var (property, action) in new[] { ("ARPHELPLINK", "SetArpHelpLink"), ("ARPURLINFOABOUT", "SetArpUrlInfoAbout") })
        {
            // Type 51 (set a property from formatted text) + 2048 (in-script options bit wixl sets) = 2099.
            var row = Assert.Single(actions, r => r[0] == action);
            Assert.Equal(["2099", property, "[INSTALLFOLDER]README.md"], row[1..4]);
            // After CostFinalize (1000), when INSTALLFOLDER is resolved, and before PublishProduct writes the entry.
            var at = int.Parse(Assert.Single(sequence, r => r[0] == action)[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(at, 1001, int.Parse(sequence.Single(r => r[0] == "PublishProduct")[2], System.Globalization.CultureInfo.InvariantCulture) - 1);
        }
        // File columns: File, Component_, FileName, ...; Component: Component, ComponentId, Directory_, ...
        var readme = Assert.Single(MsiInfoTool.Rows(path, "File"), r => r[2].EndsWith("README.md", StringComparison.Ordinal));
        Assert.Equal("INSTALLFOLDER", MsiInfoTool.Rows(path, "Component").Single(c => c[0] == readme[1])[2]);
    }
}
