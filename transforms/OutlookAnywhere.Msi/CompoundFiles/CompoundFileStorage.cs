namespace OutlookAnywhere.Msi;

/// <summary>A storage (or the root) inside a <see cref="CompoundFile"/>: holds streams and nested storages.</summary>
public sealed class CompoundFileStorage : CompoundFileEntry
{
    private readonly List<CompoundFileEntry> _children = new();
    private readonly bool _isRoot;

    internal CompoundFileStorage(string name, Guid clsid, uint stateBits, bool isRoot)
        : base(name, clsid, stateBits)
    {
        _isRoot = isRoot;
    }

    /// <inheritdoc />
    public override CompoundFileEntryKind Kind => _isRoot ? CompoundFileEntryKind.Root : CompoundFileEntryKind.Storage;

    /// <summary>Direct children in directory (red-black tree) order.</summary>
    public IReadOnlyList<CompoundFileEntry> Children => _children;

    /// <summary>The direct child streams.</summary>
    public IEnumerable<CompoundFileStream> Streams => _children.OfType<CompoundFileStream>();

    /// <summary>The direct child storages.</summary>
    public IEnumerable<CompoundFileStorage> Storages => _children.OfType<CompoundFileStorage>();

    /// <summary>The child stream with this (stored) name, or null.</summary>
    public CompoundFileStream? FindStream(string name) => Find(name) as CompoundFileStream;

    /// <summary>The child storage with this (stored) name, or null.</summary>
    public CompoundFileStorage? FindStorage(string name) => Find(name) as CompoundFileStorage;

    /// <summary>The child with this name; exact match first, then the Compound File's case-insensitive rule.</summary>
    public CompoundFileEntry? Find(string name)
    {
        foreach (var child in _children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal)) return child;
        }
        foreach (var child in _children)
        {
            if (CompoundFileNameComparer.Instance.Compare(child.Name, name) == 0) return child;
        }
        return null;
    }

    internal void Add(CompoundFileEntry child) => _children.Add(child);
}
