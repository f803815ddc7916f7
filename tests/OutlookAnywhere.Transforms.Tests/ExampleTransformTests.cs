using System.Text.Json;
using System.Text.RegularExpressions;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Transforms.Tests;

/// <summary>The example divisions built into transforms, read back with <c>show</c> and with the MSI library.</summary>
public sealed class ExampleTransformTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public static TheoryData<string, string> ExampleSections()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Repository.ExampleNames)
        {
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Divisions, name + ".json"))).RootElement;
            foreach (var section in new[] { "server", "client" })
                if (json.TryGetProperty(section, out _)) data.Add(name, section);
        }
        return data;
    }

    private IReadOnlyList<string> BuildExamples(string output)
    {
        var run = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", output, "--divisions", Repository.Divisions);
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
    [MemberData(nameof(ExampleSections))]
    public void Show_prints_exactly_the_properties_and_feature_levels_of_the_division_file(string division, string section)
    {
        BuildExamples(_scratch.Output);
        var package = section == "server" ? FixturePackages.Server : FixturePackages.Client;
        var run = ToolRun.Of("show", "--package", package, Path.Combine(_scratch.Output, $"{division}.{section}.mst"));
        Assert.True(run.ExitCode == 0, run.ToString());

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Divisions, division + ".json"))).RootElement;
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
        Assert.Matches(@"check\s+matches OutlookAnywhere\.\w+\.msi", run.Output);
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
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Divisions, "customer-kiosk.json"))).RootElement;
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
        Assert.Contains($"{transform}: head-office.server.mst was made for UpgradeCode {FixturePackages.ServerUpgradeCode}, but OutlookAnywhere.Server.msi has UpgradeCode {FixturePackages.OtherUpgradeCode}: it belongs to another product", run.Error);
        Assert.Contains("check       REFUSED: ", run.Output);
    }

    [Fact]
    public void A_transform_keeps_working_on_the_next_release_unless_the_ProductCode_is_validated()
    {
        BuildExamples(_scratch.Output);
        var next = ToolRun.Of("show", "--package", FixturePackages.NextServerRelease, Path.Combine(_scratch.Output, "head-office.server.mst"));
        Assert.True(next.ExitCode == 0, next.ToString());

        var strict = Path.Combine(_scratch.Path, "strict");
        var build = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", strict, "--divisions", Repository.Divisions, "--validate-product-code", "head-office");
        Assert.True(build.ExitCode == 0, build.ToString());
        var refused = ToolRun.Of("show", "--package", FixturePackages.NextServerRelease, Path.Combine(strict, "head-office.server.mst"));
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("validation  UpgradeCode, Product, Language\n", refused.Output);
        Assert.Contains("was made for ProductCode {11111111-0000-4000-8000-000000000001}", refused.Error);
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
