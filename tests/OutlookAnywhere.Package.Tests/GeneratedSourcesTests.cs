using OutlookAnywhere.Packaging.Generated;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// The generated sources are committed; each is regenerated in memory here and the test fails when the committed file
/// differs (the logic library changed, or someone edited a generated file), naming the command that regenerates it.
/// </summary>
public class GeneratedSourcesTests
{
    public static TheoryData<string> Files => new(GeneratedSources.All.Select(f => f.Path));

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_file_is_what_its_generator_makes_of_the_logic_library(string path)
    {
        var (committed, generated) = GeneratedSources.All.Single(f => f.Path == path).Compare(Repository.Root);
        Assert.True(generated == committed,
            $"{path} is not what the logic library generates. Regenerate it with:\n  {GeneratedSources.RegenerateCommand}\n" +
            $"--- committed\n{committed}\n--- generated\n{generated}");
    }

    [Fact]
    public void A_stale_file_is_found_and_generate_rewrites_it_in_its_encoding()
    {
        // A copy of the generated files in a scratch root, one of them edited by hand.
        var root = Directory.CreateTempSubdirectory("oa-generated-").FullName;
        try
        {
            foreach (var file in GeneratedSources.All)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file.Path))!);
                File.Copy(Path.Combine(Repository.Root, file.Path), Path.Combine(root, file.Path));
            }
            Assert.Empty(GeneratedSources.Stale(root));
            var edited = GeneratedSources.All.Single(f => f.Path == ClientPackageSource.CleanupRegPath);
            var original = File.ReadAllBytes(Path.Combine(root, edited.Path));
            File.WriteAllText(Path.Combine(root, edited.Path), "edited by hand");

            Assert.Equal([edited.Path], GeneratedSources.Stale(root).Select(f => f.Path));
            Assert.Equal([edited.Path], GeneratedSources.Write(root));
            Assert.Equal(original, File.ReadAllBytes(Path.Combine(root, edited.Path)));
            Assert.Empty(GeneratedSources.Stale(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
