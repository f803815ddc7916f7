using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class ActionWithoutSequenceTests
{
    private const string Rule = "ACTION-WITHOUT-SEQUENCE";

    [Fact]
    public void Clean_package_sequences_every_action()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Sequence_row_with_a_null_Sequence_is_reported()
    {
        // msibuild's SQL cannot SET a column to NULL: re-insert the row without it.
        using var package = FixturePackage.Clean().Edit(
            "DELETE FROM InstallExecuteSequence WHERE Action='SetMergeValidPorts'",
            "INSERT INTO InstallExecuteSequence (Action, Condition) VALUES ('SetMergeValidPorts', 'NOT REMOVE')");

        FindingAssert.Reports(package.Lint(), Rule, "InstallExecuteSequence", "SetMergeValidPorts");
    }
}
