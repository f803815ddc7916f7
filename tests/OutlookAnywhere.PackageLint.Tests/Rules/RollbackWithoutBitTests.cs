using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class RollbackWithoutBitTests
{
    private const string Rule = "ROLLBACK-WITHOUT-BIT";

    [Fact]
    public void Clean_package_has_its_rollback_bits_set()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Rollback_action_as_wixl_writes_it_is_reported_with_the_type_to_set()
    {
        // No post-build step: wixl wrote Execute="rollback" as 2049, an ordinary immediate DLL action.
        using var package = FixturePackage.Compile(FixturePackage.CleanFixture);

        var finding = FindingAssert.Reports(package.Lint(), Rule, "CustomAction", "MergeValidPortsRollback");
        Assert.Contains("set Type to 3329", finding.Message);
    }

    [Fact]
    public void Commit_named_action_without_the_commit_bits_is_reported_and_passes_once_set()
    {
        using var package = FixturePackage.Clean().Edit(
            "INSERT INTO CustomAction (Action, Type, Source, Target) VALUES ('MergeValidPortsCommit', 3073, 'ValidPortsActions', 'ForgetBackup')",
            "INSERT INTO InstallExecuteSequence (Action, Condition, Sequence) VALUES ('MergeValidPortsCommit', 'NOT REMOVE', 5930)");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "CustomAction", "MergeValidPortsCommit");
        Assert.Contains("set Type to 3585", finding.Message);

        package.Edit("UPDATE CustomAction SET Type=3585 WHERE Action='MergeValidPortsCommit'");
        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Property_setter_that_prepares_rollback_data_is_not_reported()
    {
        using var package = FixturePackage.Clean().Edit(
            "INSERT INTO CustomAction (Action, Type, Source, Target) VALUES ('SetMergeValidPortsRollback', 51, 'MergeValidPortsRollback', '[EXCHANGE_SERVER]')",
            "INSERT INTO InstallExecuteSequence (Action, Condition, Sequence) VALUES ('SetMergeValidPortsRollback', 'NOT REMOVE', 5905)");

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Rollback_action_sequenced_after_the_deferred_action_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE InstallExecuteSequence SET Sequence=5930 WHERE Action='MergeValidPortsRollback'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "InstallExecuteSequence", "MergeValidPortsRollback");
        Assert.Contains("just before the deferred action it undoes", finding.Message);
    }
}
