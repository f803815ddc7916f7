using OutlookAnywhere.Msi;
using OutlookAnywhere.Packaging;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// The client and server packages' x86 and x64 builds come from one source: they differ only in what the platform decides (summary
/// Template, the 64-bit bits of components and registry searches, Program Files and the system folder, reg.exe's view
/// switch, the ProductCode), and both ask for Windows Installer 3.01 (Windows XP SP3).
/// </summary>
public class PlatformBuildTests
{
    public static TheoryData<string> Platforms => new("x86", "x64");

    [Theory]
    [InlineData("client", "x86")]
    [InlineData("client", "x64")]
    [InlineData("server", "x86")]
    [InlineData("server", "x64")]
    public void Each_build_has_its_platform_in_the_Template_and_needs_Windows_Installer_3_01(string package, string platform)
    {
        using var database = MsiDatabase.Open(PackageFor(package, platform));
        Assert.Equal(platform == "x64" ? "x64;1033" : "Intel;1033", database.Summary.Template);
        Assert.Equal(301, database.Summary.PageCount);
    }

    private static string PackageFor(string package, string platform) =>
        package == "server" ? PackageLocations.ServerPackageFor(platform) : PackageLocations.ClientPackageFor(platform);

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Every_component_and_registry_search_is_in_the_builds_own_registry_view(string platform)
    {
        var is64 = PackagePlatform.Parse(platform).Is64Bit;
        using var database = MsiDatabase.Open(PackageLocations.ClientPackageFor(platform));
        var components = database.GetRequiredTable("Component").Rows;
        var locators = database.GetRequiredTable("RegLocator").Rows;
        Assert.NotEmpty(components);
        Assert.NotEmpty(locators);
        Assert.All(components, row => Assert.True(((row.GetInt("Attributes") & 0x100) != 0) == is64, $"{row.GetString("Component")}: Attributes {row.GetInt("Attributes")}"));
        // HKCU searches (the per-user remembered values) have no view; every HKLM one must be the build's.
        Assert.All(locators.Where(row => row.GetInt("Root") == 2),
            row => Assert.True(((row.GetInt("Type") & 0x10) != 0) == is64, $"{row.GetString("Signature_")}: Type {row.GetInt("Type")}"));
    }

    [Theory]
    [InlineData("client")]
    [InlineData("server")]
    public void The_two_builds_differ_only_where_the_platform_decides(string package)
    {
        using var x86 = MsiDatabase.Open(PackageFor(package, "x86"));
        using var x64 = MsiDatabase.Open(PackageFor(package, "x64"));
        Assert.Equal(x64.TableNames.Order(), x86.TableNames.Order());
        foreach (var table in x64.TableNames.Where(t => t is not "_Validation"))
            Assert.Equal(Normalized(x64, table), Normalized(x86, table));
    }

    /// <summary>The table's rows with the platform's choices mapped to the x86 ones; the ProductCode (new per build) left out.</summary>
    private static string[] Normalized(MsiDatabase database, string table)
    {
        var t = database.GetRequiredTable(table);
        return t.Rows
            .Where(row => !(table == "Property" && row.GetString("Property") == "ProductCode"))
            .Select(row => string.Join('\t', t.Columns.Select(column =>
            {
                var value = row[column.Name];
                return (table, column.Name, value) switch
                {
                    // Binary streams by content; the native shim is built for each platform (ServerShimTests checks both builds
                    // and that both carry the same oa-server.exe).
                    ("Binary", "Data", string) when row.GetString("Name") == ServerShimTests.ShimBinary => "(the platform's oa_shim.dll)",
                    ("Binary", "Data", string stream) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(database.ReadStream(stream)!)),
                    ("Component", "Attributes", int a) => (a & ~0x100).ToString(),
                    ("RegLocator", "Type", int type) => (type & ~0x10).ToString(),
                    (_, _, string s) => s.Replace("ProgramFiles64Folder", "ProgramFilesFolder").Replace("[System64Folder]", "[SystemFolder]").Replace(" /reg:64", ""),
                    (_, _, byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)),
                    _ => value?.ToString() ?? "",
                };
            })))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
