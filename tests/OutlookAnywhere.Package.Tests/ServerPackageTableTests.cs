namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// Whole tables of the built server package (x64; PlatformBuildTests ties the x86 build to it), as sorted tab-separated
/// lines against the snapshots in Expected/Server.*.tsv. Generated ids (wixl's reg* row names) are left out.
/// OA_REGENERATE=1 rewrites the snapshots from the built package: review the diff before committing it.
/// </summary>
public class ServerPackageTableTests
{
    public static TheoryData<string, string[]> Snapshots => new()
    {
        { "Registry", ["Root", "Key", "Name", "Value", "Component_"] },
        { "Component", ["Component", "ComponentId", "Directory_", "Attributes", "Condition"] },
        { "File", ["File", "Component_", "FileName", "Attributes"] },
        { "CustomAction", ["Action", "Type", "Source", "Target"] },
        { "InstallExecuteSequence", ["Action", "Condition", "Sequence"] },
        { "InstallUISequence", ["Action", "Condition", "Sequence"] },
        { "Binary", ["Name"] },
        { "AppSearch", ["Property", "Signature_"] },
        { "RegLocator", ["Signature_", "Root", "Key", "Name", "Type"] },
        { "LaunchCondition", ["Condition", "Description"] },
    };

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void Server_package_table_is_the_expected_snapshot(string table, string[] columns) =>
        ClientPackageTableTests.AssertSnapshot(PackageLocations.ServerPackage, "Server", table, columns);
}
