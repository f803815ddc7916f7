namespace OutlookAnywhere.Logic;

/// <summary>
/// The exact state of a few registry values (type and data, or absence), taken before a change and
/// written back by a rollback custom action. Rollback as data: the deferred apply or remove action saves this text
/// before it changes anything, and the rollback action needs nothing else to undo what the install or uninstall did
/// (docs/server-runtime.md, "Program starts"). Also the record of the back-end ports found before the first write.
/// </summary>
public sealed class RegistrySnapshot
{
    private const string FormatVersion = "snapshot-v1";
    private readonly List<SnapshotValue> _values;

    private RegistrySnapshot(List<SnapshotValue> values) => _values = values;

    /// <summary>One value: its location and data (string, int, string[]), or null for "absent".</summary>
    public sealed record SnapshotValue(string KeyPath, string Name, object? Data);

    /// <summary>Reads each (key, name) now. A value of another type than REG_SZ/REG_DWORD/REG_MULTI_SZ is recorded as absent.</summary>
    public static RegistrySnapshot Take(IRegistry registry, IEnumerable<RegistryLocation> locations) =>
        new(locations.Select(l => new SnapshotValue(l.KeyPath, l.Name,
                (object?)registry.GetMultiString(l.KeyPath, l.Name)
                ?? (object?)registry.GetDword(l.KeyPath, l.Name)
                ?? registry.GetString(l.KeyPath, l.Name)))
            .ToList());

    /// <summary>True when <see cref="Restore"/> would change something: a recorded value differs from what is there now.</summary>
    public bool DiffersFrom(IRegistry registry)
    {
        var now = Take(registry, _values.Select(v => new RegistryLocation(v.KeyPath, v.Name)))._values;
        return _values.Zip(now, (before, current) => SameData(before.Data, current.Data)).Any(same => !same);
    }

    private static bool SameData(object? a, object? b) =>
        a is string[] x && b is string[] y ? x.SequenceEqual(y, StringComparer.Ordinal) : Equals(a, b);

    /// <summary>Writes every value back as it was; values that were absent are deleted.</summary>
    public void Restore(IRegistry registry, Action<string> log)
    {
        foreach (var value in _values)
        {
            switch (value.Data)
            {
                case null: registry.DeleteValue(value.KeyPath, value.Name); break;
                case string text: registry.SetString(value.KeyPath, value.Name, text); break;
                case int number: registry.SetDword(value.KeyPath, value.Name, number); break;
                case string[] strings: registry.SetMultiString(value.KeyPath, value.Name, strings); break;
            }
            log($"Restored {value.KeyPath}\\{value.Name} to {Describe(value.Data)}.");
        }
    }

    public string Serialize() =>
        string.Join("|", new[] { FormatVersion }.Concat(_values.Select(v => string.Join(";", StoredText.Encode(v.KeyPath), StoredText.Encode(v.Name), EncodeData(v.Data)))).ToArray());

    public static RegistrySnapshot Deserialize(string text)
    {
        var items = text.Split('|');
        if (items[0] != FormatVersion) throw new FormatException($"'{text}' is not a {FormatVersion} registry snapshot.");
        var values = new List<SnapshotValue>();
        foreach (var item in items.Skip(1))
        {
            var fields = item.Split(';');
            if (fields.Length < 3) throw new FormatException($"Snapshot item '{item}' needs key;name;kind[;data...].");
            var key = StoredText.Decode(fields[0]) ?? throw new FormatException($"Snapshot item '{item}' has no key.");
            var name = StoredText.Decode(fields[1]) ?? throw new FormatException($"Snapshot item '{item}' has no name.");
            values.Add(new SnapshotValue(key, name, DecodeData(fields.Skip(2).ToArray(), item)));
        }
        return new RegistrySnapshot(values);
    }

    private static string EncodeData(object? data) => data switch
    {
        null => "absent",
        string text => "sz;" + StoredText.Encode(text),
        int number => "dword;" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string[] strings => string.Join(";", new[] { "multi" }.Concat(strings.Select(StoredText.Encode)).ToArray()),
        _ => throw new ArgumentException($"Unsupported registry data {data.GetType().Name}."),
    };

    private static object? DecodeData(string[] fields, string item) => fields[0] switch
    {
        "absent" => null,
        "sz" when fields.Length == 2 => StoredText.Decode(fields[1]) ?? "",
        "dword" when fields.Length == 2 => int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
        "multi" => fields.Skip(1).Select(f => StoredText.Decode(f) ?? "").ToArray(),
        _ => throw new FormatException($"Snapshot item '{item}' has an unknown value kind '{fields[0]}'."),
    };

    private static string Describe(object? data) => data switch
    {
        null => "absent",
        string[] strings => "[" + string.Join(", ", strings.Select(s => $"'{s}'")) + "]",
        string text => $"'{text}'",
        _ => data.ToString() ?? "",
    };
}
