namespace OutlookAnywhere.Logic;

/// <summary>
/// The client package's public properties and their validation. Precedence: a property given
/// (command line, then transform) wins; a missing or empty property takes the default below;
/// PROXY_PRINCIPAL's default is derived from the final PROXY_SERVER.
/// </summary>
public static class ClientProperties
{
    public const string ExchangeServer = "EXCHANGE_SERVER";
    public const string MailboxName = "MAILBOX_NAME";
    public const string ProfileName = "PROFILE_NAME";
    public const string DefaultProfile = "DEFAULT_PROFILE";
    public const string OverwriteProfile = "OVERWRITE_PROFILE";
    public const string ProxyServer = "PROXY_SERVER";
    public const string ProxyPrincipalName = "PROXY_PRINCIPAL";
    public const string UseHttp = "USE_HTTP";
    public const string SslOnly = "SSL_ONLY";
    public const string MutualAuth = "MUTUAL_AUTH";
    public const string HttpFirstOnFast = "HTTP_FIRST_ON_FAST";
    public const string HttpFirstOnSlow = "HTTP_FIRST_ON_SLOW";
    public const string ProxyAuth = "PROXY_AUTH";
    public const string CachedModeName = "CACHED_MODE";
    public const string EncryptRpc = "ENCRYPT_RPC";
    public const string AllowBasicWithoutSsl = "ALLOW_BASIC_WITHOUT_SSL";

    private const string BooleanAllowed = "must be 1 or 0 (or empty for the default)";

    /// <summary>
    /// What is allowed for HTTP_FIRST_ON_SLOW where Outlook 2016 or later is installed (a fact of the machine, so checked by the
    /// package at install time, not by <see cref="Parse"/>): with USE_HTTP=1 its policy offers no value without it.
    /// </summary>
    public static string PolicyFlagsAllowed =>
        $"must be 1 with {UseHttp}=1 where Outlook 2016 or later is installed: its policy proxyserverflags (outlk16.admx) offers only " +
        string.Join(", ", RohFlagsCalculator.PolicyValues) + ", which all connect using HTTP first on slow networks";
    private const string YesNoAllowed = "must be Yes or No";
    private const string OverwriteAllowed = "must be Yes, No or Append";
    private const string AuthAllowed = "must be Basic or NTLM";
    private const string CachedAllowed = "must be Off, Full or HeadersOnly";
    private const string ServerAllowed =
        "must be the Exchange server's host name, preferably its FQDN, without scheme, path or port, e.g. ex01.contoso.com";
    private const string ProxyAllowed =
        "must be the proxy's fully qualified host name without scheme, path or port, e.g. mail.contoso.com";
    /// <summary>Longest profile or mailbox name Outlook accepts (the dialogs' edit fields take no more).</summary>
    public const int MaxTextLength = 64;
    private const string TextAllowed = "must be 1-64 characters without line breaks, '[', ']' or '\\', e.g. Outlook Anywhere";

