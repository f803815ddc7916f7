using System.Text.Json;
using System.Text.RegularExpressions;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>The example divisions built into transforms, read back with <c>show</c> and with the MSI library.</summary>
public sealed class ExampleTransformTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public static TheoryData<string, string> ExampleSections()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in DivisionExamples.Names)
        {
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DivisionExamples.Folder, name + ".json"))).RootElement;
            foreach (var section in new[] { "server", "client" })
                if (json.TryGetProperty(section, out _)) data.Add(name, section);
        }
        return data;
    }

    /// <summary>Each example section with each platform build of its package: one transform serves them all.</summary>
    public static TheoryData<string, string, string> ExampleSectionsPerPlatform()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in ExampleSections())
            foreach (var platform in row[1] is "server" ? new[] { "x64" } : ["x86", "x64"])
                data.Add((string)row[0], (string)row[1], platform);
        return data;
    }

    private static string PackageOf(string section, string platform) => (section, platform) switch
    {
        ("server", "x64") => FixturePackages.Server,
        ("client", "x64") => FixturePackages.Client,
        ("client", "x86") => FixturePackages.ClientX86,
        _ => throw new ArgumentException($"no {section} package for {platform}"),
    };

    private IReadOnlyList<string> BuildExamples(string output)
    {
        var run = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", output, "--divisions", DivisionExamples.Folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output.Trim().Split('\n');
    }

    [Fact]
    public void Build_writes_one_transform_per_division_section_and_says_so_in_one_line_each()
    {
        var lines = BuildExamples(_scratch.Output);
        var expected = ExampleSections().Select(row => $"{row[0]}.{row[1]}.mst").Order().ToArray();
        Assert.Equal(expected, _scratch.OutputFiles().Select(Path.GetFileName).Order().ToArray());
        Assert.Equal(expected.Select(f => $"wrote {Path.Combine(_scratch.Output, f)}").Order().ToArray(), lines.Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(ExampleSectionsPerPlatform))]
    public void Show_prints_exactly_the_properties_and_feature_levels_of_the_division_file(string division, string section, string platform)
    {
        BuildExamples(_scratch.Output);
        var package = PackageOf(section, platform);
        var run = ToolRun.Of("show", "--package", package, Path.Combine(_scratch.Output, $"{division}.{section}.mst"));
        Assert.True(run.ExitCode == 0, run.ToString());

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DivisionExamples.Folder, division + ".json"))).RootElement;
        var baseProperties = MsiDatabase.Open(package).GetRequiredTable("Property");
        // The package already holding the same value is no change at all; a different value is a change with the old value.
        var expected = json.GetProperty(section).EnumerateObject()
            .Where(p => baseProperties.FindRow(p.Name)?.GetString("Value") != p.Value.GetString())
            .Select(p => baseProperties.FindRow(p.Name) is { } row
                ? $"change  {p.Name} = '{p.Value.GetString()}' (was '{row.GetString("Value")}')"
                : $"add     {p.Name} = '{p.Value.GetString()}'")
            .Order().ToArray();
        Assert.Equal(expected, RowsOf(run.Output, "Property").Order().ToArray());

        var features = MsiDatabase.Open(package).GetRequiredTable("Feature");
        var expectedFeatures = json.TryGetProperty("features", out var f) && f.TryGetProperty(section, out var levels)
            ? levels.EnumerateObject().Where(l => features.FindRow(l.Name)!.GetInt("Level") != l.Value.GetInt32())
                .Select(l => $"change  {l.Name}: Level = {l.Value.GetInt32()} (was {features.FindRow(l.Name)!.GetInt("Level")})").ToArray()
            : [];
        Assert.Equal(expectedFeatures, RowsOf(run.Output, "Feature"));
        Assert.Contains("validation  UpgradeCode, Language\n", run.Output);
        Assert.Contains("suppressed  AddExistingRow\n", run.Output);
        Assert.Contains($"check       matches {Path.GetFileName(package)}", run.Output);
    }

    [Fact]
    public void Show_prints_a_feature_turned_off()
    {
        _scratch.WriteDivision("no-settings", """{ "division": "no-settings", "server": { "NSPI_PORT": "6005" }, "features": { "server": { "ServerSettings": 0 } } }""");
        var run = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", _scratch.Output, "--divisions", _scratch.Divisions);
        Assert.True(run.ExitCode == 0, run.ToString());
        var show = ToolRun.Of("show", "--package", FixturePackages.Server, Path.Combine(_scratch.Output, "no-settings.server.mst"));
        Assert.Equal(["change  ServerSettings: Level = 0 (was 1)"], RowsOf(show.Output, "Feature"));
        Assert.Equal(["add     NSPI_PORT = '6005'"], RowsOf(show.Output, "Property"));
    }

    [Fact]
    public void Applying_a_transform_gives_the_package_the_division_values()
    {
        BuildExamples(_scratch.Output);
        var package = MsiDatabase.Open(FixturePackages.Client);
        var transform = TransformReader.Read(package, Path.Combine(_scratch.Output, "customer-kiosk.client.mst"));
        var applied = TransformReader.Apply(package, transform);
        var properties = applied.Tables.Single(t => t.Name == "Property");
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DivisionExamples.Folder, "customer-kiosk.json"))).RootElement;
        foreach (var property in json.GetProperty("client").EnumerateObject())
            Assert.Equal(property.Value.GetString(), properties.FindRow(property.Name)?.GetString("Value"));
    }

    [Fact]
    public void A_transform_checked_against_another_product_is_refused_naming_both_UpgradeCodes()
    {
        BuildExamples(_scratch.Output);
        var transform = Path.Combine(_scratch.Output, "head-office.server.mst");
        var run = ToolRun.Of("show", "--package", FixturePackages.OtherProductServer, transform);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{transform}: head-office.server.mst was made for UpgradeCode {FixturePackages.ServerUpgradeCode}, but OutlookAnywhere.Server-x64.msi has UpgradeCode {FixturePackages.OtherUpgradeCode}: it belongs to another product", run.Error);
        Assert.Contains("check       REFUSED: ", run.Output);
    }

    [Fact]
    public void A_transform_keeps_working_on_the_next_release_unless_the_ProductCode_is_validated()
    {
        BuildExamples(_scratch.Output);
        var next = ToolRun.Of("show", "--package", FixturePackages.NextServerRelease, Path.Combine(_scratch.Output, "head-office.server.mst"));
        Assert.True(next.ExitCode == 0, next.ToString());

        var strict = Path.Combine(_scratch.Path, "strict");
        var build = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", strict, "--divisions", DivisionExamples.Folder, "--validate-product-code", "head-office");
        Assert.True(build.ExitCode == 0, build.ToString());
        var refused = ToolRun.Of("show", "--package", FixturePackages.NextServerRelease, Path.Combine(strict, "head-office.server-x64.mst"));
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("validation  UpgradeCode, Product, Language\n", refused.Output);
        Assert.Contains("was made for ProductCode {11111111-0000-4000-8000-000000000001}", refused.Error);
    }

    [Fact]
    public void A_shared_transform_names_no_platform_and_does_not_validate_it()
    {
        BuildExamples(_scratch.Output);
        var transform = TransformReader.Read(MsiDatabase.Open(FixturePackages.ClientX86), Path.Combine(_scratch.Output, "head-office.client.mst"));
        Assert.Equal(";1033", transform.Summary.Template);
        Assert.False(transform.Validation.HasFlag(TransformValidation.Platform));
        Assert.Equal("Intel;1033", MsiDatabase.Open(FixturePackages.ClientX86).Summary.Template);
        Assert.Equal("x64;1033", MsiDatabase.Open(FixturePackages.Client).Summary.Template);
    }

    [Fact]
    public void With_the_ProductCode_validated_each_platform_build_gets_its_own_transform_that_the_other_refuses()
    {
        var strict = Path.Combine(_scratch.Path, "strict");
        var build = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", strict, "--divisions", DivisionExamples.Folder, "--validate-product-code", "head-office");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["head-office.client-x64.mst", "head-office.client-x86.mst", "head-office.server-x64.mst"],
            Directory.GetFiles(strict).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());

        Assert.Equal(0, ToolRun.Of("show", "--package", FixturePackages.ClientX86, Path.Combine(strict, "head-office.client-x86.mst")).ExitCode);
        var refused = ToolRun.Of("show", "--package", FixturePackages.ClientX86, Path.Combine(strict, "head-office.client-x64.mst"));
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("was made for ProductCode {11111111-0000-4000-8000-000000000002}", refused.Error);
    }

    [Fact]
    public void Platform_builds_that_a_transform_would_change_differently_are_refused_and_nothing_is_written()
    {
        // An x86 build whose Property table lacks PROFILE_NAME: the x64 transform updates that row, the x86 one would add it.
        var packages = Path.Combine(_scratch.Path, "packages");
        Directory.CreateDirectory(packages);
        File.Copy(FixturePackages.Client, Path.Combine(packages, "OutlookAnywhere.Client-x64.msi"));
        File.Copy(FixturePackages.ClientX86, Path.Combine(packages, "OutlookAnywhere.Client-x86.msi"));
        Msitools.Run("msibuild", null, Path.Combine(packages, "OutlookAnywhere.Client-x86.msi"), "-q", "DELETE FROM `Property` WHERE `Property` = 'PROFILE_NAME'");
        var file = _scratch.WriteDivision("lab", """{ "division": "lab", "client": { "EXCHANGE_SERVER": "ex01.corp.example.com", "PROXY_SERVER": "mail.example.com", "PROFILE_NAME": "Lab" } }""");

        var run = ToolRun.Of("build", "--packages", packages, "--out", _scratch.Output, "--divisions", _scratch.Divisions);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{file}: client cannot share one transform between OutlookAnywhere.Client-x64.msi and OutlookAnywhere.Client-x86.msi", run.Error);
        Assert.Contains("PROFILE_NAME", run.Error);
        Assert.Empty(_scratch.OutputFiles());
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        BuildExamples(Path.Combine(_scratch.Path, "first"));
        BuildExamples(Path.Combine(_scratch.Path, "second"));
        foreach (var first in Directory.GetFiles(Path.Combine(_scratch.Path, "first")))
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(Path.Combine(_scratch.Path, "second", Path.GetFileName(first))));
    }

    /// <summary>The indented change lines under a table heading in <c>show</c>'s output.</summary>
    private static string[] RowsOf(string output, string table)
    {
        var match = Regex.Match(output, $@"^  {table}\n((?:    .*\n)*)", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray() : [];
    }

    public void Dispose() => _scratch.Dispose();
}
