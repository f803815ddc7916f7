using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Logic.Tests;

public class ProfileFileTests
{
    /// <summary>The seed's manual setup: Exchange account over HTTP, SSL only, mutual auth, HTTP first on fast and slow, Basic, cached headers only (laptops), encryption on.</summary>
    private static ClientSettings SeedSetup(params (string Name, string Value)[] overrides)
    {
        var props = new Dictionary<string, string>
        {
            ["EXCHANGE_SERVER"] = "ex01.contoso.com", ["PROXY_SERVER"] = "mail.contoso.com", ["CACHED_MODE"] = "HeadersOnly",
        };
        foreach (var (name, value) in overrides) props[name] = value;
        return ClientProperties.Parse(props);
    }

    private static string[] Lines(string text) => text.Split("\r\n");

    [Fact]
    public void The_seed_setup_renders_exactly_the_hand_written_PRF()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", "seed-setup.prf")).ReplaceLineEndings("\r\n");
        var actual = ProfileFile.Render(SeedSetup());
        var expectedLines = Lines(expected);
        var actualLines = Lines(actual);
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
            Assert.True(expectedLines[i] == actualLines[i], $"line {i + 1}: expected '{expectedLines[i]}', got '{actualLines[i]}'");
        Assert.Equal(expectedLines.Length, actualLines.Length);
    }

    [Fact]
    public void Lines_end_with_CRLF_by_default_and_with_the_given_newline_otherwise()
    {
        var crlf = ProfileFile.Render(SeedSetup());
        Assert.DoesNotContain("\n", crlf.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("\r\n", crlf, StringComparison.Ordinal);
        var lf = ProfileFile.Render(SeedSetup(), "\n");
        Assert.DoesNotContain("\r", lf, StringComparison.Ordinal);
        Assert.Equal(Lines(crlf).Length, lf.Split('\n').Length);
    }

    [Fact]
    public void Every_value_key_has_a_mapping_for_its_section()
    {
        var lines = Lines(ProfileFile.Render(SeedSetup()));
        string[] KeysOf(string section) => lines.SkipWhile(l => l != $"[{section}]").Skip(1).TakeWhile(l => l.Length > 0 && !l.StartsWith('['))
            .Select(l => l[..l.IndexOf('=')]).ToArray();
        Assert.Subset(KeysOf("Exchange Global Section").ToHashSet(), KeysOf("ServiceEGS").ToHashSet());
        Assert.Subset(KeysOf("Microsoft Exchange Server").ToHashSet(), KeysOf("Service1").Except(["UniqueService"]).ToHashSet());
        Assert.Subset(KeysOf("Microsoft Outlook Client").ToHashSet(), KeysOf("ServiceX").ToHashSet());
    }

    [Fact]
    public void Cached_mode_off_writes_no_download_mode()
    {
        var text = ProfileFile.Render(SeedSetup(("CACHED_MODE", "Off")));
        Assert.DoesNotContain("ServiceX", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Microsoft Outlook Client]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cached_mode_full_downloads_full_items()
    {
        var text = ProfileFile.Render(SeedSetup(("CACHED_MODE", "Full")));
        Assert.Contains("CachedExchangeMode=0x00000002\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Off")]
    [InlineData("Full")]
    [InlineData("HeadersOnly")]
    public void No_value_without_a_source_and_nothing_the_IniFile_table_cannot_write(string cached)
    {
        var lines = Lines(ProfileFile.Render(SeedSetup(("CACHED_MODE", cached))));
        Assert.DoesNotContain(lines, l => l.Contains("CachedExchangeConfigFlags", StringComparison.Ordinal));
        // Only [section] and key=value lines (the last split element is the empty rest after the final CRLF).
        Assert.All(lines[..^1], l => Assert.Matches(@"^(\[[^\]]+\]|[^;=\[][^=]*=.*)$", l));
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void The_switches_auth_and_names_reach_the_profile()
    {
        var text = ProfileFile.Render(SeedSetup(
            ("PROXY_AUTH", "NTLM"), ("HTTP_FIRST_ON_FAST", "0"), ("MUTUAL_AUTH", "0"), ("PROFILE_NAME", "Field staff"),
            ("DEFAULT_PROFILE", "No"), ("OVERWRITE_PROFILE", "Yes"), ("MAILBOX_NAME", "jdoe"), ("PROXY_PRINCIPAL", "msstd:*.contoso.com")));
        Assert.Contains("RPCoverHTTPflags=0x00000023\r\n", text, StringComparison.Ordinal);
        Assert.Contains("RPCProxyAuthScheme=0x00000002\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ProfileName=Field staff\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DefaultProfile=No\r\n", text, StringComparison.Ordinal);
        Assert.Contains("OverwriteProfile=Yes\r\n", text, StringComparison.Ordinal);
        Assert.Contains("RPCProxyPrincipalName=msstd:*.contoso.com\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, Lines(text).Count(l => l == "MailboxName=jdoe"));
    }

    [Fact]
    public void Re_import_does_not_duplicate_the_account()
    {
        var lines = Lines(ProfileFile.Render(SeedSetup()));
        Assert.Contains("UniqueService=Yes", lines);
        Assert.Contains("BackupProfile=False", lines);
    }
}
