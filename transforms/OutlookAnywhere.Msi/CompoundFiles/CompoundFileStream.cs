namespace OutlookAnywhere.Msi;

/// <summary>A stream inside a <see cref="CompoundFile"/>.</summary>
public sealed class CompoundFileStream : CompoundFileEntry
{
    private readonly CompoundFile _owner;

    internal CompoundFileStream(CompoundFile owner, string name, Guid clsid, uint stateBits, uint startSector, long size)
        : base(name, clsid, stateBits)
    {
        _owner = owner;
        StartSector = startSector;
        Size = size;
    }

    /// <inheritdoc />
    public override CompoundFileEntryKind Kind => CompoundFileEntryKind.Stream;

    /// <summary>Length of the stream in bytes.</summary>
    public long Size { get; }

    /// <summary>First sector (a mini sector if <see cref="Size"/> is below the mini stream cutoff).</summary>
    internal uint StartSector { get; }

    /// <summary>Reads the whole stream.</summary>
    public byte[] ReadAll() => _owner.ReadStreamData(this);
}
