using OutlookAnywhere.Packaging;

namespace OutlookAnywhere.Package.Tests;

/// <summary>The post-build SQL's platform variables: $(var.Name) and $(var.Name + N), as the packaging tool expands them.</summary>
public class PostBuildStatementsTests
{
    private static readonly IReadOnlyDictionary<string, string> X86 = PackagePlatform.X86.Variables;
    private static readonly IReadOnlyDictionary<string, string> X64 = PackagePlatform.X64.Variables;

    [Fact]
    public void A_variable_is_replaced_by_the_platforms_value()
    {
        const string statement = "INSERT INTO `CustomAction` VALUES ('A', 3170, 'INSTALLFOLDER', '\"[$(var.SystemFolder)]reg.exe\" import x$(var.RegView)')";
        Assert.Equal("INSERT INTO `CustomAction` VALUES ('A', 3170, 'INSTALLFOLDER', '\"[SystemFolder]reg.exe\" import x')", PostBuildStatements.Substitute(statement, X86, "t"));
        Assert.Equal("INSERT INTO `CustomAction` VALUES ('A', 3170, 'INSTALLFOLDER', '\"[System64Folder]reg.exe\" import x /reg:64')", PostBuildStatements.Substitute(statement, X64, "t"));
    }

    [Fact]
    public void A_sum_adds_the_number_to_the_platforms_bit()
    {
        Assert.Equal("`Attributes` = 68", PostBuildStatements.Substitute("`Attributes` = $(var.Component64Bit + 68)", X86, "t"));
        Assert.Equal("`Attributes` = 324", PostBuildStatements.Substitute("`Attributes` = $(var.Component64Bit + 68)", X64, "t"));
        Assert.Equal("18", PostBuildStatements.Substitute("$(var.RegLocator64Bit + 2)", X64, "t"));
    }

    [Fact]
    public void An_undefined_variable_is_an_error_naming_the_place_and_the_defined_ones()
    {
        var error = Assert.Throws<PackagingException>(() => PostBuildStatements.Substitute("$(var.Win46)", X64, "Client.sql:12"));
        Assert.StartsWith("Client.sql:12: $(var.Win46) is not defined; defined: Platform, Win64,", error.Message);
    }

    [Fact]
    public void A_sum_over_a_word_is_an_error()
    {
        var error = Assert.Throws<PackagingException>(() => PostBuildStatements.Substitute("$(var.Win64 + 1)", X64, "Client.sql:3"));
        Assert.Equal("Client.sql:3: $(var.Win64 + 1) needs a number, but Win64 is 'yes'", error.Message);
    }

    [Fact]
    public void Every_post_build_file_expands_for_every_platform_with_nothing_left_over()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "installer", "PostBuild"), "*.sql"))
            foreach (var platform in PackagePlatform.All)
                Assert.All(PostBuildStatements.Read(file, platform.Variables), statement => Assert.DoesNotContain("$(", statement));
    }
}
