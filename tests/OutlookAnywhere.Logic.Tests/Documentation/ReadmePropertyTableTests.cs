using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

/// <summary>
/// The README's property tables are the product's interface documentation: they must list exactly the
/// properties the packages read, with the defaults the code applies. On failure the message holds the
/// table to paste between the README's property-table markers.
/// </summary>
public class ReadmePropertyTableTests
{
    [Theory]
    [InlineData("server")]
    [InlineData("client")]
    public void The_README_table_matches_the_property_definitions(string package)
    {
        var definitions = package == "server" ? ServerProperties.Definitions : ClientProperties.Definitions;
        var expected = Render(definitions);
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf($"<!-- property-table:{package} -->\n", StringComparison.Ordinal);
        var end = readme.IndexOf($"<!-- /property-table:{package} -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no property-table:{package} markers.");
        var actual = readme[(start + $"<!-- property-table:{package} -->\n".Length)..end];
        Assert.True(expected == actual, $"README.md's {package} property table is out of date. Expected:\n{expected}");
    }

    private static string Render(IList<PropertyDefinition> definitions)
    {
        var lines = new List<string> { "| property | default | allowed | what it does |", "|---|---|---|---|" };
        lines.AddRange(definitions.Select(d =>
            $"| `{d.Name}` | {(d.Default.Length == 0 ? "(empty)" : $"`{d.Default}`")} | {Cell(d.Allowed)} | {Cell(d.Description)} |"));
        return string.Join("\n", lines) + "\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
