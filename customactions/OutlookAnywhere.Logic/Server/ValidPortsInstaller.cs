namespace OutlookAnywhere.Logic;

/// <summary>
/// The procedures behind the server package's ValidPorts custom actions. All side effects go
/// through <see cref="IRegistry"/>. Sequencing (in the package): <see cref="Apply"/> is deferred
/// and runs between InstallInitialize and InstallFinalize, preceded by a rollback action that puts back the
/// <see cref="RegistrySnapshot"/> of <see cref="ServerPreparation.ChangedValues"/> (ValidPorts and the install record
/// among them) that the apply action saved before it changed anything; <see cref="Remove"/> is deferred on uninstall,
/// including a major upgrade's removal of the old version.
/// </summary>
public static class ValidPortsInstaller
{
    /// <summary>
    /// Merges the plan's entries into ValidPorts (see <see cref="ValidPortsList.Merge"/>), writes the
    /// value if it changed, and stores the <see cref="InstallRecord"/>.
    /// Repair or a second apply: entries already present are not added again, and the record keeps
    /// the ORIGINAL <see cref="InstallRecord.ValueBeforeInstall"/> of the first install; its Added
    /// list is the union of all applies.
    /// </summary>
    public static InstallRecord Apply(IRegistry registry, ValidPortsPlan plan, Action<string> log)
    {
        var current = registry.GetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts);
        var previous = ReadRecord(registry, log);
        var merge = ValidPortsList.Parse(current).Merge(plan.Entries);

        if (current is null || !string.Equals(merge.NewValue, current, StringComparison.Ordinal))
        {
            registry.SetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts, merge.NewValue);
            log($"ValidPorts: added {string.Join(";", merge.Added)}; was {Describe(current)}, now '{merge.NewValue}'.");
        }
        else
        {
            log($"ValidPorts already allows every planned entry; left unchanged: '{current}'.");
        }

        InstallRecord record;
        if (previous is null)
        {
            record = new InstallRecord(current, merge.NewValue, merge.Added);
        }
        else
        {
            var added = previous.Added.ToList();
            foreach (var entry in merge.Added)
                if (!added.Contains(entry, StringComparer.OrdinalIgnoreCase)) added.Add(entry);
            record = new InstallRecord(previous.ValueBeforeInstall, merge.NewValue, added);
            log($"Kept the value from before the first install: {Describe(previous.ValueBeforeInstall)}.");
        }
        registry.SetString(ServerRegistryKeys.ProductServer, ServerRegistryKeys.ValidPortsRecord, record.Serialize());
        return record;
    }

    /// <summary>
    /// Uninstall: computes the value with <see cref="ValidPortsRemoval.Remove"/> from the stored
    /// record (restore exactly if unchanged since install, otherwise remove only our entries),
    /// writes or deletes ValidPorts accordingly, then deletes the record. Without a record nothing is touched.
    /// </summary>
    public static void Remove(IRegistry registry, Action<string> log)
    {
        var record = ReadRecord(registry, log);
        if (record is null)
        {
            log("ValidPorts: no install record, nothing to remove.");
            return;
        }
        var current = registry.GetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts);
        var result = ValidPortsRemoval.Remove(current, record.ValueBeforeInstall, record.ValueAfterInstall, record.Added);
        if (result is null)
        {
            if (current is not null) registry.DeleteValue(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts);
            log($"ValidPorts: deleted (did not exist before install); was {Describe(current)}.");
        }
        else if (!string.Equals(result, current, StringComparison.Ordinal))
        {
            registry.SetString(ServerRegistryKeys.RpcProxy, ServerRegistryKeys.ValidPorts, result);
            log($"ValidPorts: was {Describe(current)}, now '{result}'.");
        }
        else
        {
            log($"ValidPorts: none of our entries left; unchanged {Describe(current)}.");
        }
        registry.DeleteValue(ServerRegistryKeys.ProductServer, ServerRegistryKeys.ValidPortsRecord);
    }

    /// <summary>The stored record, or null when there is none or it cannot be read (logged).</summary>
    public static InstallRecord? ReadRecord(IRegistry registry, Action<string> log)
    {
        var text = registry.GetString(ServerRegistryKeys.ProductServer, ServerRegistryKeys.ValidPortsRecord);
        if (text is null) return null;
        try
        {
            return InstallRecord.Deserialize(text);
        }
        catch (FormatException e)
        {
            log($"ValidPorts install record ignored: {e.Message}");
            return null;
        }
    }

    private static string Describe(string? value) => value is null ? "absent" : $"'{value}'";
}
