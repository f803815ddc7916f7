using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class Exchange2003BackendPortsTests
{
    private static readonly PortRange Mailbox = new(6001, 6002);
    private static readonly PortRange Nspi = new(6004, 6004);

    [Fact]
    public void Apply_writes_the_three_ports_and_uninstall_restores_the_values_found_before()
    {
        var registry = new FakeRegistry().WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 7001);
        Exchange2003BackendPorts.Apply(registry, Mailbox, Nspi, _ => { });
        Assert.Equal(6001, registry.GetDword(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port"));
        Assert.Equal(6002, registry.GetDword(Exchange2003BackendPorts.SystemAttendantKey, "HTTP Port"));
        Assert.Equal(6004, registry.GetDword(Exchange2003BackendPorts.SystemAttendantKey, "Rpc/HTTP NSPI Port"));

        Exchange2003BackendPorts.Apply(registry, Mailbox, Nspi, _ => { }); // repair: the first record is kept
        Exchange2003BackendPorts.Remove(registry, _ => { });
        Assert.Equal(7001, registry.GetDword(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port"));
        Assert.Null(registry.GetDword(Exchange2003BackendPorts.SystemAttendantKey, "HTTP Port"));
        Assert.Null(registry.GetDword(Exchange2003BackendPorts.SystemAttendantKey, "Rpc/HTTP NSPI Port"));
    }

    [Fact]
    public void Uninstall_needs_a_restart_only_when_putting_the_values_back_changes_one()
    {
        var registry = new FakeRegistry().WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 7001);
        Assert.False(Exchange2003BackendPorts.RemoveChangesValues(registry)); // nothing recorded: nothing to put back
        Exchange2003BackendPorts.Apply(registry, Mailbox, Nspi, _ => { });
        Assert.True(Exchange2003BackendPorts.RemoveChangesValues(registry));

        // Someone set the old values again by hand: restoring them changes nothing.
        registry.SetDword(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 7001);
        registry.DeleteValue(Exchange2003BackendPorts.SystemAttendantKey, "HTTP Port");
        registry.DeleteValue(Exchange2003BackendPorts.SystemAttendantKey, "Rpc/HTTP NSPI Port");
        Assert.False(Exchange2003BackendPorts.RemoveChangesValues(registry));
    }

    [Fact]
    public void Uninstall_without_a_record_changes_nothing()
    {
        var registry = new FakeRegistry().WithValue(Exchange2003BackendPorts.SystemAttendantKey, "HTTP Port", 6002);
        Exchange2003BackendPorts.Remove(registry, _ => { });
        Assert.Empty(registry.Writes);
    }

    [Fact]
    public void Report_says_which_values_differ_from_the_settings()
    {
        var registry = new FakeRegistry()
            .WithValue(Exchange2003BackendPorts.StoreKey, "Rpc/HTTP Port", 6001)
            .WithValue(Exchange2003BackendPorts.SystemAttendantKey, "HTTP Port", 6005);
        var lines = Exchange2003BackendPorts.Report(registry, Mailbox, Nspi).ToList();
        Assert.EndsWith("Rpc/HTTP Port: ok.", lines[0]);
        Assert.EndsWith("HTTP Port: 6005, expected 6002.", lines[1]);
        Assert.EndsWith("Rpc/HTTP NSPI Port: absent.", lines[2]);
        Assert.Empty(registry.Writes);
    }
}
