using OutlookAnywhere.Logic;

namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// SET_BACKEND_PORTS=1 (README "Server package properties"): on an Exchange 2003 server that is also its own RPC proxy, the
/// package writes the three back-end port values Exchange Setup left (store, DSReferral, NSPI) and puts back exactly what
/// was there on uninstall, checked by really running Wine's msiexec on the built package.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class ServerBackendPortsTests : IDisposable
{
    private static string ProductName => InstalledProducts.ServerProductName;
    private const string RpcProxy = ServerRegistryKeys.RpcProxy;
    private const string StoreService = @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeIS";
    private const string SystemAttendantService = @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchangeSA";
    private const string StorePort = "Rpc/HTTP Port";
    private const string DsReferralPort = "HTTP Port";
    private const string NspiPort = "Rpc/HTTP NSPI Port";
    // A value of the system attendant that is not ours: it must never change.
    private const string OtherValue = "TCP/IP NSPI Port";
    private const string SeededValidPorts = "proxy01:593;proxy01:49152-65535";

    private static readonly Dictionary<string, string> Topology = new()
    {
        ["EXCHANGE_SERVERS"] = "ex01",
        ["DNS_DOMAIN"] = "corp.example.com",
    };

    // What Exchange 2003 Setup (and an administrator) left: the store and DSReferral ports set to other ports, the NSPI port absent.
    private static readonly (string Key, string Name, int? Port)[] Before =
    [
        (Exchange2003BackendPorts.StoreKey, StorePort, 7001),
        (Exchange2003BackendPorts.SystemAttendantKey, DsReferralPort, 7002),
        (Exchange2003BackendPorts.SystemAttendantKey, NspiPort, null),
    ];

    private readonly WineMachine _machine;
    private readonly WineRegistry _registry;

    public ServerBackendPortsTests(WineMachine machine)
    {
        _machine = machine;
        _registry = new WineRegistry(machine);
        DeleteSeededKeys();
        // An Exchange 2003 SP2 server (it does not manage ValidPorts) with the RPC over HTTP Proxy component.
        _registry.SetDword(ServerRegistryKeys.Exchange2003Setup, "Services Version", 65);
        _registry.SetDword(ServerRegistryKeys.Exchange2003Setup, "ServicePackNumber", 2);
        _registry.SetString(RpcProxy, ServerRegistryKeys.ValidPorts, SeededValidPorts);
        _registry.CreateKey(Exchange2003BackendPorts.StoreKey);
        _registry.CreateKey(Exchange2003BackendPorts.SystemAttendantKey);
        foreach (var (key, name, port) in Before)
            if (port is { } value) _registry.SetDword(key, name, value);
        _registry.SetDword(Exchange2003BackendPorts.SystemAttendantKey, OtherValue, 1234);
    }

    [Theory]
    [InlineData("6001-6002", "6004")]
    [InlineData("6101-6102", "6104")]
    public void SET_BACKEND_PORTS_writes_the_store_DSReferral_and_NSPI_ports_keeps_them_on_repair_and_uninstall_restores_the_previous_values_exactly(
        string mailboxPorts, string nspiPort)
    {
        var package = Repository.RequireBuilt(RepositoryLayout.ServerPackage);
        var properties = new Dictionary<string, string>(Topology)
        {
            [ServerProperties.SetBackendPorts] = "1",
            [ServerProperties.MailboxPorts] = mailboxPorts,
            [ServerProperties.NspiPort] = nspiPort,
        };
        // Store = the low mailbox port, DSReferral = the high one (6001-6002 since Exchange 2003 SP1), NSPI = NSPI_PORT.
        var mailbox = PortRange.Parse(ServerProperties.MailboxPorts, mailboxPorts);
        var nspi = PortRange.Parse(ServerProperties.NspiPort, nspiPort);
        var after = new (string Key, string Name, int Port)[]
        {
            (Exchange2003BackendPorts.StoreKey, StorePort, mailbox.Low),
            (Exchange2003BackendPorts.SystemAttendantKey, DsReferralPort, mailbox.High),
            (Exchange2003BackendPorts.SystemAttendantKey, NspiPort, nspi.Low),
        };

        var install = _machine.Msiexec($"backend-ports-{mailboxPorts}", ["/i", package], properties);
        // Exchange reads these ports when its services start: values that changed need a restart (3010), never a reboot by us.
        Assert.True(install.ExitCode == 3010, $"Changed back-end ports need a restart: expected 3010.\n{install}");
        Assert.Contains("oa: Exchange 2003 SP2.", install.Log);
        AssertPorts(after);
        Assert.StartsWith(SeededValidPorts + ";", ValidPorts);
        Assert.Contains($"ex01.corp.example.com:{mailbox}", ValidPorts);
        Assert.Contains($"ex01.corp.example.com:{nspi}", ValidPorts);

        // A repair writes the same ports again and must keep the values found before the first install for the uninstall.
        var repair = _machine.Msiexec($"backend-ports-{mailboxPorts}-repair", ["/i", package], new() { ["REINSTALL"] = "ALL", ["REINSTALLMODE"] = "omus" });
        Assert.True(repair.ExitCode == 0, repair.ToString());
        AssertPorts(after);

        var uninstall = _machine.Msiexec($"backend-ports-{mailboxPorts}-uninstall", ["/x", package]);
        // Putting the old ports back also takes effect only when Exchange's services restart.
        Assert.True(uninstall.ExitCode == 3010, $"Restored back-end ports need a restart: expected 3010.\n{uninstall}");
        foreach (var (key, name, port) in Before)
            Assert.True(Equals(port is { } value ? Dword(value) : null, _registry.Get(key, name)),
                $"{key}\\{name}: expected {(port is null ? "absent" : Dword(port.Value).ToString())} after uninstall, found {_registry.Get(key, name)?.ToString() ?? "absent"}");
        Assert.Equal(Dword(1234), _registry.Get(Exchange2003BackendPorts.SystemAttendantKey, OtherValue));
        Assert.Equal(SeededValidPorts, ValidPorts);
        Assert.Null(_registry.Get(ServerRegistryKeys.ProductServer, Exchange2003BackendPorts.RecordName));
        Assert.Empty(InstalledProducts.Versions(_machine, ProductName));
    }

    private string? ValidPorts => _registry.Get(RpcProxy, ServerRegistryKeys.ValidPorts)?.Data;

    private void AssertPorts(IEnumerable<(string Key, string Name, int Port)> expected)
    {
        foreach (var (key, name, port) in expected)
            Assert.True(Equals(Dword(port), _registry.Get(key, name)), $"{key}\\{name}: expected {Dword(port)}, found {_registry.Get(key, name)?.ToString() ?? "absent"}");
        Assert.Equal(Dword(1234), _registry.Get(Exchange2003BackendPorts.SystemAttendantKey, OtherValue));
    }

    private static RegistryValue Dword(int value) => RegistryValue.Dword(value);

    private void DeleteSeededKeys()
    {
        _registry.Apply("delete-seeded-keys", changes => changes.DeleteKey(StoreService).DeleteKey(SystemAttendantService)
            .DeleteKey(ServerRegistryKeys.Exchange2003Setup).DeleteKey(RpcProxy));
    }

    /// <summary>Uninstalls the package (a no-op when the test already did) and removes every seeded key.</summary>
    public void Dispose()
    {
        InstalledProducts.UninstallAll(_machine, ProductName, "backend-ports-cleanup");
        DeleteSeededKeys();
    }
}
