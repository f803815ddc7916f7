using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class RegistryHklm32BitTests
{
    private const string Rule = "REGISTRY-HKLM-32BIT";
    private const string NspiValue = "NSPI interface protocol sequences";

    [Fact]
    public void Clean_package_writes_and_searches_HKLM_through_64_bit_components()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Component_written_without_Win64_is_reported_for_its_HKLM_value()
    {
        // -a x64 alone leaves the component 32-bit (docs/TOOLCHAIN.md §1).
        using var package = FixturePackage.Compile(FixturePackage.CleanFixture,
            ("<Component Id=\"NspiOverHttp\" Guid=\"{0C6F1A2B-1111-4A5B-8C7D-000000000002}\" Win64=\"yes\">",
             "<Component Id=\"NspiOverHttp\" Guid=\"{0C6F1A2B-1111-4A5B-8C7D-000000000002}\">"))
            .Edit(FixturePackage.SetRollbackBits);

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting(NspiValue));
        Assert.Contains("Win64=\"yes\"", finding.Message);
    }

    [Fact]
    public void Per_machine_root_minus_one_counts_as_HKLM_when_ALLUSERS_is_1()
    {
        using var package = FixturePackage.Clean().Edit(
            "UPDATE Component SET Attributes=4 WHERE Component='NspiOverHttp'",
            "UPDATE Registry SET Root=-1 WHERE Component_='NspiOverHttp'");

        FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting(NspiValue));

        package.Edit("DELETE FROM Property WHERE Property='ALLUSERS'");
        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void HKCU_value_of_a_32_bit_component_is_not_reported()
    {
        using var package = FixturePackage.Clean().Edit(
            "UPDATE Component SET Attributes=4 WHERE Component='NspiOverHttp'",
            "UPDATE Registry SET Root=1 WHERE Component_='NspiOverHttp'");

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Registry_search_of_HKLM_without_the_64_bit_bit_is_reported()
    {
        using var package = FixturePackage.Compile(FixturePackage.CleanFixture,
            ("Name=\"MsiProductMajor\" Type=\"raw\" Win64=\"yes\"/>", "Name=\"MsiProductMajor\" Type=\"raw\"/>"))
            .Edit(FixturePackage.SetRollbackBits);

        var finding = FindingAssert.Reports(package.Lint(), Rule, "RegLocator", "ExchangeMajorSearch");
        Assert.Contains("Type bit 0x10", finding.Message);
    }
}
