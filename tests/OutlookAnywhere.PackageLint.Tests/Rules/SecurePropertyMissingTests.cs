using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class SecurePropertyMissingTests
{
    private const string Rule = "SECURE-PROPERTY-MISSING";

    [Fact]
    public void Clean_package_lists_every_property_it_reads_at_execute_time()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Property_read_by_a_custom_action_and_a_registry_value_is_reported_once_where_first_read()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE Property SET Value='CONFIGURE_PROXY;EXCHANGE_MAJOR' WHERE Property='SecureCustomProperties'");

        var findings = package.Lint();

        var finding = FindingAssert.Reports(findings, Rule, "CustomAction", "SetMergeValidPorts");
        Assert.Contains("EXCHANGE_SERVER", finding.Message);
        Assert.Contains($"Registry[{package.RegistryRowWriting("ExchangeServer")}]", finding.Message);
        Assert.Single(findings, found => found.Rule == Rule);
    }

    [Fact]
    public void Property_read_only_by_an_execute_sequence_condition_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE Property SET Value='EXCHANGE_SERVER;EXCHANGE_MAJOR' WHERE Property='SecureCustomProperties'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "InstallExecuteSequence", "SetMergeValidPorts");
        Assert.Contains("CONFIGURE_PROXY", finding.Message);
    }

    [Fact]
    public void Property_read_by_a_component_condition_is_reported()
    {
        // wixl cannot write component conditions: the post-build step adds them, like this.
        using var package = FixturePackage.Clean()
            .Edit("UPDATE Component SET Condition='WRITE_NSPI = \"1\"' WHERE Component='NspiOverHttp'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Component", "NspiOverHttp");
        Assert.Contains("add WRITE_NSPI to the Property table's SecureCustomProperties", finding.Message);
    }

    [Fact]
    public void Missing_SecureCustomProperties_reports_every_package_property_read()
    {
        using var package = FixturePackage.Clean()
            .Edit("DELETE FROM Property WHERE Property='SecureCustomProperties'");

        var findings = package.Lint();

        Assert.Contains("property CONFIGURE_PROXY ", FindingAssert.Reports(findings, Rule, "InstallExecuteSequence", "SetMergeValidPorts").Message);
        Assert.Contains("property EXCHANGE_SERVER ", FindingAssert.Reports(findings, Rule, "CustomAction", "SetMergeValidPorts").Message);
        Assert.Equal(2, findings.Count(finding => finding.Rule == Rule));
    }

    [Fact]
    public void Standard_private_and_quoted_names_are_not_reported()
    {
        using var package = FixturePackage.Clean().Edit(
            "UPDATE Component SET Condition='VersionNT64 AND NOT REMOVE AND ALLUSERS=1 AND %PROCESSOR_ARCHITECTURE=\"AMD64\" AND Installed <> \"[NOT_A_READ]\" AND $NspiOverHttp=3' WHERE Component='NspiOverHttp'",
            "UPDATE Registry SET Value='[ProductName] [ARPCONTACT] [#ReadmeTxt] [%TEMP]' WHERE Name='ExchangeServer'");

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }
}
