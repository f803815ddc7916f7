using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class CustomActionBinaryMissingTests
{
    private const string Rule = "CUSTOMACTION-BINARY-MISSING";

    [Fact]
    public void Clean_package_has_the_binary_of_every_DLL_action()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void DLL_action_pointing_at_a_missing_binary_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE CustomAction SET Source='ValidPortsActionsX64' WHERE Action='MergeValidPorts'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "CustomAction", "MergeValidPorts");
        Assert.Contains("'ValidPortsActionsX64'", finding.Message);
    }
}
