using OutlookAnywhere.Logic;

namespace OutlookAnywhere.CustomActions;

/// <summary>
/// The server package's custom-action verbs. Each is thin: it reads its inputs, calls the logic
/// library and reports through the <see cref="ActionChannel"/>. Sequencing (installer/Server/Server.wxs):
/// validate (immediate, before any change) -> prepare (immediate, after InstallInitialize, computes the
/// CustomActionData below) -> restore (rollback) + apply (deferred) on install/repair/upgrade, or
/// restore (rollback) + remove (deferred) on uninstall.
/// </summary>
public sealed class ServerActions(IRegistry registry, ActionChannel channel)
{
    // Names of the deferred and rollback actions whose CustomActionData prepare sets (Server.wxs).
    public const string ApplyAction = "OaApplyServerSettings";
    public const string RollbackApplyAction = "OaRollbackServerSettings";
    public const string RemoveAction = "OaRemoveServerSettings";
    public const string RollbackRemoveAction = "OaRollbackRemoveServerSettings";
    public const string CommitAction = "OaCommitServerSettings";
    public const string RestartProperty = "OaRestartRequired";

    private const string TcpipParameters = @"HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters";

    /// <summary>Every value the verbs may change: what a rollback puts back exactly.</summary>
    private static readonly RegistryLocation[] ChangedValues =
    [
        new(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts),
        new(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName),
        new(ServerRegistryKeys.ProductServer, ServerRegistryKeys.ValidPortsRecord),
        new(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName),
        new(ServerRegistryKeys.ProductServer, Exchange2003BackendPorts.RecordName),
        .. Exchange2003BackendPorts.Locations,
    ];

