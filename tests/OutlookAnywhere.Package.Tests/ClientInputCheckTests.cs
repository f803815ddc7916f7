using OutlookAnywhere.Packaging;
using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;
using OutlookAnywhere.Packaging.Generated;
using OutlookAnywhere.PackageLint;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// The client package's host-name checks are conditions (no install-time code), generated from the logic library.
/// These tests run the OaNotHost_* actions and OaCheck_* conditions as the built package has them (after wixl and the
/// post-build step, which have changed text before: wixl drops a lone '$') through <see cref="MsiCondition"/> and
/// compare the verdict with <see cref="ClientProperties.Parse"/>: the package must refuse exactly what the library
/// refuses wherever a condition can tell, and must never refuse what the library accepts.
/// </summary>
public class ClientInputCheckTests
{
    private const string Exchange = ClientProperties.ExchangeServer, Proxy = ClientProperties.ProxyServer, Principal = ClientProperties.ProxyPrincipalName;

    public static TheoryData<string, string> NamedSamples() => new()
    {
        { Exchange, "ex01" },
        { Exchange, "ex01.corp.contoso.com" },
        { Exchange, "EX-01.Contoso.COM" },
        { Exchange, "ex_01.contoso.com" },
        { Exchange, "ex01..contoso.com" },
        { Exchange, ".ex01.contoso.com" },
        { Exchange, "ex01.contoso.com." },
        { Exchange, "-ex01.contoso.com" },
        { Exchange, "ex01-.contoso.com" },
        { Exchange, "ex01.-contoso.com" },
        { Exchange, "ex01:6001" },
        { Exchange, "ex01.contoso.com/owa" },
        { Exchange, "*.contoso.com" },
        { Exchange, "ex01\"x.contoso.com" },
        { Exchange, "ex01!.contoso.com" },
        { Proxy, "mail.contoso.com" },
        { Proxy, "mail" },
        { Proxy, "mail..contoso.com" },
        { Proxy, "https://mail.contoso.com" },
        { Proxy, "mail.contoso.com:443" },
        { Proxy, "mail.contoso.com/rpc/rpcproxy.dll" },
        { Proxy, "mail.contoso.com?x" },
        { Proxy, "mail%20.contoso.com" },
        { Proxy, "mail.contoso-.com" },
        { Proxy, "mail_1.contoso.com" },
        { Principal, "msstd:mail.contoso.com" },
        { Principal, "msstd:*.contoso.com" },
        { Principal, "mail.contoso.com" },
        { Principal, "msstd:" },
        { Principal, "msstd:mail..contoso.com" },
        { Principal, "msstd:mail.*.contoso.com" },
        { Principal, "msstd:*contoso.com" },
        { Principal, "msstd:*..contoso.com" },
        { Principal, "msstd:*.-contoso.com" },
        { Principal, "msstd:mail.contoso.com/" },
        { Principal, "msstd:mail contoso.com" },
        { Principal, "msstd:mail_1.contoso.com" },
        { Principal, "msstd:.mail.contoso.com" },
        { Principal, "MSSTD:mail.contoso.com" },
        { ClientProperties.ProfileName, "Sales EU" },
        { ClientProperties.ProfileName, " Sales" },
        { ClientProperties.ProfileName, "Sales " },
        { ClientProperties.ProfileName, "Sales [EU]" },
        { ClientProperties.MailboxName, "%UserName%" },
        { ClientProperties.MailboxName, "corp\\%UserName%" },
    };

    [Theory]
    [MemberData(nameof(NamedSamples))]
    public void The_package_refuses_a_host_value_exactly_when_the_logic_library_does(string property, string value)
    {
        Assert.True(Expressible(property, value), $"{value} is meant to be a sample a condition can judge");
        Assert.Equal(LibraryRefuses(property, value), PackageRefuses(property, value));
    }

