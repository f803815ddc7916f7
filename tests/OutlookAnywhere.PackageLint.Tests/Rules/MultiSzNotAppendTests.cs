using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class MultiSzNotAppendTests
{
    private const string Rule = "MULTISZ-NOT-APPEND";
    private const string NspiValue = "NSPI interface protocol sequences";

    [Fact]
    public void Clean_package_appends_to_the_NSPI_protocol_sequences()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Theory]
    [InlineData("ncacn_http:6004")]                       // REG_SZ over the multi-string
    [InlineData("ncacn_http:6004[~]")]                    // prepend
    [InlineData("[~]ncacn_http:6004[~]")]                 // both ends: replace
    [InlineData("ncacn_http:6004[~]ncacn_ip_tcp")]        // neither end: replace
    public void NSPI_protocol_sequences_not_in_append_form_are_reported(string value)
    {
        using var package = FixturePackage.Clean()
            .Edit($"UPDATE Registry SET Value='{value}' WHERE Name='{NspiValue}'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting(NspiValue));
        Assert.Contains("\"[~]ncacn_http:6004", finding.Message);
    }

    [Fact]
    public void Append_form_with_several_strings_is_not_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit($"UPDATE Registry SET Value='[~]ncacn_http:6004[~]ncacn_ip_tcp' WHERE Name='{NspiValue}'");

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void Any_other_value_that_replaces_a_multi_string_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("UPDATE Registry SET Value='exch01[~]exch02' WHERE Name='ExchangeServer'");

        var finding = FindingAssert.Reports(package.Lint(), Rule, "Registry", package.RegistryRowWriting("ExchangeServer"));
        Assert.Contains("\"[~]exch01[~]exch02\"", finding.Message);
    }
}
