namespace OutlookAnywhere.Logic;

/// <summary>
/// The check the server package's dialogs run when a settings page is left: the dialogs run oa-server.exe's own
/// validation through oa_shim.dll, which sets <see cref="ErrorsProperty"/> to the messages a silent install logs, so
/// the dialog shows exactly those sentences (docs/interactive-setup.md "The server package").
/// </summary>
public static class ServerInputCheck
{
    /// <summary>The custom action (installer/Server/Server.wxs) the dialogs run with DoAction.</summary>
    public const string Action = "OaCheckServerSettings";
    /// <summary>The custom-action program's verb for it.</summary>
    public const string Verb = "check";
    /// <summary>The page's properties (';'-separated) whose input errors are reported; empty = every property, then the
    /// checks of this server (domain controller, Exchange managing ValidPorts), as the silent install's validate runs them.</summary>
    public const string InputsProperty = "OaCheckInputs";
    /// <summary>What the check found, as the installer log shows it ("oa: " + message, joined by "; "); empty = nothing.</summary>
    public const string ErrorsProperty = "OaInputErrors";
    /// <summary>Every line the custom actions log starts with it (oa_shim.dll adds it; README "Logging").</summary>
    public const string LogPrefix = "oa: ";

    /// <summary>The value of <see cref="ErrorsProperty"/> for these messages.</summary>
    public static string Join(IEnumerable<string> messages) => string.Join("; ", messages.Select(m => LogPrefix + m).ToArray());
}
