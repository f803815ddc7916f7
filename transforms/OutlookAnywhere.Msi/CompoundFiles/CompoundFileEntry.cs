namespace OutlookAnywhere.Msi;

/// <summary>A stream or storage read from a Compound File.</summary>
public abstract class CompoundFileEntry
{
    private protected CompoundFileEntry(string name, Guid clsid, uint stateBits)
    {
        Name = name;
        Clsid = clsid;
        StateBits = stateBits;
    }

    /// <summary>The entry name as stored (MSI stream names are still encoded; see <see cref="MsiStreamName"/>).</summary>
    public string Name { get; }

    /// <summary>The class id; meaningful for storages (a transform's root carries the transform class id).</summary>
    public Guid Clsid { get; }

    /// <summary>User-defined flags of the entry; normally 0.</summary>
    public uint StateBits { get; }

    /// <summary>Whether this is a storage, a stream or the root.</summary>
    public abstract CompoundFileEntryKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}";
}
