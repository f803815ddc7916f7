namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>The README's division example is a real file: it must show field-staff.json exactly as it is.</summary>
public sealed class ReadmeDivisionExampleTests
{
    [Fact]
    public void The_README_division_example_is_field_staff_json_as_it_is()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");
        var section = readme.IndexOf("\n## Division transforms\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Division transforms' section");
        var start = readme.IndexOf("```json\n", section, StringComparison.Ordinal);
        Assert.True(start >= 0, "the '## Division transforms' section has no ```json example");
        start += "```json\n".Length;
        var example = readme[start..readme.IndexOf("```\n", start, StringComparison.Ordinal)];

        var file = File.ReadAllText(Path.Combine(DivisionExamples.Folder, "field-staff.json")).Replace("\r\n", "\n");
        Assert.Equal(file.TrimEnd('\n') + "\n", example);
    }
}