    /// <summary>Every public property of the client package, in README order.</summary>
    public static IList<PropertyDefinition> Definitions { get; } =
    [
        new(ExchangeServer, PackageKind.Client, "", "required; " + ServerAllowed, "Exchange server that holds the mailboxes (PRF HomeServer)."),
        new(MailboxName, PackageKind.Client, "%UserName%", TextAllowed.Replace("Outlook Anywhere", "%UserName%"), "Mailbox name; %UserName% is expanded by Outlook for each user."),
        new(ProfileName, PackageKind.Client, "Outlook Anywhere", TextAllowed, "Name of the Outlook profile created or changed."),
        new(DefaultProfile, PackageKind.Client, "Yes", YesNoAllowed, "Yes = make the profile the default one."),
        new(OverwriteProfile, PackageKind.Client, "Append", OverwriteAllowed, "What to do with an existing profile of that name: replace it (Yes), leave it (No) or add the account to it (Append)."),
        new(ProxyServer, PackageKind.Client, "", "required; " + ProxyAllowed, "RPC over HTTP proxy host that Outlook connects to over the internet."),
        new(ProxyPrincipalName, PackageKind.Client, "msstd:[PROXY_SERVER]", Logic.ProxyPrincipal.AllowedText, "Name expected in the proxy's certificate for mutual authentication. Default: msstd: + PROXY_SERVER."),
        new(UseHttp, PackageKind.Client, "1", BooleanAllowed, "1 = connect to Exchange using HTTP (ROHFLAGS_USE_ROH)."),
        new(SslOnly, PackageKind.Client, "1", BooleanAllowed, "1 = connect using SSL only (ROHFLAGS_SSL_ONLY)."),
        new(MutualAuth, PackageKind.Client, "1", BooleanAllowed, "1 = mutually authenticate the session with PROXY_PRINCIPAL (ROHFLAGS_MUTUAL_AUTH); needs SSL_ONLY=1."),
        new(HttpFirstOnFast, PackageKind.Client, "1", BooleanAllowed, "1 = on fast networks connect using HTTP first, then TCP/IP."),
        new(HttpFirstOnSlow, PackageKind.Client, "1", BooleanAllowed, "1 = on slow networks connect using HTTP first, then TCP/IP."),
        new(ProxyAuth, PackageKind.Client, "Basic", AuthAllowed, "Authentication with the proxy: Basic (needs SSL_ONLY=1) or NTLM."),
        new(CachedModeName, PackageKind.Client, "Full", CachedAllowed, "Cached Exchange Mode: Off, Full (download full items) or HeadersOnly (laptops)."),
        new(EncryptRpc, PackageKind.Client, "1", BooleanAllowed, "1 = encrypt data between Outlook and Exchange."),
        new(AllowBasicWithoutSsl, PackageKind.Client, "0", BooleanAllowed, "1 = allow PROXY_AUTH=Basic with SSL_ONLY=0 (password in clear text; only behind SSL offload)."),
    ];

