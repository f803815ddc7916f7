using System.Text;
using OutlookAnywhere.Logic;

namespace OutlookAnywhere.CustomActions;

/// <summary>
/// The server package's custom-action verbs. Each is thin: it reads its inputs, calls the logic library
/// (<see cref="ServerPreparation"/> decides) and reports through the <see cref="ActionChannel"/>. Sequencing
/// (installer/Server/Server.wxs, docs/server-runtime.md "Program starts"):
/// install, repair: prepare (immediate, checks then plans) -> restore (rollback) + apply (deferred);
/// upgrade: validate (immediate, before the old version is removed) -> prepare -> restore + apply;
/// uninstall: check-removal (immediate, only when the install recorded a value read at a service start) -> restore (rollback) + remove (deferred).
/// The deferred apply and remove save what they are about to change next to their program copy (in the folder oa_shim.dll made for
/// them, docs/server-runtime.md "Where the program runs") before changing it; restore puts that back.
/// </summary>
public sealed class ServerActions(IRegistry registry, ActionChannel channel)
{
    // The deferred action whose CustomActionData prepare sets, and the properties it sets (Server.wxs).
    public const string ApplyAction = "OaApplyServerSettings";
    public const string RestartProperty = "OaRestartRequired";
    /// <summary>"1"/"0", remembered by the package (UninstallRestartCheck) and read back by the uninstall.</summary>
    public const string UninstallRestartCheckProperty = "OaUninstallRestartCheck";
    /// <summary>Set by validate, read by prepare in the same session: the checks already ran and were logged.</summary>
    public const string ValidatedProperty = "OaValidated";
    /// <summary>Given to the deferred verbs: the program copy oa_shim.dll wrote to the product's protected folder for them.</summary>
    public const string ProgramProperty = "OaProgram";
    /// <summary>Next to that copy: the <see cref="RegistrySnapshot"/> apply or remove took before changing anything.</summary>
    public const string RollbackSnapshotFile = "rollback-snapshot.txt";
    public const string PayloadName = "PAYLOAD";

