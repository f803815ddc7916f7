namespace OutlookAnywhere.Logic;

/// <summary>What <c>ValidPorts</c> becomes when the server package is removed.</summary>
public static class ValidPortsRemoval
{
    /// <summary>
    /// Computes the value to leave behind on uninstall. Returns null when the value should be deleted.
    /// <list type="number">
    /// <item>Nobody changed the value since install (<paramref name="current"/> equals
    /// <paramref name="valueAfterInstall"/> exactly): the value from before the install is restored
    /// byte for byte, or null (delete) if there was none.</item>
    /// <item>Someone changed it: only the entries we added are removed (case-insensitive, spaces
    /// ignored), everyone else's stay as they are. If an entry of ours occurs more than once, the
    /// last occurrence is removed (ours were appended at the end). If nothing of ours is left to
    /// remove, <paramref name="current"/> is returned unchanged.</item>
    /// <item>The value was deleted by someone else (<paramref name="current"/> null): it stays deleted.</item>
    /// </list>
    /// If removing our entries leaves nothing and the value did not exist before install, null (delete).
    /// </summary>
    public static string? Remove(string? current, string? valueBeforeInstall, string valueAfterInstall, IList<string> added)
    {
        if (string.Equals(current, valueAfterInstall, StringComparison.Ordinal)) return valueBeforeInstall;
        if (current is null) return null;

        var entries = ValidPortsList.Parse(current).Entries.ToList();
        var removedAny = false;
        foreach (var ours in added)
        {
            var index = entries.FindLastIndex(e => string.Equals(e.Trim(), ours.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0) continue;
            entries.RemoveAt(index);
            removedAny = true;
        }
        if (!removedAny) return current;
        if (entries.Count == 0 && valueBeforeInstall is null) return null;
        return string.Join(";", entries);
    }
}