    /// <summary>
    /// Validates the client properties. A missing or empty property takes its default; EXCHANGE_SERVER
    /// and PROXY_SERVER are required. Keywords (Yes/No/Append, Basic/NTLM, Off/Full/HeadersOnly) are
    /// accepted in any case. Collects every error, then throws one <see cref="InputException"/>.
    /// </summary>
    public static ClientSettings Parse(IDictionary<string, string> properties)
    {
        var errors = new List<InputError>();
        string Get(string name) =>
            properties.TryGetValue(name, out var v) && v.Length > 0 ? v : Definitions.Single(d => d.Name == name).Default;

        var server = Get(ExchangeServer);
        if (server.Length == 0) errors.Add(new InputError(ExchangeServer, server, "is required: " + ServerAllowed));
        else if (HostName.Check(ExchangeServer, server) is not null) errors.Add(new InputError(ExchangeServer, server, ServerAllowed));

        var mailbox = CheckText(MailboxName, Get(MailboxName), errors);
        var profile = CheckText(ProfileName, Get(ProfileName), errors);
        var isDefault = ParseKeyword(DefaultProfile, Get(DefaultProfile), YesNoAllowed, errors, Choice("Yes", true), Choice("No", false));
        var overwrite = ParseKeyword(OverwriteProfile, Get(OverwriteProfile), OverwriteAllowed, errors,
            Choice("Yes", ProfileOverwrite.Yes), Choice("No", ProfileOverwrite.No), Choice("Append", ProfileOverwrite.Append));

        var proxy = Get(ProxyServer);
        var proxyValid = false;
        if (proxy.Length == 0) errors.Add(new InputError(ProxyServer, proxy, "is required: " + ProxyAllowed));
        else if (HostName.Check(ProxyServer, proxy) is not null || !HostName.IsFqdn(proxy)) errors.Add(new InputError(ProxyServer, proxy, ProxyAllowed));
        else proxyValid = true;

        // The default principal follows the proxy; with a bad proxy there is nothing to derive (already reported).
        var principal = properties.TryGetValue(ProxyPrincipalName, out var p) && p.Length > 0 ? p : proxyValid ? ProxyPrincipalFor(proxy) : null;
        if (principal is not null && Logic.ProxyPrincipal.Check(ProxyPrincipalName, principal) is { } principalError) errors.Add(principalError);

        var useHttp = ParseBoolean(UseHttp, Get(UseHttp), errors);
        var sslOnly = ParseBoolean(SslOnly, Get(SslOnly), errors);
        var mutualAuth = ParseBoolean(MutualAuth, Get(MutualAuth), errors);
        var fast = ParseBoolean(HttpFirstOnFast, Get(HttpFirstOnFast), errors);
        var slow = ParseBoolean(HttpFirstOnSlow, Get(HttpFirstOnSlow), errors);
        var auth = ParseKeyword(ProxyAuth, Get(ProxyAuth), AuthAllowed, errors, Choice("Basic", ProxyAuthentication.Basic), Choice("NTLM", ProxyAuthentication.Ntlm));
        var cached = ParseKeyword(CachedModeName, Get(CachedModeName), CachedAllowed, errors,
            Choice("Off", CachedMode.Off), Choice("Full", CachedMode.Full), Choice("HeadersOnly", CachedMode.HeadersOnly));
        var encrypt = ParseBoolean(EncryptRpc, Get(EncryptRpc), errors);
        var allowBasic = ParseBoolean(AllowBasicWithoutSsl, Get(AllowBasicWithoutSsl), errors);

        if (auth == ProxyAuthentication.Basic && sslOnly == false && allowBasic == false)
            errors.Add(new InputError(ProxyAuth, Get(ProxyAuth),
                "must be NTLM when SSL_ONLY is 0, because Basic sends the password in clear text (set ALLOW_BASIC_WITHOUT_SSL=1 only behind SSL offload)"));
        // Mutual authentication checks the proxy's SSL certificate: without SSL there is nothing to check.
        if (mutualAuth == true && sslOnly == false)
            errors.Add(new InputError(MutualAuth, "1", "must be 0 when SSL_ONLY is 0 (mutual authentication checks the SSL certificate)"));

        if (errors.Count > 0) throw new InputException(errors);
        return new ClientSettings(server, mailbox!, profile!, isDefault!.Value, overwrite!.Value, proxy, principal!,
            useHttp!.Value, sslOnly!.Value, mutualAuth!.Value, fast!.Value, slow!.Value, auth!.Value, cached!.Value,
            encrypt!.Value, allowBasic!.Value);
    }

    private static string ProxyPrincipalFor(string proxy) => Logic.ProxyPrincipal.FromHost(proxy);

    /// <summary>Profile and mailbox names end up as PRF values and registry key names: no line breaks, brackets or backslash.</summary>
    private static string? CheckText(string input, string value, List<InputError> errors)
    {
        var bad = value.Length > MaxTextLength || value.Trim() != value || value.Any(c => char.IsControl(c) || c is '[' or ']' or '\\');
        if (!bad) return value;
        errors.Add(new InputError(input, value, input == MailboxName ? TextAllowed.Replace("Outlook Anywhere", "%UserName%") : TextAllowed));
        return null;
    }

    private static T? ParseKeyword<T>(string input, string value, string allowed, List<InputError> errors, params KeyValuePair<string, T>[] choices)
        where T : struct
    {
        foreach (var choice in choices)
            if (string.Equals(value, choice.Key, StringComparison.OrdinalIgnoreCase)) return choice.Value;
        errors.Add(new InputError(input, value, allowed));
        return null;
    }

    private static KeyValuePair<string, T> Choice<T>(string keyword, T result) => new(keyword, result);

    private static bool? ParseBoolean(string input, string value, List<InputError> errors) =>
        ParseKeyword(input, value, BooleanAllowed, errors, Choice("1", true), Choice("0", false));
}
