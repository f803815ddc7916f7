namespace OutlookAnywhere.Msi;

/// <summary>A storage being built by <see cref="CompoundFileWriter"/>: streams and nested storages by name.</summary>
public sealed class CompoundFileWriterStorage
{
    private readonly SortedDictionary<string, object> _children = new(CompoundFileNameComparer.Instance);

    internal CompoundFileWriterStorage(string name)
    {
        Name = name;
    }

    /// <summary>The storage name.</summary>
    public string Name { get; }

    /// <summary>Class id written into the storage's directory entry.</summary>
    public Guid Clsid { get; set; }

    /// <summary>Children in [MS-CFB] sibling order: streams as byte arrays, storages as <see cref="CompoundFileWriterStorage"/>.</summary>
    internal IEnumerable<KeyValuePair<string, object>> Children => _children;

    /// <summary>Adds a stream. Names follow [MS-CFB]: 1..31 UTF-16 code units, no '/', '\', ':' or '!', unique ignoring case.</summary>
    public void AddStream(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckName(name);
        _children.Add(name, data);
    }

    /// <summary>Adds a stream, replacing one of the same name.</summary>
    public void SetStream(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckName(name, allowExisting: true);
        if (_children.TryGetValue(name, out var existing) && existing is CompoundFileWriterStorage)
            throw new ArgumentException($"'{name}' in storage '{Name}' is a storage, not a stream", nameof(name));
        _children[name] = data;
    }

    /// <summary>Adds and returns a nested storage.</summary>
    public CompoundFileWriterStorage AddStorage(string name)
    {
        CheckName(name);
        var storage = new CompoundFileWriterStorage(name);
        _children.Add(name, storage);
        return storage;
    }

    /// <summary>True if a child of this name (ignoring case) exists.</summary>
    public bool Contains(string name) => _children.ContainsKey(name);

    private void CheckName(string name, bool allowExisting = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > DirectoryEntryRecord.MaxNameLength)
            throw new ArgumentException($"Compound File entry name '{name}' must have 1..{DirectoryEntryRecord.MaxNameLength} characters, it has {name.Length}", nameof(name));
        if (name.IndexOfAny(['/', '\\', ':', '!']) >= 0)
            throw new ArgumentException($"Compound File entry name '{name}' must not contain '/', '\\', ':' or '!'", nameof(name));
        if (!allowExisting && _children.ContainsKey(name))
            throw new ArgumentException($"storage '{Name}' already has an entry named '{name}' (names compare without case)", nameof(name));
    }
}
