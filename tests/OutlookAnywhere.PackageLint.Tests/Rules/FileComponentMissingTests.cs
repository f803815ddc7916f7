using OutlookAnywhere.PackageLint.Tests.Packages;

namespace OutlookAnywhere.PackageLint.Tests.Rules;

public class FileComponentMissingTests
{
    private const string Rule = "FILE-COMPONENT-MISSING";

    [Fact]
    public void Clean_package_has_a_component_for_every_file()
    {
        using var package = FixturePackage.Clean();

        FindingAssert.ReportsNothingFor(package.Lint(), Rule);
    }

    [Fact]
    public void File_whose_component_is_missing_is_reported()
    {
        using var package = FixturePackage.Clean()
            .Edit("DELETE FROM Component WHERE Component='ReadmeFile'");

        FindingAssert.Reports(package.Lint(), Rule, "File", "ReadmeTxt");
    }
}
