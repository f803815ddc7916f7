using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class RegistryComponentMissingTests
{
    private const string Rule = "REGISTRY-COMPONENT-MISSING";

    [Fact]
    public void Clean_package_has_a_component_for_every_registry_row()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Registry_row_whose_component_was_deleted_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("DELETE FROM Component WHERE Component='NspiOverHttp'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting("NSPI interface protocol sequences"));
        Assert.Contains("'NspiOverHttp'", finding.Message);
    }

    [Fact]
    public void Component_declared_with_a_Directory_attribute_is_dropped_by_wixl_and_reported()
    {
        // docs/TOOLCHAIN.md §1: wixl ignores Component Directory="..." and drops the component, exit code 0.
        using var package = FixturePackage.Compile("ComponentWithDirectoryAttribute.wxs");

        FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting("ExchangeServer"));
    }
}
