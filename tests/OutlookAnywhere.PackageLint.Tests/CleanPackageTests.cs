using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests;

public class CleanPackageTests
{
    [Fact]
    public void Clean_fixture_after_the_post_build_step_has_no_findings()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothing(package.Lint());
    }

    [Fact]
    public void Every_rule_has_a_stable_unique_id()
    {
        Assert.Equal(
            [
                "DEFERRED-OUTSIDE-TRANSACTION", "ROLLBACK-WITHOUT-BIT", "ACTION-WITHOUT-SEQUENCE", "CUSTOMACTION-NOT-SEQUENCED",
                "CUSTOMACTION-BINARY-MISSING", "REGISTRY-COMPONENT-MISSING", "REGISTRY-HKLM-32BIT", "WIN64-IN-32BIT-PACKAGE", "MULTISZ-NOT-APPEND",
                "SECURE-PROPERTY-MISSING", "DUPLICATE-COMPONENT-GUID", "FILE-COMPONENT-MISSING", "CONDITION-TOO-LONG",
                "CONDITION-EMPTY-SUBSTRING",
            ],
            PackageLinter.RuleIds);
    }

    [Fact]
    public void A_finding_reads_rule_table_row_and_fix()
    {
        var finding = new LintFinding("REGISTRY-COMPONENT-MISSING", "Registry", "regAB12", "nest the component");

        Assert.Equal("REGISTRY-COMPONENT-MISSING Registry[regAB12]: nest the component", finding.ToString());
    }
}
