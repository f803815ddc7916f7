namespace OutlookAnywhere.Logic;

/// <summary>
/// The server package's decisions before anything changes (docs/server-runtime.md, "Program starts"): whether the
/// install may go ahead, what the deferred apply action writes, whether Windows must restart for a change to take
/// effect, and which values a rollback puts back. Reads the registry, writes nothing.
/// </summary>
public static class ServerPreparation
{
    /// <summary>Every value the deferred actions may change: what the rollback snapshot holds and a rollback puts back.</summary>
    public static IList<RegistryLocation> ChangedValues { get; } =
    [
        new(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts),
        new(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName),
        new(ServerRegistryKeys.ProductServer, ServerRegistryKeys.ValidPortsRecord),
        new(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName),
        new(ServerRegistryKeys.ProductServer, Exchange2003BackendPorts.RecordName),
        .. Exchange2003BackendPorts.Locations,
    ];

    /// <summary>
    /// The checks that refuse an install before anything changes: the properties (every bad one reported), GLOBAL_CATALOG=1
    /// on a computer that is not a domain controller, and the ValidPorts decision. Log lines come in the order an
    /// administrator reads them: what was found, the back-end port report, the ValidPorts decision.
    /// </summary>
    public static ServerCheck Check(IRegistry registry, IDictionary<string, string> properties)
    {
        ServerSettings settings;
        try
        {
            settings = ServerProperties.Parse(properties);
        }
        catch (InputException e)
        {
            return new ServerCheck(null, null, [], e.Errors.Select(error => error.Message).ToList());
        }
        var environment = ServerEnvironment.Detect(registry);
        var log = new List<string>(environment.Notes);
        var errors = new List<string>();
        if (NspiProtocolSequences.CheckDomainController(settings, environment) is { } notDomainController)
            return new ServerCheck(settings, environment, log, [notDomainController.Message]);
        log.AddRange(Exchange2003BackendPorts.Report(registry, settings.MailboxPorts, settings.NspiPort));
        var decision = ValidPortsDecision.Decide(settings, environment);
        if (decision.Action == ValidPortsAction.Refuse) errors.Add(decision.Message);
        else log.Add(decision.Message);
        return new ServerCheck(settings, environment, log, errors);
    }

    /// <summary>
    /// Install, repair or upgrade, after <see cref="Check"/> passed: the payload of the apply action, whether the change
    /// needs a restart (a new NSPI sequence is read by the directory service at start-up, the back-end ports by Exchange's
    /// services), and whether the uninstall may need one (a value of that kind will then be recorded as changed).
    /// </summary>
    public static InstallPreparation PrepareInstall(IRegistry registry, ServerSettings settings, ServerEnvironment environment, LocalComputer local)
    {
        var log = new List<string>();
        var entries = new List<ValidPortsEntry>();
        if (ValidPortsDecision.Decide(settings, environment).Action == ValidPortsAction.Write)
        {
            var plan = ValidPortsPlan.Build(settings, local);
            log.AddRange(plan.Notes);
            log.Add($"ValidPorts plan: {string.Join(";", plan.Entries.Select(e => e.ToString()).ToArray())}");
            entries.AddRange(plan.Entries);
        }

        var restart = false;
        var nspiRecorded = registry.GetString(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName) is not null;
        PortRange? nspiSequence = null;
        if (settings.GlobalCatalogNspi)
        {
            nspiSequence = settings.NspiPort;
            var current = registry.GetMultiString(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName) ?? [];
            var adds = !current.Contains(NspiProtocolSequences.SequenceFor(settings.NspiPort), StringComparer.OrdinalIgnoreCase);
            restart |= adds;
            nspiRecorded |= adds;
        }

        var backendRecorded = registry.GetString(ServerRegistryKeys.ProductServer, Exchange2003BackendPorts.RecordName) is not null;
        BackendPortSettings? backend = null;
        if (settings.SetBackendPorts)
        {
            backend = new BackendPortSettings(settings.MailboxPorts, settings.NspiPort);
            restart |= Exchange2003BackendPorts.Wanted(settings.MailboxPorts, settings.NspiPort).Any(w => registry.GetDword(w.Key, w.Name) != w.Port);
            backendRecorded = true;
        }
        return new InstallPreparation(new ApplyPayload(entries, nspiSequence, backend), restart, nspiRecorded || backendRecorded, log);
    }

    /// <summary>
    /// Uninstall: true when the removal changes a value that takes effect only when a service starts: it removes the NSPI
    /// sequence this package recorded as added, or puts back back-end ports that differ from the ones there now.
    /// </summary>
    public static bool RemovalNeedsRestart(IRegistry registry) =>
        registry.GetString(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName) is not null
        || Exchange2003BackendPorts.RemoveChangesValues(registry);
}

/// <summary>The outcome of <see cref="ServerPreparation.Check"/>: refused when <see cref="Errors"/> is not empty.</summary>
/// <param name="Settings">The parsed properties; null when they did not parse.</param>
/// <param name="Environment">What was found on the computer; null when the properties did not parse.</param>
/// <param name="Log">Information lines for the installer log.</param>
/// <param name="Errors">Why the install is refused, one sentence each, naming the input, the value and what is allowed.</param>
public sealed record ServerCheck(ServerSettings? Settings, ServerEnvironment? Environment, IList<string> Log, IList<string> Errors)
{
    public bool Passed => Errors.Count == 0;
}

/// <summary>The outcome of <see cref="ServerPreparation.PrepareInstall"/>.</summary>
/// <param name="Payload">What the deferred apply action writes.</param>
/// <param name="RestartRequired">The install changes a value read only at a service start: end with 3010.</param>
/// <param name="UninstallMayNeedRestart">
/// After the apply, a record of such a value exists, so the uninstall must run <see cref="ServerPreparation.RemovalNeedsRestart"/>;
/// false = the uninstall never needs a restart and schedules its removal without starting the program first.
/// </param>
/// <param name="Log">Information lines for the installer log.</param>
public sealed record InstallPreparation(ApplyPayload Payload, bool RestartRequired, bool UninstallMayNeedRestart, IList<string> Log);
