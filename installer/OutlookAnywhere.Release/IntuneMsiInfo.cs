using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Release;

/// <summary>Who an MSI installs for, as Intune's MsiExecutionContext names it.</summary>
public enum IntuneExecutionContext { Any, User, System }

/// <summary>
/// The MsiInfo block of Detection.xml, from which the Intune portal pre-fills an MSI app's install context and
/// ProductCode detection rule. Every value is derived from the package's own tables (docs/release.md lists the rules);
/// the order of the elements is the order IntuneWinAppUtil writes them in.
/// </summary>
public sealed record IntuneMsiInfo(
    string ProductCode,
    string ProductVersion,
    string PackageCode,
    string UpgradeCode,
    IntuneExecutionContext ExecutionContext,
    bool RequiresLogon,
    bool RequiresReboot,
    bool IsMachineInstall,
    bool IsUserInstall,
    bool IncludesServices,
    bool IncludesOdbcDataSource,
    bool ContainsSystemRegistryKeys,
    bool ContainsSystemFolders,
    string Publisher)
{
    // Registry.Root: -1 = HKMU (HKLM in a per-machine install), 0 = HKCR, 2 = HKLM, 3 = HKU; 1 = HKCU is the user's own.
    private static readonly int[] MachineRoots = [0, 2, 3];

    // Directories whose contents belong to the machine, not to one user (Windows Installer SDK, "System Folder Properties").
    private static readonly HashSet<string> SystemFolders = new(StringComparer.Ordinal)
    {
        "WindowsFolder", "SystemFolder", "System16Folder", "System64Folder", "ProgramFilesFolder", "ProgramFiles64Folder",
        "CommonFilesFolder", "CommonFiles64Folder", "CommonAppDataFolder", "FontsFolder", "WindowsVolume", "TempFolder",
    };

    public static IntuneMsiInfo Derive(MsiDatabase database, ReleasePackage package)
    {
        var property = database.GetTable("Property");
        string Value(string name) => property?.FindRow(name)?.GetString("Value") ?? "";
        var context = Value("ALLUSERS") switch
        {
            "1" => IntuneExecutionContext.System,
            "2" => IntuneExecutionContext.Any,
            _ => IntuneExecutionContext.User,
        };
        var executeActions = database.GetTable("InstallExecuteSequence")?.Rows.Select(r => r.GetString("Action")).ToHashSet() ?? [];
        var registryRoots = database.GetTable("Registry")?.Rows.Select(r => r.GetInt("Root") ?? 1).ToList() ?? [];

        return new IntuneMsiInfo(
            package.ProductCode,
            package.ProductVersion,
            package.PackageCode,
            package.UpgradeCode,
            context,
            RequiresLogon: context == IntuneExecutionContext.User,
            RequiresReboot: executeActions.Contains("ForceReboot") || executeActions.Contains("ScheduleReboot")
                || string.Equals(Value("REBOOT"), "Force", StringComparison.OrdinalIgnoreCase),
            IsMachineInstall: context != IntuneExecutionContext.User,
            IsUserInstall: context != IntuneExecutionContext.System,
            IncludesServices: HasRows(database, "ServiceInstall"),
            IncludesOdbcDataSource: HasRows(database, "ODBCDataSource"),
            ContainsSystemRegistryKeys: registryRoots.Any(root => MachineRoots.Contains(root) || (root == -1 && context == IntuneExecutionContext.System)),
            ContainsSystemFolders: InstallsIntoSystemFolder(database),
            package.Manufacturer);
    }

    private static bool HasRows(MsiDatabase database, string table) => database.GetTable(table)?.Rows.Count > 0;

    /// <summary>Whether a component's directory lies under one of the system folders.</summary>
    private static bool InstallsIntoSystemFolder(MsiDatabase database)
    {
        var directories = database.GetTable("Directory");
        var components = database.GetTable("Component");
        if (directories is null || components is null) return false;
        var parentOf = directories.Rows.ToDictionary(r => r.GetString("Directory")!, r => r.GetString("Directory_Parent"));
        foreach (var component in components.Rows)
        {
            var visited = new HashSet<string>();
            for (var directory = component.GetString("Directory_"); directory is not null && visited.Add(directory);
                 directory = parentOf.GetValueOrDefault(directory))
                if (SystemFolders.Contains(directory)) return true;
        }
        return false;
    }
}
