using OutlookAnywhere.Packaging;
using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;
using OutlookAnywhere.Packaging.Generated;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// Whole tables of the built client package, read with the project's own reader, as sorted tab-separated lines, against
/// the snapshots in Expected/ (a failure shows the full diff). Generated ids (wixl's reg* row names, key paths) are left
/// out. OA_REGENERATE=1 rewrites the snapshots from the built package: review the diff before committing it.
/// </summary>
public class ClientPackageTableTests
{
    public static TheoryData<string, string[]> Snapshots => new()
    {
        { "IniFile", ["IniFile", "FileName", "DirProperty", "Section", "Key", "Value", "Action", "Component_"] },
        { "Registry", ["Root", "Key", "Name", "Value", "Component_"] },
        { "RemoveRegistry", ["RemoveRegistry", "Root", "Key", "Name", "Component_"] },
        { "RemoveFile", ["FileKey", "Component_", "FileName", "DirProperty", "InstallMode"] },
        { "Component", ["Component", "ComponentId", "Directory_", "Attributes", "Condition"] },
        { "CustomAction", ["Action", "Type", "Source", "Target"] },
        { "InstallExecuteSequence", ["Action", "Condition", "Sequence"] },
        { "InstallUISequence", ["Action", "Condition", "Sequence"] },
        { "AppSearch", ["Property", "Signature_"] },
        { "RegLocator", ["Signature_", "Root", "Key", "Name", "Type"] },
    };

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void Client_package_table_is_the_expected_snapshot(string table, string[] columns) =>
        AssertSnapshot(PackageLocations.ClientPackage, "Client", table, columns);

    /// <summary>The table as sorted tab-separated lines against Expected/{prefix}.{table}.tsv (OA_REGENERATE=1 rewrites it).</summary>
    internal static void AssertSnapshot(string package, string prefix, string table, string[] columns)
    {
        using var database = MsiDatabase.Open(package);
        var actual = string.Join('\t', columns) + "\n" + Lines(database, table, columns, _ => true);
        var path = Path.Combine(Repository.Root, "tests", "OutlookAnywhere.Package.Tests", "Expected", $"{prefix}.{table}.tsv");
        if (Environment.GetEnvironmentVariable("OA_REGENERATE") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.Exists(path) ? File.ReadAllText(path) : $"(no snapshot {path})", actual);
    }

    [Fact]
    public void The_removal_entry_deletes_exactly_the_ImportPRF_values_the_package_writes()
    {
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        var registry = database.GetRequiredTable("Registry").Rows;
        var written = registry
            .Where(r => r.GetInt("Root") == 1 && r.GetString("Name") == "ImportPRF") // HKCU
            .Select(r => $@"{r.GetString("Key")}\{r.GetString("Name")}").Order(StringComparer.Ordinal);
        var deleted = ClientPackageSource.CleanupValues.Select(v => $@"{v.Key}\{v.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", written), string.Join("\n", deleted));
        // Every other HKCU value is a policy value, which the entry (running as the user) could not delete.
        Assert.All(registry.Where(r => r.GetInt("Root") == 1 && r.GetString("Name") != "ImportPRF"),
            r => Assert.StartsWith(@"Software\Policies\", r.GetString("Key")));
        // The product key the entry's guard reads is the one the package writes (HKMU: -1).
        Assert.Contains(registry,
            r => r.GetInt("Root") == -1 && r.GetString("Key") == ClientPackageSource.ProductKey && r.GetString("Name") == "Version");
        Assert.Contains(database.GetRequiredTable("File").Rows, r => r.GetString("FileName")?.EndsWith("ActiveSetupCleanup.reg", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Active_Setup_entry_runs_a_per_user_repair_once_per_product_version_and_only_per_machine()
    {
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        var version = database.GetRequiredTable("Property").FindRow("ProductVersion")?.GetString("Value") ?? "";
        const string key = @"SOFTWARE\Microsoft\Active Setup\Installed Components\" + ClientPackageSource.ActiveSetupId + @"\";
        Assert.Equal(string.Join("\n",
            $"2\t{key}\t\t[ProductName]\tActiveSetup",
            $"2\t{key}\tIsInstalled\t#1\tActiveSetup",
            $"2\t{key}\tStubPath\tmsiexec /i [ProductCode] REINSTALL=ALL REINSTALLMODE=u /qn\tActiveSetup",
            $"2\t{key}\tVersion\t{version.Replace('.', ',')},0\tActiveSetup") + "\n",
            Lines(database, "Registry", ["Root", "Key", "Name", "Value", "Component_"], row => row.GetString("Component_") == "ActiveSetup"));
        Assert.Equal("ActiveSetup\tALLUSERS = \"1\"\t260\n",
            Lines(database, "Component", ["Component", "Condition", "Attributes"], row => row.GetString("Component") == "ActiveSetup"));
    }

    [Fact]
    public void Uninstall_has_nothing_to_do_with_existing_Outlook_profiles()
    {
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        foreach (var table in new[] { "Registry", "RemoveRegistry" })
        {
            Assert.All(database.GetRequiredTable(table).Rows, row =>
            {
                var key = row.GetString("Key") ?? "";
                Assert.DoesNotContain(@"\Profiles", key, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Windows Messaging Subsystem", key, StringComparison.OrdinalIgnoreCase);
            });
        }
    }

    [Fact]
    public void IniFile_rows_in_table_order_with_the_default_values_are_the_key_lines_of_ProfileFile_Render()
    {
        var inputs = new Dictionary<string, string> { [ClientProperties.ExchangeServer] = "ex01.contoso.com", [ClientProperties.ProxyServer] = "mail.contoso.com" };
        var settings = ClientProperties.Parse(inputs);
        var values = ClientPackageSource.ProfileValues(settings);
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);

        // Table order is the order WriteIniValues writes the lines in.
        var written = database.GetRequiredTable("IniFile").Rows
            .Select(row => $"[{row.GetString("Section")}] {row.GetString("Key")}={ClientPackageSourceTests.Format(row.GetString("Value")!, values)}");
        var expected = ClientPackageSource.IniLines(ProfileFile.Render(settings)).Select(l => $"[{l.Section}] {l.Key}={l.Value}");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", written));
    }

    [Fact]
    public void Every_public_client_property_is_a_secure_property()
    {
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        var secure = database.GetRequiredTable("Property").FindRow("SecureCustomProperties")?.GetString("Value")?.Split(';') ?? [];
        Assert.Equal(ClientProperties.Definitions.Select(d => d.Name).Order(), secure.Intersect(ClientProperties.Definitions.Select(d => d.Name)).Order());
    }

    private static string Lines(MsiDatabase database, string table, string[] columns, Func<MsiRow, bool> where)
    {
        var lines = database.GetRequiredTable(table).Rows.Where(where)
            .Select(row => string.Join('\t', columns.Select(c => row[c]?.ToString() ?? "")))
            .Order(StringComparer.Ordinal);
        return string.Concat(lines.Select(line => line + "\n"));
    }
}
