namespace OutlookAnywhere.Logic;

/// <summary>
/// What the server package changed in <c>ValidPorts</c>, stored under the kit's own key
/// (<see cref="ServerRegistryKeys.ProductServer"/>) so uninstall can undo exactly that.
/// </summary>
/// <param name="ValueBeforeInstall">ValidPorts before the first install; null = the value did not exist.</param>
/// <param name="ValueAfterInstall">ValidPorts as the package last left it.</param>
/// <param name="Added">Entries the package added, as written.</param>
public sealed record InstallRecord(string? ValueBeforeInstall, string ValueAfterInstall, IList<string> Added)
{
    private const string FormatVersion = "v1";

    /// <summary>
    /// One line: <c>v1|before|after|added...</c>, each field encoded by <see cref="StoredText"/>,
    /// so any text (with <c>;</c>, <c>|</c>, line breaks) and null round-trip exactly.
    /// </summary>
    public string Serialize() =>
        string.Join("|", new[] { FormatVersion, StoredText.Encode(ValueBeforeInstall), StoredText.Encode(ValueAfterInstall) }
            .Concat(Added.Select(a => StoredText.Encode(a))));

    /// <exception cref="FormatException">The text is not a serialized record.</exception>
    public static InstallRecord Deserialize(string text)
    {
        var fields = text.Split('|');
        if (fields.Length < 3 || fields[0] != FormatVersion)
            throw new FormatException($"'{text}' is not a {FormatVersion} ValidPorts install record.");
        var after = StoredText.Decode(fields[2]) ?? throw new FormatException($"'{text}' has no value after install.");
        var added = fields.Skip(3).Select(f => StoredText.Decode(f) ?? throw new FormatException($"'{text}' has a null added entry.")).ToList();
        return new InstallRecord(StoredText.Decode(fields[1]), after, added);
    }

    // Records compare lists by reference; compare contents so tests and repair logic can use ==.
    public bool Equals(InstallRecord? other) =>
        other is not null
        && string.Equals(ValueBeforeInstall, other.ValueBeforeInstall, StringComparison.Ordinal)
        && string.Equals(ValueAfterInstall, other.ValueAfterInstall, StringComparison.Ordinal)
        && Added.SequenceEqual(other.Added, StringComparer.Ordinal);

    public override int GetHashCode() => (ValueAfterInstall.GetHashCode() * 31) ^ Added.Count;
}
