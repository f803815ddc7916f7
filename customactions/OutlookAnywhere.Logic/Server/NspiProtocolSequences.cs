namespace OutlookAnywhere.Logic;

/// <summary>
/// The global catalog's "NSPI interface protocol sequences" multi-string (docs/DOMAIN.md §1.2): the package
/// adds <c>ncacn_http:PORT</c> so clients reach the address book over HTTP, and on uninstall removes
/// the string only if this package added it.
/// </summary>
/// <remarks>
/// Why not a Registry-table row with <c>[~]ncacn_http:6004</c>: Windows Installer removes an appended
/// string on uninstall even when it was there before the install (destroying a setting it did not
/// make), and Wine's msiexec deletes the whole value (measured). The record below makes uninstall
/// exact on both.
/// </remarks>
public static class NspiProtocolSequences
{
    public const string Key = @"HKLM\SYSTEM\CurrentControlSet\Services\NTDS\Parameters";
    public const string ValueName = "NSPI interface protocol sequences";
    /// <summary>In the product's own key: the string this package added; absent = it added nothing.</summary>
    public const string RecordName = "NspiAddedSequence";

    public static string SequenceFor(PortRange nspiPort) => $"ncacn_http:{nspiPort}";

    /// <summary>
    /// GLOBAL_CATALOG=1 is refused on a computer that is not a domain controller: creating <see cref="Key"/> there
    /// would make inventory scripts take it for one, and nothing would read the value. Null = allowed.
    /// </summary>
    public static InputError? CheckDomainController(ServerSettings settings, ServerEnvironment environment) =>
        !settings.GlobalCatalogNspi || environment.IsDomainController
            ? null
            : new InputError(ServerProperties.GlobalCatalog, "1",
                $"must be 0 on this computer: it is not a domain controller (ProductOptions ProductType is '{environment.ProductType ?? "absent"}', " +
                $"a domain controller has '{ServerEnvironment.DomainControllerProductType}'). Run the package with GLOBAL_CATALOG=1 on the global catalog itself.");

    /// <summary>Appends the sequence unless present (case-insensitive); returns true when the value changed (restart needed).</summary>
    public static bool Apply(IRegistry registry, PortRange nspiPort, Action<string> log)
    {
        var sequence = SequenceFor(nspiPort);
        // Never create a key under Services\NTDS: only the directory service's own setup does.
        if (!registry.KeyExists(Key))
            throw new InvalidOperationException($"{Key} does not exist: this computer is not a domain controller, so '{sequence}' was not added.");
        var current = registry.GetMultiString(Key, ValueName) ?? [];
        if (current.Contains(sequence, StringComparer.OrdinalIgnoreCase))
        {
            log($"{ValueName} already holds '{sequence}'; left unchanged.");
            return false;
        }
        registry.SetMultiString(Key, ValueName, [.. current, sequence]);
        registry.SetString(ServerRegistryKeys.ProductServer, RecordName, sequence);
        log($"{ValueName}: appended '{sequence}' to [{string.Join(", ", current)}]. The directory service reads it at start-up: restart required.");
        return true;
    }

    /// <summary>Uninstall: removes only the string this package recorded as added; everything else stays.</summary>
    public static bool Remove(IRegistry registry, Action<string> log)
    {
        var added = registry.GetString(ServerRegistryKeys.ProductServer, RecordName);
        if (added is null)
        {
            log($"{ValueName}: this package added nothing; left unchanged.");
            return false;
        }
        var current = registry.GetMultiString(Key, ValueName);
        registry.DeleteValue(ServerRegistryKeys.ProductServer, RecordName);
        if (current is null || !current.Contains(added, StringComparer.OrdinalIgnoreCase))
        {
            log($"{ValueName}: '{added}' was already removed by someone else.");
            return false;
        }
        var kept = current.Where(s => !string.Equals(s, added, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (kept.Length == 0) registry.DeleteValue(Key, ValueName);
        else registry.SetMultiString(Key, ValueName, kept);
        log($"{ValueName}: removed '{added}', kept [{string.Join(", ", kept)}]. Restart required.");
        return true;
    }
}
