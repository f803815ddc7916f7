using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Package.Tests;

/// <summary>The server package's launch conditions: what each build refuses, with a message that names what is missing.</summary>
public class ServerLaunchConditionTests
{
    [Theory]
    [InlineData("x86")]
    [InlineData("x64")]
    public void Both_builds_need_elevation_Windows_Server_2003_SP2_and_the_NET_Framework_4_Client_Profile(string platform)
    {
        using var database = MsiDatabase.Open(PackageLocations.ServerPackageFor(platform));
        var conditions = database.GetRequiredTable("LaunchCondition").Rows
            .ToDictionary(r => r.GetString("Condition")!, r => r.GetString("Description")!);
        // The fourth is MajorUpgrade's downgrade refusal.
        Assert.Equal(4, conditions.Count);
        Assert.Contains("A newer version", conditions["NOT WIX_DOWNGRADE_DETECTED"]);
        Assert.Contains("administrator", conditions["Privileged"]);
        Assert.Contains("Windows Server 2003 with Service Pack 2",
            conditions["Installed OR VersionNT > 502 OR (VersionNT = 502 AND ServicePackLevel >= 2)"]);
        Assert.Contains("needs the .NET Framework 4", conditions["OaNetFramework4Client = \"#1\""]);

        // The .NET Framework 4 setup writes NDP\v4\Client (Full installs write it too) in both registry views.
        var search = database.GetRequiredTable("RegLocator").Rows.Single(r => r.GetString("Signature_") == "NetFramework4Client");
        Assert.Equal(@"SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Client", search.GetString("Key"));
        Assert.Equal("Install", search.GetString("Name"));
        Assert.Equal(platform == "x64" ? 2 | 0x10 : 2, search.GetInt("Type"));
    }
}