    private static string Property(IDictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value : "";

    private static bool IsUninstall(IDictionary<string, string> properties) =>
        properties.TryGetValue("REMOVE", out var remove) && string.Equals(remove, "ALL", StringComparison.OrdinalIgnoreCase);

    /// <summary>Immediate, before InstallValidate: refuses bad input or a server where writing would be wrong. Changes nothing.</summary>
    public int Validate(IDictionary<string, string> properties)
    {
        ServerSettings settings;
        try
        {
            settings = ServerProperties.Parse(properties);
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors) channel.Error(error.Message);
            return 1;
        }
        if (Refusal(settings) is { } refusal)
        {
            channel.Error(refusal);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// The dialogs' check (docs/interactive-setup.md, "The server package"): what <see cref="Validate"/> would refuse, as
    /// the <see cref="ServerInputCheck.ErrorsProperty"/> property instead of errors. With <see cref="ServerInputCheck.InputsProperty"/>
    /// (a page's properties) only their input errors; without it every input error, then this server's refusal. Changes nothing.
    /// </summary>
    public int Check(IDictionary<string, string> properties)
    {
        var inputs = Property(properties, ServerInputCheck.InputsProperty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);
        var messages = new List<string>();
        try
        {
            var settings = ServerProperties.Parse(properties);
            if (inputs.Length == 0 && Refusal(settings) is { } refusal) messages.Add(refusal);
        }
        catch (InputException e)
        {
            messages.AddRange(e.Errors.Where(error => inputs.Length == 0 || inputs.Contains(error.Input)).Select(error => error.Message));
        }
        channel.Set(ServerInputCheck.ErrorsProperty, ServerInputCheck.Join(messages));
        return 0;
    }

    /// <summary>Why this server must not be changed with these settings (null = it may), with what was found in the log.</summary>
    private string? Refusal(ServerSettings settings)
    {
        var environment = ServerEnvironment.Detect(registry);
        foreach (var note in environment.Notes) channel.Log(note);
        if (NspiProtocolSequences.CheckDomainController(settings, environment) is { } notDomainController) return notDomainController.Message;
        foreach (var line in Exchange2003BackendPorts.Report(registry, settings.MailboxPorts, settings.NspiPort)) channel.Log(line);
        var decision = ValidPortsDecision.Decide(settings, environment);
        if (decision.Action == ValidPortsAction.Refuse) return decision.Message;
        channel.Log(decision.Message);
        return null;
    }

    /// <summary>Immediate, after InstallInitialize: computes what the deferred actions will do and the rollback snapshot.</summary>
    public int Prepare(IDictionary<string, string> properties)
    {
        // The copy oa_shim.dll extracted for this installation: unlike the installed file, it is still
        // there when a rollback runs. The commit action (or the rollback) deletes it.
        var program = Property(properties, "OaProgram");
        if (program.Length == 0)
        {
            channel.Error("OaProgram is empty: oa_shim.dll did not say where it extracted oa-server.exe.");
            return 1;
        }
        channel.Set(CommitAction, program);
        var snapshot = RegistrySnapshot.Take(registry, ChangedValues).Serialize();

        if (IsUninstall(properties))
        {
            var nspiAdded = registry.GetString(ServerRegistryKeys.ProductServer, NspiProtocolSequences.RecordName) is not null;
            channel.Set(RemoveAction, ActionChannel.DeferredData(program, "remove", []));
            channel.Set(RollbackRemoveAction, ActionChannel.DeferredData(program, "restore", [new("SNAPSHOT", snapshot)]));
            // Both take effect when the services start again: the NSPI sequence (RPC) and the back-end ports (Exchange).
            if (nspiAdded || Exchange2003BackendPorts.RemoveChangesValues(registry)) channel.Set(RestartProperty, "1");
            return 0;
        }

        var settings = ServerProperties.Parse(properties);
        var environment = ServerEnvironment.Detect(registry);
        var payload = new List<KeyValuePair<string, string>>();
        if (ValidPortsDecision.Decide(settings, environment).Action == ValidPortsAction.Write)
        {
            var plan = ValidPortsPlan.Build(settings, LocalComputerFrom(properties));
            foreach (var note in plan.Notes) channel.Log(note);
            channel.Log($"ValidPorts plan: {string.Join(";", plan.Entries)}");
            payload.AddRange(plan.Entries.Select(e => new KeyValuePair<string, string>("ENTRY", e.ToString())));
        }
        if (settings.GlobalCatalogNspi)
        {
            payload.Add(new("NSPI_SEQUENCE_PORT", settings.NspiPort.ToString()));
            var current = registry.GetMultiString(NspiProtocolSequences.Key, NspiProtocolSequences.ValueName) ?? [];
            if (!current.Contains(NspiProtocolSequences.SequenceFor(settings.NspiPort), StringComparer.OrdinalIgnoreCase))
                channel.Set(RestartProperty, "1");
        }
        if (settings.SetBackendPorts)
        {
            // Exchange reads these ports when its services start.
            if (Exchange2003BackendPorts.Wanted(settings.MailboxPorts, settings.NspiPort).Any(w => registry.GetDword(w.Key, w.Name) != w.Port))
                channel.Set(RestartProperty, "1");
            payload.Add(new("BACKEND_MAILBOX_PORTS", settings.MailboxPorts.ToString()));
            payload.Add(new("BACKEND_NSPI_PORT", settings.NspiPort.ToString()));
        }
        channel.Set(RollbackApplyAction, ActionChannel.DeferredData(program, "restore", [new("SNAPSHOT", snapshot)]));
        channel.Set(ApplyAction, ActionChannel.DeferredData(program, "apply", payload));
        return 0;
    }

    /// <summary>Deferred: merges the planned ValidPorts entries and the NSPI sequence.</summary>
    public int Apply(IList<KeyValuePair<string, string>> payload)
    {
        var entries = new List<ValidPortsEntry>();
        foreach (var value in payload.Where(p => p.Key == "ENTRY").Select(p => p.Value))
        {
            if (!ValidPortsEntry.TryParse(value, out var entry) || entry is null)
            {
                channel.Error($"CustomActionData ENTRY '{value}' is not a host:port entry.");
                return 1;
            }
            entries.Add(entry);
        }
        if (entries.Count > 0) ValidPortsInstaller.Apply(registry, new ValidPortsPlan(entries, []), channel.Log);
        else channel.Log("ValidPorts: nothing to write.");

        var nspi = payload.FirstOrDefault(p => p.Key == "NSPI_SEQUENCE_PORT").Value;
        if (nspi is not null) NspiProtocolSequences.Apply(registry, PortRange.Parse("NSPI_PORT", nspi), channel.Log);

        var backendMailbox = payload.FirstOrDefault(p => p.Key == "BACKEND_MAILBOX_PORTS").Value;
        var backendNspi = payload.FirstOrDefault(p => p.Key == "BACKEND_NSPI_PORT").Value;
        if (backendMailbox is not null && backendNspi is not null)
            Exchange2003BackendPorts.Apply(registry, PortRange.Parse("MAILBOX_PORTS", backendMailbox), PortRange.Parse("NSPI_PORT", backendNspi), channel.Log);
        return 0;
    }

    /// <summary>Deferred, uninstall: removes exactly what the install recorded as added.</summary>
    public int Remove()
    {
        ValidPortsInstaller.Remove(registry, channel.Log);
        NspiProtocolSequences.Remove(registry, channel.Log);
        Exchange2003BackendPorts.Remove(registry, channel.Log);
        ServerRegistryKeys.RemoveProductKeysIfEmpty(registry, channel.Log);
        return 0;
    }

    /// <summary>Rollback: puts every value back exactly as the snapshot saw it.</summary>
    public int Restore(IList<KeyValuePair<string, string>> payload)
    {
        var snapshot = payload.FirstOrDefault(p => p.Key == "SNAPSHOT").Value;
        if (snapshot is null)
        {
            channel.Error("Rollback data has no SNAPSHOT.");
            return 1;
        }
        RegistrySnapshot.Deserialize(snapshot).Restore(registry, channel.Log);
        return 0;
    }

    /// <summary>The NetBIOS name from the installer (ComputerName) and the DNS domain Windows is configured with.</summary>
    private LocalComputer LocalComputerFrom(IDictionary<string, string> properties)
    {
        var name = Property(properties, "ComputerName");
        if (name.Length == 0) name = Environment.MachineName;
        var domain = registry.GetString(TcpipParameters, "Domain");
        if (string.IsNullOrEmpty(domain)) domain = registry.GetString(TcpipParameters, "NV Domain");
        return new LocalComputer(name, string.IsNullOrEmpty(domain) ? null : domain);
    }
}