    private static string Property(IDictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value : "";

    /// <summary>Immediate, before RemoveExistingProducts of an upgrade: refuses bad input or a server where writing would be wrong. Changes nothing.</summary>
    public int Validate(IDictionary<string, string> properties)
    {
        if (!Report(ServerPreparation.Check(registry, properties), log: true)) return 1;
        channel.Set(ValidatedProperty, "1");
        return 0;
    }

    /// <summary>
    /// The dialogs' check (docs/interactive-setup.md, "The server package"): what <see cref="Validate"/> would refuse, as
    /// the <see cref="ServerInputCheck.ErrorsProperty"/> property instead of errors. With <see cref="ServerInputCheck.InputsProperty"/>
    /// (a page's properties) only their input errors; without it <see cref="ServerPreparation.Check"/>: every input error,
    /// or this server's refusal. Changes nothing.
    /// </summary>
    public int Check(IDictionary<string, string> properties)
    {
        var inputs = Property(properties, ServerInputCheck.InputsProperty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);
        var messages = new List<string>();
        if (inputs.Length == 0)
        {
            var check = ServerPreparation.Check(registry, properties);
            foreach (var line in check.Log) channel.Log(line);
            messages.AddRange(check.Errors);
        }
        else
        {
            try
            {
                ServerProperties.Parse(properties);
            }
            catch (InputException e)
            {
                messages.AddRange(e.Errors.Where(error => inputs.Contains(error.Input)).Select(error => error.Message));
            }
        }
        channel.Set(ServerInputCheck.ErrorsProperty, ServerInputCheck.Join(messages));
        return 0;
    }

    /// <summary>
    /// Immediate, after InstallInitialize, on install, repair and upgrade: the checks (unless validate already ran them in
    /// this session), then the apply action's payload, its rollback, and the restart decisions. Nothing has changed yet
    /// when it refuses: without an upgrade nothing runs before it, and an upgrade ran validate before removing the old version.
    /// </summary>
    public int Prepare(IDictionary<string, string> properties)
    {
        var check = ServerPreparation.Check(registry, properties);
        if (!Report(check, log: Property(properties, ValidatedProperty) != "1")) return 1;

        var local = LocalComputer.Detect(registry, Property(properties, "ComputerName"), Environment.MachineName);
        var preparation = ServerPreparation.PrepareInstall(registry, check.Settings!, check.Environment!, local);
        foreach (var line in preparation.Log) channel.Log(line);
        channel.Set(ApplyAction, ActionChannel.DeferredData([new(PayloadName, preparation.Payload.Serialize())]));
        if (preparation.RestartRequired) channel.Set(RestartProperty, "1");
        channel.Set(UninstallRestartCheckProperty, preparation.UninstallMayNeedRestart ? "1" : "0");
        return 0;
    }

    /// <summary>Immediate, uninstall, only when the install recorded an NSPI sequence or back-end ports: asks for a restart when removing them changes a value.</summary>
    public int CheckRemoval()
    {
        if (!ServerPreparation.RemovalNeedsRestart(registry))
        {
            channel.Log("Uninstall changes no value that is read at a service start: no restart needed.");
            return 0;
        }
        channel.Log("Uninstall puts back a value that is read at a service start: restart required (3010).");
        channel.Set(RestartProperty, "1");
        return 0;
    }

    /// <summary>Deferred: saves the rollback snapshot, then merges the planned ValidPorts entries, the NSPI sequence and the back-end ports.</summary>
    public int Apply(IList<KeyValuePair<string, string>> input)
    {
        var text = input.FirstOrDefault(p => p.Key == PayloadName).Value;
        if (text is null)
        {
            channel.Error($"CustomActionData for apply has no {PayloadName}.");
            return 1;
        }
        ApplyPayload payload;
        try
        {
            payload = ApplyPayload.Deserialize(text);
        }
        catch (FormatException e)
        {
            channel.Error($"CustomActionData for apply: {e.Message}");
            return 1;
        }
        if (!SaveRollbackSnapshot(input)) return 1;

        if (payload.ValidPortsEntries.Count > 0) ValidPortsInstaller.Apply(registry, new ValidPortsPlan(payload.ValidPortsEntries, []), channel.Log);
        else channel.Log("ValidPorts: nothing to write.");
        if (payload.NspiSequencePort is { } nspi) NspiProtocolSequences.Apply(registry, nspi, channel.Log);
        if (payload.BackendPorts is { } backend) Exchange2003BackendPorts.Apply(registry, backend.MailboxPorts, backend.NspiPort, channel.Log);
        return 0;
    }

    /// <summary>Deferred, uninstall: saves the rollback snapshot, then removes exactly what the install recorded as added.</summary>
    public int Remove(IList<KeyValuePair<string, string>> input)
    {
        if (!SaveRollbackSnapshot(input)) return 1;
        ValidPortsInstaller.Remove(registry, channel.Log);
        NspiProtocolSequences.Remove(registry, channel.Log);
        Exchange2003BackendPorts.Remove(registry, channel.Log);
        ServerRegistryKeys.RemoveProductKeysIfEmpty(registry, channel.Log);
        return 0;
    }

    /// <summary>Rollback: puts every value back exactly as apply or remove saw it; nothing when they never got to save it (so changed nothing).</summary>
    public int Restore(IList<KeyValuePair<string, string>> input)
    {
        if (SnapshotPath(input) is not { } path) return 1;
        if (!File.Exists(path))
        {
            channel.Log("Rollback: no snapshot was saved, so this package changed no value; nothing to put back.");
            return 0;
        }
        RegistrySnapshot.Deserialize(File.ReadAllText(path, Encoding.UTF8)).Restore(registry, channel.Log);
        return 0;
    }

    /// <summary>Writes every error (refused) or, when <paramref name="log"/>, the information lines; true when the check passed.</summary>
    private bool Report(ServerCheck check, bool log)
    {
        if (log || !check.Passed)
            foreach (var line in check.Log) channel.Log(line);
        foreach (var error in check.Errors) channel.Error(error);
        return check.Passed;
    }

    private bool SaveRollbackSnapshot(IList<KeyValuePair<string, string>> input)
    {
        if (SnapshotPath(input) is not { } path) return false;
        File.WriteAllText(path, RegistrySnapshot.Take(registry, ServerPreparation.ChangedValues).Serialize(), new UTF8Encoding(false));
        return true;
    }

    private string? SnapshotPath(IList<KeyValuePair<string, string>> input)
    {
        var program = input.FirstOrDefault(p => p.Key == ProgramProperty).Value;
        if (string.IsNullOrEmpty(program))
        {
            channel.Error($"oa_shim.dll gave no {ProgramProperty}: the rollback snapshot has no place.");
            return null;
        }
        return Path.Combine(Path.GetDirectoryName(program) ?? "", RollbackSnapshotFile);
    }
}
