namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>
/// Every class of bad input in a division file: exit code 1, a message naming the file, the field,
/// the value and what is allowed, and not one file written, even for the valid divisions beside it.
/// </summary>
public sealed class DivisionFileErrorTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    private const string ValidClient = """ "EXCHANGE_SERVER": "ex01.corp.example.com", "PROXY_SERVER": "mail.example.com" """;

    /// <summary>name, file content, the message after "FILE: ".</summary>
    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "bad-json", """{ "division": "bad-json", "client": { "PROXY_SERVER": "mail.example.com", } }""",
            "is not valid JSON: line 1, position 75: The JSON object contains a trailing comma at the end which is not supported in this mode." },
        { "schema-enum", $$"""{ "division": "schema-enum", "client": { {{ValidClient}}, "CACHED_MODE": "Partial" } }""",
            "client.CACHED_MODE 'Partial' must be Off, Full or HeadersOnly" },
        { "schema-type", """{ "division": "schema-type", "server": { "NSPI_PORT": 6004 } }""",
            "server.NSPI_PORT '6004' must be a string in quotes" },
        { "schema-name", """{ "division": "Schema Name", "server": { } }""",
            "division 'Schema Name' must be the division id: lowercase letters, digits and '-'" },
        { "unknown-property", $$"""{ "division": "unknown-property", "client": { {{ValidClient}}, "PROXYSERVER": "mail.example.com" } }""",
            "client.PROXYSERVER is not a client package property (did you mean PROXY_SERVER?); allowed: EXCHANGE_SERVER," },
        { "unknown-field", """{ "division": "unknown-field", "descripton": "typo", "server": { } }""",
            "descripton is not a division-file field; allowed: $schema, division, description, server, client, features" },
        { "invalid-host", """{ "division": "invalid-host", "client": { "EXCHANGE_SERVER": "ex01", "PROXY_SERVER": "https://mail" } }""",
            "client.PROXY_SERVER 'https://mail' must be the proxy's fully qualified host name without scheme, path or port" },
        { "invalid-host-list", """{ "division": "invalid-host-list", "server": { "EXCHANGE_SERVERS": "ex01,*.corp.example.com" } }""",
            "server.EXCHANGE_SERVERS '*.corp.example.com' must be a NetBIOS name" },
        { "invalid-port", """{ "division": "invalid-port", "server": { "MAILBOX_PORTS": "6001-70000" } }""",
            "server.MAILBOX_PORTS '6001-70000' must be a port (1-65535)" },
        { "basic-without-ssl", $$"""{ "division": "basic-without-ssl", "client": { {{ValidClient}}, "PROXY_AUTH": "Basic", "SSL_ONLY": "0", "MUTUAL_AUTH": "0" } }""",
            "client.PROXY_AUTH 'Basic' must be NTLM when SSL_ONLY is 0, because Basic sends the password in clear text" },
        { "basic-by-default", $$"""{ "division": "basic-by-default", "client": { {{ValidClient}}, "SSL_ONLY": "0", "MUTUAL_AUTH": "0" } }""",
            "client.PROXY_AUTH 'Basic' (the package default, not set in this file) must be NTLM when SSL_ONLY is 0" },
        { "missing-required", """{ "division": "missing-required", "client": { "PROXY_SERVER": "mail.example.com" } }""",
            "client.EXCHANGE_SERVER is required:" },
        { "wrong-name", """{ "division": "sales", "server": { } }""",
            "division 'sales' must equal the file name without .json, 'wrong-name'" },
        { "no-section", """{ "division": "no-section" }""",
            "has neither a server nor a client section" },
        { "duplicate", """{ "division": "duplicate", "server": { "NSPI_PORT": "6004", "NSPI_PORT": "6005" } }""",
            "server.NSPI_PORT appears more than once" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Build_refuses_the_file_with_file_field_value_and_allowed_and_writes_nothing(string name, string json, string expected)
    {
        _scratch.CopyExample("head-office");
        var file = _scratch.WriteDivision(name, json);

        var run = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", _scratch.Output, "--divisions", _scratch.Divisions);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{file}: {expected}", run.Error);
        Assert.Empty(_scratch.OutputFiles());
        Assert.Equal("", run.Output);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Validate_reports_the_same_message(string name, string json, string expected)
    {
        var file = _scratch.WriteDivision(name, json);
        var run = ToolRun.Of("validate", "--divisions", _scratch.Divisions, name);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{file}: {expected}", run.Error);
    }

    /// <summary>The package accepts keywords in any case (README "Client package properties"); a division file does too.</summary>
    [Fact]
    public void Keywords_in_any_case_are_accepted_as_the_package_accepts_them()
    {
        _scratch.WriteDivision("any-case", $$"""
            { "division": "any-case",
              "client": { {{ValidClient}}, "PROXY_AUTH": "ntlm", "CACHED_MODE": "headersonly", "DEFAULT_PROFILE": "NO", "OVERWRITE_PROFILE": "append" } }
            """);
        var run = ToolRun.Of("validate", "--divisions", _scratch.Divisions, "any-case");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>A wrong keyword gets the package's own words for that property, whichever check finds it first.</summary>
    [Fact]
    public void A_wrong_keyword_is_refused_in_the_packages_words()
    {
        var file = _scratch.WriteDivision("kerberos", $$"""{ "division": "kerberos", "client": { {{ValidClient}}, "PROXY_AUTH": "Kerberos" } }""");
        var run = ToolRun.Of("validate", "--divisions", _scratch.Divisions, "kerberos");
        Assert.True(run.ExitCode == 1, run.ToString());
        var allowed = OutlookAnywhere.Logic.ClientProperties.Definitions.Single(d => d.Name == "PROXY_AUTH").Allowed;
        Assert.Equal($"{file}: client.PROXY_AUTH 'Kerberos' {allowed}", run.Error.Trim());
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once()
    {
        var file = _scratch.WriteDivision("many", """
            { "division": "many",
              "server": { "MAILBOX_PORTS": "0", "GLOBAL_CATALOGS": "dc 01", "TYPO": "1" },
              "client": { "EXCHANGE_SERVER": "ex01", "PROXY_SERVER": "mail", "CACHED_MODE": "Some" } }
            """);
        var run = ToolRun.Of("validate", "--divisions", _scratch.Divisions);
        Assert.Equal(1, run.ExitCode);
        foreach (var field in new[] { "server.MAILBOX_PORTS '0'", "server.GLOBAL_CATALOGS 'dc 01'", "server.TYPO", "client.PROXY_SERVER 'mail'", "client.CACHED_MODE 'Some'" })
            Assert.Contains($"{file}: {field} ", run.Error);
        Assert.Equal(5, run.Error.Trim().Split('\n').Length);
    }

    [Fact]
    public void A_feature_the_package_does_not_have_is_refused_and_nothing_is_written()
    {
        _scratch.CopyExample("head-office");
        File.WriteAllText(Path.Combine(_scratch.Output, "keep.server.mst"), "an older transform stays as it was");
        var file = _scratch.WriteDivision("lab", """{ "division": "lab", "server": { }, "features": { "server": { "Reporting": 0 } } }""");

        var run = ToolRun.Of("build", "--packages", FixturePackages.Folder, "--out", _scratch.Output, "--divisions", _scratch.Divisions);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{file}: features.server.Reporting is not a feature of OutlookAnywhere.Server-x64.msi; its features: ServerSettings", run.Error);
        Assert.Equal([Path.Combine(_scratch.Output, "keep.server.mst")], _scratch.OutputFiles());
        Assert.Equal("an older transform stays as it was", File.ReadAllText(Path.Combine(_scratch.Output, "keep.server.mst")));
    }

    [Fact]
    public void A_missing_package_is_invalid_input()
    {
        _scratch.CopyExample("head-office");
        var run = ToolRun.Of("build", "--packages", _scratch.Path, "--out", _scratch.Output, "--divisions", _scratch.Divisions);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OutlookAnywhere.Server-*.msi: no such package", run.Error);
        Assert.Empty(_scratch.OutputFiles());
    }

    [Theory]
    [InlineData("build", "--packages")]
    [InlineData("validate", "--frobnicate")]
    [InlineData("show", "--package")]
    [InlineData("transmogrify")]
    public void A_wrong_command_line_is_a_usage_error(params string[] arguments)
    {
        var run = ToolRun.Of(arguments);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("oa-transform: ", run.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    [InlineData("show")]
    public void Help_documents_each_verb_and_the_exit_codes(string verb)
    {
        var run = ToolRun.Of(verb, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"oa-transform {verb}", run.Output);
        Assert.Contains("1  invalid input", run.Output);
        Assert.Contains("2  usage error", run.Output);
        Assert.EndsWith("\n", run.Output);
    }

    /// <summary>Every way of asking for help succeeds and ends with a line break (a shell prompt then starts on its own line).</summary>
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("build", "-h")]
    public void Help_exits_0_and_ends_with_a_line_break(params string[] arguments)
    {
        var run = ToolRun.Of(arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("\n", run.Output);
        Assert.Equal("", run.Error);
    }

    public void Dispose() => _scratch.Dispose();
}
