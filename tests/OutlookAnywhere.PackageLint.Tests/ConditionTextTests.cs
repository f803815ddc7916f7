namespace OutlookAnywhere.PackageLint.Tests;

public class ConditionTextTests
{
    [Theory]
    [InlineData("NOT REMOVE AND CONFIGURE_PROXY=\"1\"", "REMOVE CONFIGURE_PROXY")]
    [InlineData("(EXCHANGE_MAJOR = \"#15\") OR Installed", "EXCHANGE_MAJOR Installed")]
    [InlineData("%PATH AND $Comp=3 AND ?Comp=2 AND &Main=3 AND !Main=2", "")]
    [InlineData("VersionNT >= 601 and not Privileged", "VersionNT Privileged")]
    [InlineData("A_1 ~= \"[B]\" xor C", "A_1 C")]
    [InlineData("VersionNT64", "VersionNT64")]
    public void Reads_property_names_and_skips_literals_operators_and_sigils(string condition, string expected)
    {
        Assert.Equal(expected, string.Join(' ', ConditionText.PropertiesIn(condition)));
    }

    [Theory]
    [InlineData("[EXCHANGE_SERVER]:6001;[[INDIRECT]]", "EXCHANGE_SERVER INDIRECT")]
    [InlineData("[#File] [!File] [$Comp] [%TEMP] [\\[] [~]a", "")]
    [InlineData("msstd:[PROXY_FQDN]", "PROXY_FQDN")]
    public void Reads_property_references_of_formatted_text(string formatted, string expected)
    {
        Assert.Equal(expected, string.Join(' ', FormattedText.PropertiesIn(formatted)));
    }
}
