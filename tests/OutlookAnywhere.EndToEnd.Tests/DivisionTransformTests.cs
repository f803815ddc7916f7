using System.Text.Json;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Division transforms made by oa-transform, installed with TRANSFORMS= by Wine's msiexec. The tool
/// is built (incrementally, Release) and run as a separate process, exactly as build.sh runs it.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class DivisionTransformTests : IDisposable
{
    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string ValidPorts = "ValidPorts";
    private const string Seeded = "rpcproxy01:593;rpcproxy01:49152-65535";
    private const string OtherUpgradeCode = "{0D0D0D0D-1111-4222-8333-444444444444}";

    private static readonly Lazy<string> Tool = new(BuildTool);
    private readonly WineMachine _machine;
    private readonly WineRegistry _registry;
    private readonly bool _proxyKeyExisted;

    public DivisionTransformTests(WineMachine machine)
    {
        _machine = machine;
        _registry = new WineRegistry(machine);
        _proxyKeyExisted = _registry.KeyExists(RpcProxy);
    }

    private static string Folder => Path.Combine(RepositoryLayout.Output, "test-transforms");
    private static string DivisionFile(string name) => Path.Combine(RepositoryLayout.Root, "transforms", "divisions", name + ".json");

    [Fact]
    public void Head_office_transform_adds_exactly_its_ValidPorts_entries_after_the_seeded_ones_and_uninstall_restores_them()
    {
        var package = RepositoryLayout.RequirePackage(RepositoryLayout.ServerPackage);
        var transform = BuildTransform(RepositoryLayout.Output, Path.Combine(Folder, "matching"), "head-office");
        _registry.CreateKey(RpcProxy);
        _registry.SetString(RpcProxy, ValidPorts, Seeded);

        var install = _machine.Msiexec(nameof(Head_office_transform_adds_exactly_its_ValidPorts_entries_after_the_seeded_ones_and_uninstall_restores_them),
            ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Equal(Seeded + ";" + string.Join(";", HeadOfficeEntries()), _registry.Get(RpcProxy, ValidPorts)?.Data);

        var uninstall = _machine.Msiexec("head-office-uninstall", ["/x", package]);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Equal(Seeded, _registry.Get(RpcProxy, ValidPorts)?.Data);
    }

    /// <summary>
    /// Windows Installer refuses a transform whose UpgradeCode validation fails (1624). Wine does not
    /// check the validation flags: it applies the transform anyway. This records what Wine does, then
    /// shows that the tool's own check is what refuses such a transform.
    /// </summary>
    [Fact]
    public void A_transform_made_for_another_UpgradeCode_is_applied_by_Wine_but_refused_by_the_tools_check()
    {
        var package = RepositoryLayout.RequirePackage(RepositoryLayout.ServerPackage);
        var otherProduct = Path.Combine(Folder, "other-product");
        Directory.CreateDirectory(otherProduct);
        var otherPackage = Path.Combine(otherProduct, "OutlookAnywhere.Server.msi");
        File.Copy(package, otherPackage, overwrite: true);
        // head-office.json has a client section too: the tool needs the client package beside it (unchanged).
        File.Copy(RepositoryLayout.RequirePackage(RepositoryLayout.ClientPackage), Path.Combine(otherProduct, "OutlookAnywhere.Client.msi"), overwrite: true);
        var edit = ProcessRunner.Run("msibuild", [otherPackage, "-q", $"UPDATE `Property` SET `Value` = '{OtherUpgradeCode}' WHERE `Property` = 'UpgradeCode'"]);
        Assert.True(edit.ExitCode == 0, edit.Output);
        var transform = BuildTransform(otherProduct, Path.Combine(Folder, "other-product-mst"), "head-office");
        _registry.CreateKey(RpcProxy);
        _registry.SetString(RpcProxy, ValidPorts, Seeded);

        var install = _machine.Msiexec(nameof(A_transform_made_for_another_UpgradeCode_is_applied_by_Wine_but_refused_by_the_tools_check),
            ["/i", package], new() { ["TRANSFORMS"] = WineMachine.WindowsPath(transform) });
        // What Wine 8 does: no 1624; the transform is applied and the division's entries are written.
        Assert.True(install.ExitCode == 0, $"Wine was expected to ignore the UpgradeCode validation flag (Windows would return 1624).\n{install}");
        Assert.Equal(Seeded + ";" + string.Join(";", HeadOfficeEntries()), _registry.Get(RpcProxy, ValidPorts)?.Data);

        var check = ProcessRunner.Run("dotnet", [Tool.Value, "show", "--package", package, transform]);
        Assert.True(check.ExitCode == 1, check.Output);
        Assert.Contains($"was made for UpgradeCode {OtherUpgradeCode}, but OutlookAnywhere.Server.msi has UpgradeCode {{6F1A4C2E-3B5D-4E8F-9A01-2C3D4E5F6A7B}}", check.Output);
    }

    /// <summary>The entries the server package plans for head-office.json: each server by NetBIOS name then FQDN on the mailbox and NSPI ports, each global catalog on NSPI.</summary>
    private static IEnumerable<string> HeadOfficeEntries()
    {
        var server = JsonDocument.Parse(File.ReadAllText(DivisionFile("head-office"))).RootElement.GetProperty("server");
        string Value(string name, string fallback) => server.TryGetProperty(name, out var v) ? v.GetString()! : fallback;
        var domain = Value("DNS_DOMAIN", "");
        var mailbox = Value("MAILBOX_PORTS", "6001-6002");
        var nspi = Value("NSPI_PORT", "6004");
        Assert.False(string.IsNullOrEmpty(domain), "the test expects head-office.json to set DNS_DOMAIN and list NetBIOS names");
        foreach (var host in Value("EXCHANGE_SERVERS", "").Split(','))
            foreach (var name in new[] { host, $"{host}.{domain}" })
                foreach (var ports in new[] { mailbox, nspi }) yield return $"{name}:{ports}";
        foreach (var host in Value("GLOBAL_CATALOGS", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { host, $"{host}.{domain}" }) yield return $"{name}:{nspi}";
    }

    private static string BuildTransform(string packages, string output, string division)
    {
        var run = ProcessRunner.Run("dotnet", [Tool.Value, "build", "--packages", packages, "--out", output,
            "--divisions", Path.Combine(RepositoryLayout.Root, "transforms", "divisions"), division]);
        Assert.True(run.ExitCode == 0, run.Output);
        return Path.Combine(output, $"{division}.server.mst");
    }

    /// <summary>Builds oa-transform (a no-op after build.sh's solution build) and returns its dll.</summary>
    private static string BuildTool()
    {
        var project = Path.Combine(RepositoryLayout.Root, "transforms", "OutlookAnywhere.Transforms", "OutlookAnywhere.Transforms.csproj");
        var build = ProcessRunner.Run("dotnet", ["build", project, "-c", "Release", "-nologo", "-v:q"]);
        if (build.ExitCode != 0) throw new InvalidOperationException($"Building oa-transform failed:\n{build.Output}");
        return Path.Combine(RepositoryLayout.Root, "transforms", "OutlookAnywhere.Transforms", "bin", "Release", "net10.0", "oa-transform.dll");
    }

    /// <summary>Leaves no product and no proxy key behind, so the next test starts clean.</summary>
    public void Dispose()
    {
        if (File.Exists(RepositoryLayout.ServerPackage)) _machine.Msiexec("cleanup", ["/x", RepositoryLayout.ServerPackage]);
        if (_proxyKeyExisted) _registry.DeleteValue(RpcProxy, ValidPorts);
        else _registry.DeleteKey(RpcProxy);
    }
}