    /// <summary>Random values from an alphabet of host characters and the usual mistakes; the same seed every run.</summary>
    [Theory]
    [InlineData(Exchange, "")]
    [InlineData(Proxy, "")]
    [InlineData(Principal, ProxyPrincipal.Prefix)]
    public void On_random_values_the_package_and_the_library_agree_wherever_a_condition_can_tell(string property, string prefix)
    {
        const string HostCharacters = "ab0-aB9", Mistakes = ".-*_:/ \"@!";
        var random = new Random(20261124);
        string Label() => new(Enumerable.Range(0, random.Next(1, 5)).Select(_ => HostCharacters[random.Next(HostCharacters.Length)]).ToArray());
        var mismatches = new List<string>();
        var refused = 0;
        for (var i = 0; i < 3000; i++)
        {
            // One to three labels, then half the time one mistake at a random place.
            var host = string.Join('.', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Label()));
            if (random.Next(2) == 0) host = host.Insert(random.Next(host.Length + 1), Mistakes[random.Next(Mistakes.Length)].ToString());
            var value = prefix + (random.Next(4) == 0 ? "*." : "") + host;
            var library = LibraryRefuses(property, value);
            var package = PackageRefuses(property, value);
            if (library) refused++;
            // Where no condition can tell (see HostSyntaxViolations), the package may accept what the library refuses, never the reverse.
            if (Expressible(property, value) ? library != package : package && !library)
                mismatches.Add($"'{value}': library {(library ? "refuses" : "accepts")}, package {(package ? "refuses" : "accepts")}");
        }
        Assert.Empty(mismatches);
        Assert.InRange(refused, 300, 2700); // the sample has both kinds
    }

    [Fact]
    public void Every_condition_of_the_built_package_fits_the_255_character_Condition_column()
    {
        // The lint's own rule (the build runs it too), over every Condition column of the built package.
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        Assert.Contains(ConditionColumns.All(database), c => c.Table == "InstallExecuteSequence");
        Assert.DoesNotContain(PackageLinter.Check(database), f => f.Rule == "CONDITION-TOO-LONG");
    }

    private static bool LibraryRefuses(string property, string value)
    {
        try
        {
            ClientProperties.Parse(Inputs(property, value));
            return false;
        }
        catch (InputException e)
        {
            return e.Errors.Any(err => err.Input == property);
        }
    }

    /// <summary>The OaNotHost_* actions in sequence order, then the property's OaCheck_* conditions, read from the built package.</summary>
    private static bool PackageRefuses(string property, string value)
    {
        var properties = new Dictionary<string, string>(Inputs(property, value))
        {
            [ClientPackageSource.QuoteProperty] = Built.Value.Quote,
            ["OaGiven_" + Principal] = property == Principal ? value : "",
        };
        if (!properties.ContainsKey(Principal)) properties[Principal] = ProxyPrincipal.FromHost(properties[Proxy]);
        foreach (var (flag, condition) in Built.Value.Flags)
            if (MsiCondition.Evaluate(condition, properties)) properties[flag] = "1";
        return Built.Value.Checks.Where(c => c.Property == property).Any(c => MsiCondition.Evaluate(c.Condition, properties));
    }

    private static readonly Lazy<(string Quote, List<(string Flag, string Condition)> Flags, List<(string Property, string Condition)> Checks)> Built = new(() =>
    {
        using var database = MsiDatabase.Open(PackageLocations.ClientPackage);
        var sequence = database.GetRequiredTable("InstallExecuteSequence");
        var actions = database.GetRequiredTable("CustomAction");
        string Condition(string action) => sequence.FindRow(action)?.GetString("Condition") ?? throw new InvalidOperationException($"{action} is not sequenced");
        var flags = ClientPackageSource.HostSyntaxActions()
            .Select(a => (actions.FindRow(a.Id)?.GetString("Source") ?? throw new InvalidOperationException($"no action {a.Id}"), Condition(a.Id))).ToList();
        // The check's own condition is "NOT REMOVE~="ALL" AND (...)": an install, which is what these samples are.
        var checks = ClientPackageSource.InputChecks().Select(c => (c.Property, Condition("OaCheck_" + c.Id).Replace("NOT REMOVE~=\"ALL\" AND ", "", StringComparison.Ordinal))).ToList();
        var quote = database.GetRequiredTable("Property").FindRow(ClientPackageSource.QuoteProperty)?.GetString("Value") ?? "";
        return (quote, flags, checks);
    });

    private static Dictionary<string, string> Inputs(string property, string value) => new()
    {
        [Exchange] = "ex01.contoso.com",
        [Proxy] = "mail.contoso.com",
        [property] = value,
    };

    /// <summary>False where HostSyntaxViolations says no condition can tell: lengths, non-ASCII, all-digit last label, a second ':' or '*'.</summary>
    private static bool Expressible(string property, string value)
    {
        if (value.Any(c => c is < ' ' or > '~')) return false;
        var host = value;
        if (property == Principal)
        {
            if (!host.StartsWith(ProxyPrincipal.Prefix, StringComparison.Ordinal)) return true;
            host = host[ProxyPrincipal.Prefix.Length..];
            if (host.Contains(':')) return false;
            if (host.StartsWith("*.", StringComparison.Ordinal)) host = host[2..];
            if (host.Contains('*')) return !value.StartsWith(ProxyPrincipal.Prefix + "*.", StringComparison.Ordinal);
        }
        var labels = host.Split('.');
        if (host.Length > 253 || labels.Any(l => l.Length > 63)) return false;
        if (labels[^1].Length > 0 && labels[^1].All(char.IsAsciiDigit)) return false;
        return property != Exchange || host.Contains('.') || host.Length <= HostName.MaxNetBiosLength;
    }
}
