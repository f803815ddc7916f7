using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class DuplicateComponentGuidTests
{
    private const string Rule = "DUPLICATE-COMPONENT-GUID";

    [Fact]
    public void Clean_package_has_one_guid_per_component()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Second_component_with_the_same_guid_in_other_case_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE Component SET ComponentId='{0c6f1a2b-1111-4a5b-8c7d-000000000001}' WHERE Component='NspiOverHttp'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Component", "NspiOverHttp");
        Assert.Contains("already used by component RememberedProperties", finding.Message);
    }
}
