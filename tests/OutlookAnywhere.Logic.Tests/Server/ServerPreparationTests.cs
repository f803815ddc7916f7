using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

/// <summary>The decisions the immediate custom actions make before anything changes, on a fake registry.</summary>
public class ServerPreparationTests
{
    private const string Product = ServerRegistryKeys.ProductServer;
    private static readonly LocalComputer Local = new("EXFE01", "corp.example.com");

    /// <summary>A domain controller with the RPC over HTTP Proxy component and no Exchange (ValidPorts is written).</summary>
    private static FakeRegistry Server() => new FakeRegistry()
        .WithValue(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts, "proxy01:593")
        .WithValue(ServerEnvironment.ProductOptions, "ProductType", ServerEnvironment.DomainControllerProductType)
        .WithKey(NspiProtocolSequences.Key);

    private static Dictionary<string, string> Properties(params (string Name, string Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value);

    private static InstallPreparation Prepare(FakeRegistry registry, Dictionary<string, string> properties)
    {
        var check = ServerPreparation.Check(registry, properties);
        Assert.True(check.Passed, string.Join("\n", check.Errors));
        var preparation = ServerPreparation.PrepareInstall(registry, check.Settings!, check.Environment!, Local);
        Assert.Empty(registry.Writes);
        return preparation;
    }

    [Fact]
    public void Every_bad_property_is_an_error_and_nothing_is_read_or_planned_after_them()
    {
        var check = ServerPreparation.Check(Server(), Properties(("MAILBOX_PORTS", "0"), ("EXCHANGE_SERVERS", "ex 01")));
        Assert.False(check.Passed);
        Assert.Equal(2, check.Errors.Count);
        Assert.Contains(check.Errors, e => e.StartsWith("MAILBOX_PORTS '0' must", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("EXCHANGE_SERVERS 'ex 01' must", StringComparison.Ordinal));
        Assert.Null(check.Settings);
        Assert.Empty(check.Log);
    }

    [Fact]
    public void GLOBAL_CATALOG_1_on_a_server_that_is_not_a_domain_controller_is_refused_after_logging_what_was_found()
    {
        var registry = new FakeRegistry().WithKey(ServerRegistryKeys.RpcProxy).WithValue(ServerEnvironment.ProductOptions, "ProductType", "ServerNT");
        var check = ServerPreparation.Check(registry, Properties(("GLOBAL_CATALOG", "1")));
        Assert.Equal(["GLOBAL_CATALOG '1' must be 0 on this computer"], check.Errors.Select(e => e[..e.IndexOf(':')]));
        Assert.Contains("No Exchange Server found.", check.Log);
        Assert.Empty(registry.Writes);
    }

    [Fact]
    public void A_refused_ValidPorts_decision_is_an_error_and_an_accepted_one_is_logged()
    {
        var noProxy = ServerPreparation.Check(new FakeRegistry(), Properties());
        Assert.Contains(noProxy.Errors, e => e.Contains("RPC over HTTP Proxy Windows component is not installed"));

        var skipped = ServerPreparation.Check(new FakeRegistry(), Properties(("CONFIGURE_VALIDPORTS", "0")));
        Assert.True(skipped.Passed);
        Assert.Contains("CONFIGURE_VALIDPORTS is 0: ValidPorts left unchanged.", skipped.Log);
    }

    [Fact]
    public void ValidPorts_only_plans_the_entries_needs_no_restart_and_no_restart_check_at_uninstall()
    {
        var preparation = Prepare(Server(), Properties(("EXCHANGE_SERVERS", "ex01")));
        Assert.Equal(["ex01:6001-6002", "ex01:6004", "ex01.corp.example.com:6001-6002", "ex01.corp.example.com:6004"],
            preparation.Payload.ValidPortsEntries.Select(e => e.ToString()));
        Assert.Null(preparation.Payload.NspiSequencePort);
        Assert.Null(preparation.Payload.BackendPorts);
        Assert.False(preparation.RestartRequired);
        Assert.False(preparation.UninstallMayNeedRestart);
        Assert.Contains("ValidPorts plan: ex01:6001-6002;ex01:6004;ex01.corp.example.com:6001-6002;ex01.corp.example.com:6004", preparation.Log);
    }

    [Fact]
    public void CONFIGURE_VALIDPORTS_0_plans_no_entry()
    {
        var preparation = Prepare(Server(), Properties(("CONFIGURE_VALIDPORTS", "0")));
        Assert.Empty(preparation.Payload.ValidPortsEntries);
        Assert.DoesNotContain(preparation.Log, l => l.StartsWith("ValidPorts plan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_NSPI_sequence_needs_a_restart_and_a_restart_check_at_uninstall()
    {
        var preparation = Prepare(Server(), Properties(("GLOBAL_CATALOG", "1"), ("NSPI_PORT", "6104")));
        Assert.Equal(new PortRange(6104, 6104), preparation.Payload.NspiSequencePort);
        Assert.True(preparation.RestartRequired);
        Assert.True(preparation.UninstallMayNeedRestart);
    }

    [Fact]
    public void An_NSPI_sequence_already_there_needs_no_restart_and_is_not_recorded_so_uninstall_needs_no_check()
    {
        var registry = Server().WithValue(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName, ["ncacn_ip_tcp", "NCACN_HTTP:6004"]);
        var preparation = Prepare(registry, Properties(("GLOBAL_CATALOG", "1")));
        Assert.Equal(new PortRange(6004, 6004), preparation.Payload.NspiSequencePort);
        Assert.False(preparation.RestartRequired);
        Assert.False(preparation.UninstallMayNeedRestart);
    }

    [Fact]
    public void A_repair_keeps_the_restart_check_for_what_the_first_install_recorded()
    {
        // The first install added the sequence (recorded); a repair with GLOBAL_CATALOG=0 leaves it, so the uninstall removes it.
        var registry = Server()
            .WithValue(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName, ["ncacn_http:6004"])
            .WithValue(Product, NspiProtocolSequences.RecordName, "ncacn_http:6004");
        var preparation = Prepare(registry, Properties(("GLOBAL_CATALOG", "0")));
        Assert.False(preparation.RestartRequired);
        Assert.True(preparation.UninstallMayNeedRestart);

        var backend = Server().WithValue(Product, Exchange2003BackendPorts.RecordName, "snapshot-v1");
        Assert.True(Prepare(backend, Properties()).UninstallMayNeedRestart);
    }

    [Fact]
    public void Back_end_ports_need_a_restart_only_when_one_differs_and_always_a_restart_check_at_uninstall()
    {
        var properties = Properties(("SET_BACKEND_PORTS", "1"), ("MAILBOX_PORTS", "6101-6102"), ("NSPI_PORT", "6104"));
        var differs = Prepare(Server().WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 6101), properties);
        Assert.Equal(new BackendPortSettings(new PortRange(6101, 6102), new PortRange(6104, 6104)), differs.Payload.BackendPorts);
        Assert.True(differs.RestartRequired);
        Assert.True(differs.UninstallMayNeedRestart);

        var same = Server();
        foreach (var (key, name, port) in Exchange2003BackendPorts.Wanted(new PortRange(6101, 6102), new PortRange(6104, 6104)))
            same.WithValue(key, name, port);
        var unchanged = Prepare(same, properties);
        Assert.False(unchanged.RestartRequired);
        Assert.True(unchanged.UninstallMayNeedRestart);
    }

    [Fact]
    public void The_payload_survives_the_CustomActionData_round_trip()
    {
        var preparation = Prepare(Server(), Properties(("EXCHANGE_SERVERS", "ex01,ex02"), ("GLOBAL_CATALOG", "1"), ("SET_BACKEND_PORTS", "1")));
        Assert.Equal(preparation.Payload, ApplyPayload.Deserialize(preparation.Payload.Serialize()));
    }

    [Fact]
    public void Uninstall_needs_a_restart_when_it_removes_a_recorded_NSPI_sequence_or_puts_back_different_ports()
    {
        Assert.False(ServerPreparation.RemovalNeedsRestart(Server()));
        Assert.True(ServerPreparation.RemovalNeedsRestart(Server().WithValue(Product, NspiProtocolSequences.RecordName, "ncacn_http:6004")));

        var registry = Server().WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 7001);
        Exchange2003BackendPorts.Apply(registry, new PortRange(6001, 6002), new PortRange(6004, 6004), _ => { });
        Assert.True(ServerPreparation.RemovalNeedsRestart(registry));
    }

    [Fact]
    public void The_rollback_snapshot_covers_every_value_the_deferred_actions_write()
    {
        // Everything apply, repair and remove write, on a registry where each of them changes something.
        var registry = Server().WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 7001);
        var before = RegistrySnapshot.Take(registry, ServerPreparation.ChangedValues);
        var payload = Prepare(registry, Properties(("EXCHANGE_SERVERS", "ex01"), ("GLOBAL_CATALOG", "1"), ("SET_BACKEND_PORTS", "1"))).Payload;
        ValidPortsInstaller.Apply(registry, new ValidPortsPlan(payload.ValidPortsEntries, []), _ => { });
        NspiProtocolSequences.Apply(registry, payload.NspiSequencePort!.Value, _ => { });
        Exchange2003BackendPorts.Apply(registry, payload.BackendPorts!.MailboxPorts, payload.BackendPorts.NspiPort, _ => { });
        var applied = RegistrySnapshot.Take(registry, ServerPreparation.ChangedValues);
        ValidPortsInstaller.Remove(registry, _ => { });
        NspiProtocolSequences.Remove(registry, _ => { });
        Exchange2003BackendPorts.Remove(registry, _ => { });

        var covered = ServerPreparation.ChangedValues.Select(l => $"set {l.KeyPath} {l.Name}").Concat(
            ServerPreparation.ChangedValues.Select(l => $"delete {l.KeyPath} {l.Name}")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(registry.Writes, write => Assert.Contains(write, covered));

        // And restoring the snapshots puts back each state exactly.
        applied.Restore(registry, _ => { });
        Assert.False(applied.DiffersFrom(registry));
        before.Restore(registry, _ => { });
        Assert.False(before.DiffersFrom(registry));
        Assert.Equal(7001, registry.GetDword(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port"));
        Assert.Equal("proxy01:593", registry.GetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts));
    }
}
