using System.Text.Json;
using System.Text.RegularExpressions;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>The schema is written by hand; these tests keep it equal to the packages' property definitions.</summary>
public sealed class SchemaMatchesDefinitionsTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(DivisionExamples.Schema)).RootElement;

    public static TheoryData<string> Sections => new() { "server", "client" };

    private static IList<PropertyDefinition> DefinitionsOf(string section) =>
        section == "server" ? ServerProperties.Definitions : ClientProperties.Definitions;

    private static JsonElement PropertiesOf(string section) => Schema.GetProperty("properties").GetProperty(section).GetProperty("properties");

    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_property_names_are_the_package_definitions_in_the_same_order(string section)
    {
        var schemaNames = PropertiesOf(section).EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(DefinitionsOf(section).Select(d => d.Name).ToArray(), schemaNames);
    }

    /// <summary>
    /// "must be 1 or 0" in a definition is an enum of exactly those values in the schema. Word keywords ("must be Yes, No or
    /// Append") are accepted in any case, as the package accepts them (README "Client package properties"): a JSON Schema
    /// enum cannot ignore case, so they are a pattern matching exactly those words in any case, with the words as examples
    /// for editors. Other properties are free strings.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sections))]
    public void Schema_keywords_are_the_keywords_the_definitions_allow_in_any_case(string section)
    {
        var properties = PropertiesOf(section);
        foreach (var definition in DefinitionsOf(section))
        {
            var match = Regex.Match(definition.Allowed, @"^must be ((?:[\w]+, )*[\w]+) or (\w+)(?: \(|$)");
            var schema = properties.GetProperty(definition.Name);
            var field = $"{section}.{definition.Name}";
            if (!match.Success)
            {
                Assert.False(schema.TryGetProperty("enum", out _), $"{field} is free text ('{definition.Allowed}'): the schema must not restrict it to an enum");
                Assert.False(schema.TryGetProperty("pattern", out _), $"{field} is free text ('{definition.Allowed}'): the schema must not restrict it");
                Assert.Equal("string", schema.GetProperty("type").GetString());
                continue;
            }
            var keywords = match.Groups[1].Value.Split(", ").Append(match.Groups[2].Value).ToArray();
            if (keywords.All(k => k.All(char.IsAsciiDigit)))
            {
                Assert.True(schema.TryGetProperty("enum", out var choices), $"{field} allows only {string.Join(", ", keywords)}: the schema needs that enum");
                Assert.Equal(keywords, choices.EnumerateArray().Select(c => c.GetString()).ToArray());
                continue;
            }
            Assert.False(schema.TryGetProperty("enum", out _), $"{field}: an enum would refuse {keywords[0].ToLowerInvariant()}, which the package accepts");
            Assert.Equal(keywords, schema.GetProperty("examples").EnumerateArray().Select(c => c.GetString()).ToArray());
            var pattern = new Regex(schema.GetProperty("pattern").GetString()!);
            foreach (var keyword in keywords)
                foreach (var spelling in new[] { keyword, keyword.ToLowerInvariant(), keyword.ToUpperInvariant() })
                    Assert.True(pattern.IsMatch(spelling), $"{field}: the schema's pattern refuses '{spelling}'");
            foreach (var wrong in keywords.Select(k => k + "x").Append("").Append(string.Join("", keywords)).Append(" " + keywords[0]))
                Assert.False(pattern.IsMatch(wrong), $"{field}: the schema's pattern accepts '{wrong}'");
        }
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_refuses_unknown_names_everywhere()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
        foreach (var section in new[] { "server", "client", "features" })
            Assert.False(Schema.GetProperty("properties").GetProperty(section).GetProperty("additionalProperties").GetBoolean(), section);
    }

    [Fact]
    public void Every_example_division_references_the_schema_and_is_valid()
    {
        foreach (var name in DivisionExamples.Names)
        {
            var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(DivisionExamples.Folder, name + ".json"))).RootElement;
            Assert.Equal("./division.schema.json", example.GetProperty("$schema").GetString());
            Assert.Equal(name, example.GetProperty("division").GetString());
        }
        var run = ToolRun.Of("validate", "--divisions", DivisionExamples.Folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{DivisionExamples.Names.Count} division file(s) valid", run.Output.Trim());
    }
}
