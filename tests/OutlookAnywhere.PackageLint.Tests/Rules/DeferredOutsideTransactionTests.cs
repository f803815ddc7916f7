using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class DeferredOutsideTransactionTests
{
    private const string Rule = "DEFERRED-OUTSIDE-TRANSACTION";

    [Fact]
    public void Clean_package_has_its_deferred_actions_inside_the_transaction()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    // InstallInitialize is 1500 and InstallFinalize 6600 in wixl's sequence: both bounds themselves are outside.
    [Theory]
    [InlineData(6700)]
    [InlineData(6600)]
    [InlineData(1500)]
    [InlineData(1400)]
    public void Deferred_action_at_or_beyond_the_transaction_bounds_is_reported(int sequence)
    {
        using var package = FixturePackage.Clean()
            .Edit($"UPDATE InstallExecuteSequence SET Sequence={sequence} WHERE Action='MergeValidPorts'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "InstallExecuteSequence", "MergeValidPorts");
        Assert.Contains("from 1501 to 6599", finding.Message);
    }

    [Fact]
    public void Rollback_action_outside_the_transaction_is_reported_too()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE InstallExecuteSequence SET Sequence=6610 WHERE Action='MergeValidPortsRollback'");

        FindingAssert.Reports(package.Lint(), Rule, "InstallExecuteSequence", "MergeValidPortsRollback");
    }

    [Fact]
    public void Immediate_action_after_InstallFinalize_is_not_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE InstallExecuteSequence SET Sequence=6700 WHERE Action='SetMergeValidPorts'");

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Deferred_action_in_the_UI_sequence_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("INSERT INTO InstallUISequence (Action, Condition, Sequence) VALUES ('MergeValidPorts', 'NOT Installed', 1200)");

        FindingAssert.Reports(package.Lint(), Rule, "InstallUISequence", "MergeValidPorts");
    }
}
