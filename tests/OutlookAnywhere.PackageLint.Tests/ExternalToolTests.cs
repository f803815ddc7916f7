namespace OutlookAnywhere.PackageLint.Tests;

public class ExternalToolTests
{
    [Fact]
    public void Missing_tool_fails_with_the_install_command_instead_of_skipping()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Msitools.Run("wixl-that-is-not-installed", Path.GetTempPath(), "--version"));

        Assert.Contains("apt-get install wixl msitools", failure.Message);
    }
}
