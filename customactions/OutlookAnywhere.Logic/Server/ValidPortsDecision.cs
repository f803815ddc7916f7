namespace OutlookAnywhere.Logic;

/// <summary>What the server package does about ValidPorts on this computer.</summary>
public enum ValidPortsAction
{
    /// <summary>Merge the plan into ValidPorts.</summary>
    Write,
    /// <summary>Leave ValidPorts alone, by request (CONFIGURE_VALIDPORTS=0).</summary>
    Skip,
    /// <summary>Stop the install with <see cref="ValidPortsDecision.Message"/>: writing would be wrong or useless.</summary>
    Refuse,
}

/// <summary>Whether to write ValidPorts, and the sentence for the installer log or error dialog.</summary>
public sealed record ValidPortsDecision(ValidPortsAction Action, string Message)
{
    /// <summary>
    /// Precedence: CONFIGURE_VALIDPORTS=0 wins (skip); then a missing RPC proxy refuses (no override:
    /// nothing would read the value); then Exchange 2007 SP1+ refuses unless FORCE_VALIDPORTS=1.
    /// </summary>
    public static ValidPortsDecision Decide(ServerSettings settings, ServerEnvironment environment)
    {
        if (!settings.ConfigureValidPorts)
            return new(ValidPortsAction.Skip, "CONFIGURE_VALIDPORTS is 0: ValidPorts left unchanged.");
        if (!environment.RpcProxyInstalled)
            return new(ValidPortsAction.Refuse,
                "The RPC over HTTP Proxy Windows component is not installed (no HKLM\\SOFTWARE\\Microsoft\\Rpc\\RpcProxy key). Install it first, or set CONFIGURE_VALIDPORTS=0.");
        if (environment.ManagesValidPorts && !settings.ForceValidPorts)
            return new(ValidPortsAction.Refuse,
                $"{environment.Release} manages ValidPorts itself and overwrites it every 15 minutes. Configure Outlook Anywhere in Exchange instead, set CONFIGURE_VALIDPORTS=0, or set FORCE_VALIDPORTS=1 to write anyway.");
        if (environment.ManagesValidPorts)
            return new(ValidPortsAction.Write,
                $"FORCE_VALIDPORTS is 1: writing ValidPorts on {environment.Release}, which keeps its own list in {ServerRegistryKeys.ValidPortsAutoConfig}. " +
                "Its RpcHttpConfigurator may ignore ValidPorts or overwrite it about every 15 minutes, and whether the RPC proxy honours a ValidPorts written next to " +
                "Exchange's list is not confirmed: the entries may have no effect. Check the result with oa-server status and a client connection.");
        return new(ValidPortsAction.Write, "Writing ValidPorts.");
    }
}
