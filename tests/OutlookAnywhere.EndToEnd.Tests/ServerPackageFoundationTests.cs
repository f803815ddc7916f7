namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>The foundation promises of the server package, checked by really installing it under Wine.</summary>
[Collection(WineCollection.Name)]
public sealed class ServerPackageFoundationTests(WineMachine machine) : IDisposable
{
    private static string ProductName => InstalledProducts.ServerProductName;
    private const string NtdsParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\NTDS\Parameters";
    private const string NspiValue = "NSPI interface protocol sequences";
    private const string ProductOptions = @"HKLM\SYSTEM\CurrentControlSet\Control\ProductOptions";
    private readonly WineRegistry _registry = new(machine);
    // Wine's own ProductType, put back after a test made the prefix a domain controller.
    private readonly RegistryValue? _productType = new WineRegistry(machine).Get(ProductOptions, "ProductType");

    // A global catalog without the RPC proxy component: only the NSPI part of the package applies.
    private static readonly Dictionary<string, string> GlobalCatalogOnly = new() { ["GLOBAL_CATALOG"] = "1", ["CONFIGURE_VALIDPORTS"] = "0" };

    [Fact]
    public void Global_catalog_install_appends_ncacn_http_and_uninstall_leaves_only_the_original_string()
    {
        _registry.SetString(ProductOptions, "ProductType", "LanmanNT");
        _registry.SetMultiString(NtdsParameters, NspiValue, "ncacn_ip_tcp:1234");
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);

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
    public void GLOBAL_CATALOG_1_on_a_computer_that_is_not_a_domain_controller_fails_with_1603_and_creates_no_NTDS_key()
    {
        _registry.DeleteKey(NtdsParameters);
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var install = machine.Msiexec("gc-not-dc", ["/i", package], GlobalCatalogOnly);
        Assert.True(install.ExitCode == 1603, install.ToString());
        Assert.Single(install.Log.Split('\n'), line => line.Contains("oa: GLOBAL_CATALOG '1' must be 0 on this computer: it is not a domain controller", StringComparison.Ordinal));
        Assert.False(_registry.KeyExists(NtdsParameters), "The NTDS Parameters key must never be created.");
        Assert.Empty(InstalledProducts.Versions(machine, ProductName));
    }

    [Fact]
    public void The_package_writes_its_Version_for_detection_rules_and_uninstall_leaves_no_key_of_its_own()
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var version = File.ReadAllText(Path.Combine(Repository.Root, "installer", "version.txt")).Trim();
        var install = machine.Msiexec("version-install", ["/i", package], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(new RegistryValue("REG_SZ", version), _registry.Get(ProductServerKey, "Version"));

        var uninstall = machine.Msiexec("version-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.False(_registry.KeyExists(ProductServerKey), $"{ProductServerKey} must not remain after uninstall.\n{uninstall}");
        Assert.False(_registry.KeyExists(ProductKey), $"{ProductKey} must not remain after uninstall.\n{uninstall}");
    }

    [Fact]
    public void Without_the_NET_Framework_4_the_install_is_refused_by_a_launch_condition_that_says_so()
    {
        _registry.DeleteValue(MscoreeStandIn.NetFramework4ClientKey, "Install");
        try
        {
            var install = machine.Msiexec("no-netfx4", ["/i", Repository.RequireBuilt(RepositoryLayout.ServerPackage)], new() { ["CONFIGURE_VALIDPORTS"] = "0" });
            Assert.True(install.ExitCode == 1603, install.ToString());
            // Wine does not log a launch condition's message under /qn (the package test checks the text): the launch
            // conditions failed, and no custom action ran.
            Assert.Matches(@"Action ended [^\n]*: LaunchConditions\. Return value [^1]", install.Log);
            Assert.DoesNotContain("Action start", install.Log[install.Log.IndexOf(": LaunchConditions. Return value", StringComparison.Ordinal)..]);
            Assert.Empty(InstalledProducts.Versions(machine, ProductName));
        }
        finally
        {
            _registry.SetDword(MscoreeStandIn.NetFramework4ClientKey, "Install", 1);
        }
    }

    private const string ProductKey = @"HKLM\SOFTWARE\OutlookAnywhere";
    private const string ProductServerKey = ProductKey + @"\Server";

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
        InstalledProducts.UninstallAll(machine, ProductName, "cleanup");
        _registry.DeleteValue(NtdsParameters, NspiValue);
        if (_productType is not null) _registry.SetString(ProductOptions, "ProductType", _productType.Data);
        else _registry.DeleteValue(ProductOptions, "ProductType");
    }
}
