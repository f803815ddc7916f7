using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class NspiProtocolSequencesTests
{
    private const string Key = NspiProtocolSequences.Key;
    private const string Name = NspiProtocolSequences.ValueName;
    private static readonly PortRange Nspi = new(6004, 6004);

    [Fact]
    public void Install_appends_ncacn_http_after_the_existing_strings()
    {
        var registry = new FakeRegistry().WithValue(Key, Name, new[] { "ncacn_ip_tcp:1234" });
        Assert.True(NspiProtocolSequences.Apply(registry, Nspi, _ => { }));
        Assert.Equal(["ncacn_ip_tcp:1234", "ncacn_http:6004"], registry.GetMultiString(Key, Name)!);
    }

    [Fact]
    public void Install_creates_the_value_when_absent_and_uninstall_deletes_it_again()
    {
        var registry = new FakeRegistry().WithKey(Key);
        NspiProtocolSequences.Apply(registry, Nspi, _ => { });
        Assert.Equal(["ncacn_http:6004"], registry.GetMultiString(Key, Name)!);
        Assert.True(NspiProtocolSequences.Remove(registry, _ => { }));
        Assert.Null(registry.GetMultiString(Key, Name)!);
        Assert.Null(registry.GetString(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName));
    }

    [Fact]
    public void Install_never_creates_the_NTDS_Parameters_key()
    {
        var registry = new FakeRegistry();
        var error = Assert.Throws<InvalidOperationException>(() => NspiProtocolSequences.Apply(registry, Nspi, _ => { }));
        Assert.Contains("not a domain controller", error.Message);
        Assert.False(registry.KeyExists(Key));
        Assert.Empty(registry.Writes);
    }

    [Theory]
    [InlineData("ServerNT", "1", false)]
    [InlineData("WinNT", "1", false)]
    [InlineData(null, "1", false)]
    [InlineData("LanmanNT", "1", true)]
    [InlineData("ServerNT", "0", true)]
    public void GLOBAL_CATALOG_1_is_allowed_only_on_a_domain_controller(string? productType, string globalCatalog, bool allowed)
    {
        var registry = new FakeRegistry();
        if (productType is not null) registry.WithValue(ServerEnvironment.ProductOptions, "ProductType", productType);
        var settings = ServerProperties.Parse(new Dictionary<string, string> { [ServerProperties.GlobalCatalog] = globalCatalog });
        var error = NspiProtocolSequences.CheckDomainController(settings, ServerEnvironment.Detect(registry));
        Assert.Equal(allowed, error is null);
        if (error is null) return;
        Assert.Equal("GLOBAL_CATALOG", error.Input);
        Assert.Contains($"ProductType is '{productType ?? "absent"}'", error.Message);
        Assert.Contains("LanmanNT", error.Message);
    }

    [Fact]
    public void Uninstall_keeps_a_sequence_that_was_there_before_install()
    {
        var registry = new FakeRegistry().WithValue(Key, Name, new[] { "NCACN_HTTP:6004", "ncacn_ip_tcp:1234" });
        Assert.False(NspiProtocolSequences.Apply(registry, Nspi, _ => { }));
        Assert.False(NspiProtocolSequences.Remove(registry, _ => { }));
        Assert.Equal(["NCACN_HTTP:6004", "ncacn_ip_tcp:1234"], registry.GetMultiString(Key, Name)!);
    }

    [Fact]
    public void Uninstall_removes_only_our_string_and_keeps_strings_added_later_by_others()
    {
        var registry = new FakeRegistry().WithValue(Key, Name, new[] { "ncacn_ip_tcp:1234" });
        NspiProtocolSequences.Apply(registry, Nspi, _ => { });
        registry.SetMultiString(Key, Name, [.. registry.GetMultiString(Key, Name)!, "ncacn_np:x"]);
        NspiProtocolSequences.Remove(registry, _ => { });
        Assert.Equal(["ncacn_ip_tcp:1234", "ncacn_np:x"], registry.GetMultiString(Key, Name)!);
    }

    [Fact]
    public void A_second_apply_during_repair_adds_no_duplicate()
    {
        var registry = new FakeRegistry().WithKey(Key);
        NspiProtocolSequences.Apply(registry, Nspi, _ => { });
        NspiProtocolSequences.Apply(registry, Nspi, _ => { });
        Assert.Equal(["ncacn_http:6004"], registry.GetMultiString(Key, Name)!);
        Assert.Equal("ncacn_http:6004", registry.GetString(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName));
    }
}
