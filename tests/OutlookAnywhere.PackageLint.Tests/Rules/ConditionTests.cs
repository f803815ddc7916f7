using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class ConditionTests
{
    [Fact]
    public void Clean_package_has_short_conditions_without_empty_substrings()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), "CONDITION-TOO-LONG");
        FindingAssert.ReportsNothingFor(package.Lint(), "CONDITION-EMPTY-SUBSTRING");
    }

    [Fact]
    public void Sequence_condition_over_255_characters_is_reported_and_255_is_not()
    {
        var exactly255 = "NOT REMOVE AND CONFIGURE_PROXY=\"" + new string('1', 255 - 33) + "\"";
        Assert.Equal(255, exactly255.Length);
        using var fits = FixturePackage.Clean().Edit($"UPDATE InstallExecuteSequence SET Condition='{exactly255}' WHERE Action='SetMergeValidPorts'");
        FindingAssert.ReportsNothingFor(fits.Lint(), "CONDITION-TOO-LONG");

        using var package = FixturePackage.Clean().Edit($"UPDATE InstallExecuteSequence SET Condition='{exactly255} OR 1' WHERE Action='SetMergeValidPorts'");
        var finding = FindingAssert.Reports(package.Lint(), "CONDITION-TOO-LONG", "InstallExecuteSequence", "SetMergeValidPorts");
        Assert.Contains("260 characters", finding.Message);
    }

    [Theory]
    [InlineData("CONFIGURE_PROXY >< \"\"")]
    [InlineData("CONFIGURE_PROXY ~<< \"\"")]
    [InlineData("NOT REMOVE AND CONFIGURE_PROXY>>\"\"")]
    public void Substring_test_against_an_empty_string_is_reported(string condition)
    {
        using var package = FixturePackage.Clean().Edit($"UPDATE InstallExecuteSequence SET Condition='{condition}' WHERE Action='SetMergeValidPorts'");

        FindingAssert.Reports(package.Lint(), "CONDITION-EMPTY-SUBSTRING", "InstallExecuteSequence", "SetMergeValidPorts");
    }

    [Fact]
    public void Comparison_with_an_empty_string_is_not_a_substring_test()
    {
        using var package = FixturePackage.Clean().Edit("UPDATE InstallExecuteSequence SET Condition='CONFIGURE_PROXY <> \"\"' WHERE Action='SetMergeValidPorts'");

        FindingAssert.ReportsNothingFor(package.Lint(), "CONDITION-EMPTY-SUBSTRING");
    }
}
