namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>The foundation promises of the server package, checked by really installing it under Wine.</summary>
[Collection(WineCollection.Name)]
public sealed class ServerPackageFoundationTests(WineMachine machine) : IDisposable
{
    private const string ProductName = "Outlook Anywhere Server Settings";
    private const string NtdsParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\NTDS\Parameters";
    private const string NspiValue = "NSPI interface protocol sequences";
    private readonly WineRegistry _registry = new(machine);

    // A global catalog without the RPC proxy component: only the NSPI part of the package applies.
    private static readonly Dictionary<string, string> GlobalCatalogOnly = new() { ["GLOBAL_CATALOG"] = "1", ["CONFIGURE_VALIDPORTS"] = "0" };

    [Fact]
    public void Global_catalog_install_appends_ncacn_http_and_uninstall_leaves_only_the_original_string()
    {
        _registry.SetMultiString(NtdsParameters, NspiValue, "ncacn_ip_tcp:1234");
        var package = RepositoryLayout.RequirePackage(RepositoryLayout.ServerPackage);

        var install = machine.Msiexec(nameof(Global_catalog_install_appends_ncacn_http_and_uninstall_leaves_only_the_original_string), ["/i", package], GlobalCatalogOnly);
        Assert.True(install.ExitCode == 3010, $"A new NSPI sequence needs a restart: expected 3010.\n{install}");
        var after = _registry.Get(NtdsParameters, NspiValue);
        Assert.NotNull(after);
        Assert.Equal("REG_MULTI_SZ", after.Type);
        Assert.Equal(["ncacn_ip_tcp:1234", "ncacn_http:6004"], after.Strings);

        var uninstall = machine.Msiexec("gc-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode is 0 or 3010, uninstall.ToString());
        var restored = _registry.Get(NtdsParameters, NspiValue);
        Assert.NotNull(restored);
        Assert.Equal("REG_MULTI_SZ", restored.Type);
        Assert.Equal(["ncacn_ip_tcp:1234"], restored.Strings);
    }

    [Fact]
    public void Installing_a_lower_version_over_a_higher_one_is_refused_and_changes_nothing()
    {
        var higher = PackageVariants.Server("1.0.20");
        var lower = PackageVariants.Server("1.0.10");
        _registry.SetMultiString(NtdsParameters, NspiValue, "ncacn_ip_tcp:1234");
        var install = machine.Msiexec("downgrade-higher", ["/i", higher], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
        Assert.True(install.ExitCode == 0, install.ToString());

        var downgrade = machine.Msiexec("downgrade-lower", ["/i", lower], GlobalCatalogOnly);
        Assert.True(downgrade.ExitCode == 1603, $"A downgrade must be refused with 1603.\n{downgrade}");
        Assert.Equal(["1.0.20"], InstalledProducts.Versions(machine, ProductName));
        Assert.Equal(["ncacn_ip_tcp:1234"], _registry.Get(NtdsParameters, NspiValue)?.Strings ?? []);
    }

    [Fact]
    public void A_major_upgrade_leaves_exactly_one_product_registered()
    {
        var first = PackageVariants.Server("1.0.30");
        var second = PackageVariants.Server("1.0.31");
        var install = machine.Msiexec("upgrade-first", ["/i", first], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(["1.0.30"], InstalledProducts.Versions(machine, ProductName));

        var upgrade = machine.Msiexec("upgrade-second", ["/i", second], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Equal(["1.0.31"], InstalledProducts.Versions(machine, ProductName));
    }

    /// <summary>Each test leaves no product behind, so the next one starts clean.</summary>
    public void Dispose()
    {
        foreach (var version in new[] { "1.0.20", "1.0.10", "1.0.30", "1.0.31" })
        {
            var path = Path.Combine(RepositoryLayout.Output, "test-packages", version, "OutlookAnywhere.Server-x64.msi");
            if (File.Exists(path)) machine.Msiexec("cleanup", ["/x", path]);
        }
        if (File.Exists(RepositoryLayout.ServerPackage)) machine.Msiexec("cleanup", ["/x", RepositoryLayout.ServerPackage]);
        _registry.DeleteValue(NtdsParameters, NspiValue);
    }
}
