using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ValidPortsPlanTests
{
    private static readonly LocalComputer DomainMember = new("EXFE01", "contoso.com");
    private static readonly LocalComputer WorkgroupMember = new("EXFE01", null);

    private static ServerSettings Settings(string servers = "", string catalogs = "", string domain = "", string mailbox = "", string nspi = "") =>
        ServerProperties.Parse(new Dictionary<string, string>
        {
            ["EXCHANGE_SERVERS"] = servers, ["GLOBAL_CATALOGS"] = catalogs, ["DNS_DOMAIN"] = domain,
            ["MAILBOX_PORTS"] = mailbox, ["NSPI_PORT"] = nspi,
        });

    private static string Entries(ValidPortsPlan plan) => string.Join(";", plan.Entries);

    [Fact]
    public void Each_Exchange_server_is_allowed_by_NetBIOS_name_and_FQDN_on_mailbox_and_NSPI_ports()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01,ex02"), DomainMember);
        Assert.Equal(
            "ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004;" +
            "ex02:6001-6002;ex02:6004;ex02.contoso.com:6001-6002;ex02.contoso.com:6004",
            Entries(plan));
    }

    [Fact]
    public void Global_catalogs_are_allowed_on_the_NSPI_port_only_after_the_servers()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01", "dc01,dc02.contoso.com"), DomainMember);
        Assert.Equal(
            "ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004;" +
            "dc01:6004;dc01.contoso.com:6004;dc02:6004;dc02.contoso.com:6004",
            Entries(plan));
    }

    [Fact]
    public void A_host_given_as_FQDN_gets_its_NetBIOS_name_from_the_first_label()
    {
        var plan = ValidPortsPlan.Build(Settings("EX01.Corp.Contoso.com"), DomainMember);
        Assert.Equal("EX01:6001-6002;EX01:6004;EX01.Corp.Contoso.com:6001-6002;EX01.Corp.Contoso.com:6004", Entries(plan));
    }

    [Fact]
    public void DNS_DOMAIN_wins_over_the_local_domain_for_NetBIOS_hosts()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01", domain: "mail.contoso.net"), DomainMember);
        Assert.Contains(plan.Entries, e => e.Host == "ex01.mail.contoso.net");
        Assert.DoesNotContain(plan.Entries, e => e.Host.EndsWith("contoso.com", StringComparison.Ordinal));
    }

    [Fact]
    public void No_Exchange_servers_given_means_this_computer()
    {
        var plan = ValidPortsPlan.Build(Settings(), DomainMember);
        Assert.Equal("EXFE01:6001-6002;EXFE01:6004;EXFE01.contoso.com:6001-6002;EXFE01.contoso.com:6004", Entries(plan));
        Assert.Contains(plan.Notes, n => n.Contains("EXCHANGE_SERVERS is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workgroup_computer_gets_NetBIOS_entries_only_and_a_note()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01"), WorkgroupMember);
        Assert.Equal("ex01:6001-6002;ex01:6004", Entries(plan));
        Assert.Contains(plan.Notes, n => n.StartsWith("ex01:", StringComparison.Ordinal) && n.Contains("workgroup", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_local_domain_counts_as_workgroup()
    {
        var plan = ValidPortsPlan.Build(Settings(), new LocalComputer("EXFE01", ""));
        Assert.Equal("EXFE01:6001-6002;EXFE01:6004", Entries(plan));
    }

    [Fact]
    public void A_workgroup_computer_still_gets_FQDN_entries_for_hosts_given_as_FQDN()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01.contoso.com"), WorkgroupMember);
        Assert.Equal("ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004", Entries(plan));
        Assert.DoesNotContain(plan.Notes, n => n.Contains("workgroup", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicates_are_left_out_case_insensitively_keeping_the_first()
    {
        // ex01 as a server and as a GC, twice in the list in other case and as FQDN.
        var plan = ValidPortsPlan.Build(Settings("ex01,EX01,ex01.contoso.com", "Ex01"), DomainMember);
        Assert.Equal("ex01:6001-6002;ex01:6004;ex01.contoso.com:6001-6002;ex01.contoso.com:6004", Entries(plan));
    }

    [Fact]
    public void Configured_ports_are_used_and_nothing_wider()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01", "dc01", mailbox: "6001", nspi: "6005"), DomainMember);
        Assert.All(plan.Entries, e => Assert.True(e.Ports == new PortRange(6001, 6001) || e.Ports == new PortRange(6005, 6005), e.ToString()));
        Assert.Equal(6, plan.Entries.Count);
    }

    [Fact]
    public void No_entry_ever_contains_a_wildcard()
    {
        var plan = ValidPortsPlan.Build(Settings("ex01,ex02.contoso.com", "dc01"), DomainMember);
        Assert.All(plan.Entries, e => Assert.DoesNotContain("*", e.ToString(), StringComparison.Ordinal));
    }
}
