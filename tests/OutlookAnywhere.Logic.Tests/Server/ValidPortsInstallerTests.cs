using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsInstallerTests
{
    private const string RpcProxy = @"HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy";
    private const string Product = @"HKLM\SOFTWARE\OutlookAnywhere\Server";
    private const string Ours = "ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004";

    private readonly List<string> _log = [];

    private static ValidPortsPlan Plan(string servers = "ex01") =>
        ValidPortsPlan.Build(
            ServerProperties.Parse(new Dictionary<string, string> { ["EXCHANGE_SERVERS"] = servers }),
            new LocalComputer("EXFE01", "contoso.com"));

    private static FakeRegistry ProxyWith(string? validPorts) =>
        validPorts is null ? new FakeRegistry().WithKey(RpcProxy) : new FakeRegistry().WithValue(RpcProxy, "ValidPorts", validPorts);

    private static string? ValidPorts(FakeRegistry r) => r.GetString(RpcProxy, "ValidPorts");
    private static string? StoredRecord(FakeRegistry r) => r.GetString(Product, "ValidPortsInstallRecord");

    [Fact]
    public void Install_appends_our_entries_after_the_foreign_ones()
    {
        var registry = ProxyWith("HOST:593;HOST:49152-65535");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal("HOST:593;HOST:49152-65535;" + Ours, ValidPorts(registry));
    }

    [Fact]
    public void Install_creates_the_value_when_it_is_absent_and_records_that_it_was()
    {
        var registry = ProxyWith(null);
        var record = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal(Ours, ValidPorts(registry));
        Assert.Null(record.ValueBeforeInstall);
        Assert.Equal(record, InstallRecord.Deserialize(StoredRecord(registry)!));
    }

    [Fact]
    public void Install_into_an_empty_value_writes_our_entries_only()
    {
        var registry = ProxyWith("");
        var record = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal(Ours, ValidPorts(registry));
        Assert.Equal("", record.ValueBeforeInstall);
    }

    [Fact]
    public void Install_tolerates_a_trailing_semicolon_and_writes_none()
    {
        var registry = ProxyWith("HOST:593;");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal("HOST:593;" + Ours, ValidPorts(registry));
    }

    [Fact]
    public void Install_does_not_duplicate_entries_present_in_other_case()
    {
        var registry = ProxyWith("EX01:6001-6002;EX01.CONTOSO.COM:6004");
        var record = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal("EX01:6001-6002;EX01.CONTOSO.COM:6004;ex01:6004;ex01.contoso.com:6001-6002", ValidPorts(registry));
        Assert.Equal(["ex01:6004", "ex01.contoso.com:6001-6002"], record.Added);
    }

    [Fact]
    public void Install_with_everything_present_does_not_write_ValidPorts()
    {
        var registry = ProxyWith(Ours + ";");
        var record = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.DoesNotContain(registry.Writes, w => w.EndsWith("ValidPorts", StringComparison.Ordinal));
        Assert.Equal(Ours + ";", ValidPorts(registry));
        Assert.Empty(record.Added);
    }

    [Fact]
    public void Repair_does_not_duplicate_entries_and_keeps_the_original_value()
    {
        var registry = ProxyWith("HOST:593");
        var first = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        var second = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal("HOST:593;" + Ours, ValidPorts(registry));
        Assert.Equal(first, second);
        Assert.Equal("HOST:593", InstallRecord.Deserialize(StoredRecord(registry)!).ValueBeforeInstall);
    }

    [Fact]
    public void Repair_after_someone_removed_our_entries_adds_them_back_and_keeps_the_original_value()
    {
        var registry = ProxyWith("HOST:593");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        registry.SetString(RpcProxy, "ValidPorts", "HOST:593;x:1");
        var record = ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        Assert.Equal("HOST:593;x:1;" + Ours, ValidPorts(registry));
        Assert.Equal("HOST:593", record.ValueBeforeInstall);
        Assert.Equal(4, record.Added.Count);
    }

    [Fact]
    public void Repair_with_a_changed_plan_remembers_every_entry_added()
    {
        var registry = ProxyWith(null);
        ValidPortsInstaller.Apply(registry, Plan("ex01"), _log.Add);
        var record = ValidPortsInstaller.Apply(registry, Plan("ex01,ex02"), _log.Add);
        Assert.Equal(8, record.Added.Count);
        Assert.Null(record.ValueBeforeInstall);
    }

    [Fact]
    public void Uninstall_restores_the_ValidPorts_value_found_before_install()
    {
        var registry = ProxyWith("HOST:593;;HOST:49152-65535;");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("HOST:593;;HOST:49152-65535;", ValidPorts(registry));
        Assert.Null(StoredRecord(registry));
    }

    [Fact]
    public void Uninstall_after_repair_restores_the_value_from_before_the_first_install()
    {
        var registry = ProxyWith("HOST:593");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("HOST:593", ValidPorts(registry));
    }

    [Fact]
    public void Uninstall_deletes_a_value_that_did_not_exist_before_install()
    {
        var registry = ProxyWith(null);
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Null(ValidPorts(registry));
        Assert.True(registry.KeyExists(RpcProxy));
    }

    [Fact]
    public void Uninstall_keeps_entries_added_by_someone_else()
    {
        var registry = ProxyWith("HOST:593");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        registry.SetString(RpcProxy, "ValidPorts", ValidPorts(registry) + ";ex09:6001-6002;EX09.contoso.com:6004");
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("HOST:593;ex09:6001-6002;EX09.contoso.com:6004", ValidPorts(registry));
    }

    [Fact]
    public void Uninstall_keeps_a_foreign_entry_that_was_there_before_and_covered_ours()
    {
        var registry = ProxyWith("EX01:6001-6004");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        registry.SetString(RpcProxy, "ValidPorts", ValidPorts(registry) + ";x:1");
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("EX01:6001-6004;x:1", ValidPorts(registry));
    }

    [Fact]
    public void Uninstall_without_a_record_touches_nothing()
    {
        var registry = ProxyWith("HOST:593;" + Ours);
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("HOST:593;" + Ours, ValidPorts(registry));
        Assert.Empty(registry.Writes);
    }

    [Fact]
    public void Uninstall_with_an_unreadable_record_touches_nothing_and_says_so()
    {
        var registry = ProxyWith("HOST:593;" + Ours).WithValue(Product, "ValidPortsInstallRecord", "garbage");
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Equal("HOST:593;" + Ours, ValidPorts(registry));
        Assert.Contains(_log, l => l.Contains("record ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_change_is_logged()
    {
        var registry = ProxyWith("HOST:593");
        ValidPortsInstaller.Apply(registry, Plan(), _log.Add);
        ValidPortsInstaller.Remove(registry, _log.Add);
        Assert.Contains(_log, l => l.Contains("added ex01:6001-6002", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.Contains("now 'HOST:593'", StringComparison.Ordinal));
    }
}
