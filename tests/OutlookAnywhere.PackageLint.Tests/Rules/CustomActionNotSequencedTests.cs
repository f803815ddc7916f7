using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class CustomActionNotSequencedTests
{
    private const string Rule = "CUSTOMACTION-NOT-SEQUENCED";

    [Fact]
    public void Clean_package_schedules_every_custom_action()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Custom_action_in_no_sequence_table_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("DELETE FROM InstallExecuteSequence WHERE Action='SetMergeValidPorts'");

        FindingAssert.Reports(package.Lint(), Rule, "CustomAction", "SetMergeValidPorts");
    }
}
