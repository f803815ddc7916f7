using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class Win64In32BitPackageTests
{
    private const string Rule = "WIN64-IN-32BIT-PACKAGE";

    // Clean.wxs with every Win64="yes" dropped: what the kit's x86 build passes (Win64="no").
    private static readonly (string, string)[] Without64Bit =
    [
        ("Name=\"MsiProductMajor\" Type=\"raw\" Win64=\"yes\"/>", "Name=\"MsiProductMajor\" Type=\"raw\"/>"),
        ("{0C6F1A2B-1111-4A5B-8C7D-000000000001}\" Win64=\"yes\">", "{0C6F1A2B-1111-4A5B-8C7D-000000000001}\">"),
        ("{0C6F1A2B-1111-4A5B-8C7D-000000000002}\" Win64=\"yes\">", "{0C6F1A2B-1111-4A5B-8C7D-000000000002}\">"),
        ("{0C6F1A2B-1111-4A5B-8C7D-000000000003}\" Win64=\"yes\">", "{0C6F1A2B-1111-4A5B-8C7D-000000000003}\">"),
    ];

    [Fact]
    public void Clean_64_bit_package_is_not_reported()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Intel_package_without_64_bit_components_or_searches_passes_both_registry_view_rules()
    {
        using var package = FixturePackage.CompileFor("x86", FixturePackage.CleanFixture, Without64Bit).Edit(FixturePackage.SetRollbackBits);

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
        FindingAssert.ReportsNothingFor(package.Lint(), "REGISTRY-HKLM-32BIT");
    }

    [Fact]
    public void Intel_package_with_a_64_bit_component_is_reported_for_it()
    {
        using var package = FixturePackage.CompileFor("x86", FixturePackage.CleanFixture, Without64Bit[..3]).Edit(FixturePackage.SetRollbackBits);

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Component", "ReadmeFile");
        Assert.Contains("ICE80", finding.Message);
        Assert.Contains("Intel;1033", finding.Message);
    }

    [Fact]
    public void Intel_package_with_a_64_bit_registry_search_is_reported_for_it()
    {
        using var package = FixturePackage.CompileFor("x86", FixturePackage.CleanFixture, Without64Bit[1..]).Edit(FixturePackage.SetRollbackBits);

        var finding = FindingAssert.Reports(package.Lint(), Rule, "RegLocator", "ExchangeMajorSearch");
        Assert.Contains("Type bit 0x10", finding.Message);
    }
}
