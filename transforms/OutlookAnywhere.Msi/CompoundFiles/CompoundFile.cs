using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>
/// A Compound File ([MS-CFB], "OLE structured storage") read fully into memory: the container
/// format of MSI packages and transforms. Supports version 3 (512-byte sectors) and version 4
/// (4096-byte sectors), extra DIFAT sectors, the mini stream and nested storages.
/// Every chain and tree link is checked, so corrupt input fails with <see cref="MsiFormatException"/>
/// naming the file and the problem instead of looping or reading garbage.
/// </summary>
public sealed class CompoundFile
{
    private readonly byte[] _file;
    private readonly CompoundFileHeader _header;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly byte[] _miniStream;
    private readonly int _sectorCount;

    private CompoundFile(byte[] file, string source)
    {
        _file = file;
        SourceName = source;
        _header = CompoundFileHeader.Parse(file, source);
        SectorSize = _header.SectorSize;
        _sectorCount = (int)((file.LongLength - SectorSize + SectorSize - 1) / SectorSize);

        _fat = ReadFat();
        var records = ReadDirectory();
        var rootRecord = records[0];
        if (rootRecord.ObjectType != DirectoryEntryRecord.RootType)
            throw Corrupt($"directory entry 0 must be the root storage (type 5) but has type {rootRecord.ObjectType}");

        _miniFat = ReadMiniFat();
        _miniStream = rootRecord.StreamSize == 0
            ? []
            : ReadRegularChain(rootRecord.StartSector, checked((long)rootRecord.StreamSize), "the mini stream");

        Root = new CompoundFileStorage(rootRecord.Name, rootRecord.Clsid, rootRecord.StateBits, isRoot: true);
        BuildTree(records);
    }

    /// <summary>Opens and reads a Compound File from disk.</summary>
    public static CompoundFile Open(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MsiFormatException(path, $"cannot be read: {e.Message}", e);
        }
        return new CompoundFile(bytes, path);
    }

    /// <summary>Reads a Compound File from memory; <paramref name="nameForMessages"/> names it in errors.</summary>
    public static CompoundFile Open(byte[] bytes, string nameForMessages)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new CompoundFile(bytes, nameForMessages);
    }

    /// <summary>Reads a Compound File from a stream (read to its end); <paramref name="nameForMessages"/> names it in errors.</summary>
    public static CompoundFile Open(Stream stream, string nameForMessages)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new CompoundFile(copy.ToArray(), nameForMessages);
    }

    /// <summary>The name used in error messages (the path, or the name given for a buffer).</summary>
    public string SourceName { get; }

    /// <summary>3 (512-byte sectors) or 4 (4096-byte sectors).</summary>
    public int MajorVersion => _header.MajorVersion;

    /// <summary>Sector size in bytes: 512 or 4096.</summary>
    public int SectorSize { get; }

    /// <summary>The root storage.</summary>
    public CompoundFileStorage Root { get; }

    /// <summary>The root storage's class id (for example the MSI or transform class id).</summary>
    public Guid RootClsid => Root.Clsid;

    /// <summary>Reads the named stream of the root storage, or returns null if there is none.</summary>
    public byte[]? TryReadRootStream(string storedName) => Root.FindStream(storedName)?.ReadAll();

    internal byte[] ReadStreamData(CompoundFileStream stream)
    {
        if (stream.Size == 0) return [];
        return stream.Size < CompoundFileHeader.MiniStreamCutoff
            ? ReadMiniChain(stream.StartSector, stream.Size, $"stream '{stream.Name}'")
            : ReadRegularChain(stream.StartSector, stream.Size, $"stream '{stream.Name}'");
    }

    private MsiFormatException Corrupt(string problem) => new(SourceName, $"corrupt Compound File: {problem}");

    private ReadOnlySpan<byte> Sector(uint sector, string what)
    {
        if (sector > SectorMarkers.MaxRegularSector || sector >= _sectorCount)
            throw Corrupt($"{what} refers to sector {SectorMarkers.Describe(sector)}, but the file has only {_sectorCount} sectors");
        long offset = (sector + 1L) * SectorSize;
        int available = (int)Math.Min(SectorSize, _file.LongLength - offset);
        if (available == SectorSize) return _file.AsSpan((int)offset, SectorSize);
        // A truncated last sector reads as zero-padded, as other readers do.
        var padded = new byte[SectorSize];
        _file.AsSpan((int)offset, available).CopyTo(padded);
        return padded;
    }

    private uint[] ReadFat()
    {
        var fatSectors = new List<uint>();
        foreach (uint s in _header.HeaderDifat)
        {
            if (fatSectors.Count == _header.FatSectorCount) break;
            if (s == SectorMarkers.Free) break;
            fatSectors.Add(s);
        }

        int perDifatSector = SectorSize / 4 - 1;
        uint next = _header.FirstDifatSector;
        var seen = new HashSet<uint>();
        for (uint i = 0; i < _header.DifatSectorCount; i++)
        {
            if (next == SectorMarkers.EndOfChain || next == SectorMarkers.Free)
                throw Corrupt($"the header announces {_header.DifatSectorCount} DIFAT sectors but the DIFAT chain ends after {i}");
            if (!seen.Add(next))
                throw Corrupt($"the DIFAT chain loops back to sector {next}");
            var sector = Sector(next, "the DIFAT chain");
            for (int k = 0; k < perDifatSector && fatSectors.Count < _header.FatSectorCount; k++)
            {
                uint s = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * k)..]);
                if (s != SectorMarkers.Free) fatSectors.Add(s);
            }
            next = BinaryPrimitives.ReadUInt32LittleEndian(sector[(SectorSize - 4)..]);
        }

        if (fatSectors.Count != _header.FatSectorCount)
            throw Corrupt($"the header announces {_header.FatSectorCount} FAT sectors but the DIFAT lists {fatSectors.Count}");

        int perSector = SectorSize / 4;
        var fat = new uint[fatSectors.Count * perSector];
        var fatSeen = new HashSet<uint>();
        for (int i = 0; i < fatSectors.Count; i++)
        {
            if (!fatSeen.Add(fatSectors[i]))
                throw Corrupt($"FAT sector {fatSectors[i]} is listed twice in the DIFAT");
            var sector = Sector(fatSectors[i], $"DIFAT entry {i}");
            for (int k = 0; k < perSector; k++)
                fat[i * perSector + k] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(4 * k)..]);
        }
        return fat;
    }

    /// <summary>Follows a FAT chain, refusing loops, out-of-range links and early ends.</summary>
    private List<uint> FollowChain(uint[] table, uint start, long minimumLength, string what, string tableName)
    {
        var chain = new List<uint>();
        var seen = new HashSet<uint>();
        uint current = start;
        while (current != SectorMarkers.EndOfChain)
        {
            if (current > SectorMarkers.MaxRegularSector)
                throw Corrupt($"{what}: the {tableName} chain contains {SectorMarkers.Describe(current)} after {chain.Count} sectors instead of ENDOFCHAIN");
            if (current >= table.Length)
                throw Corrupt($"{what}: the {tableName} chain refers to sector {current}, beyond the {table.Length} entries of the {tableName}");
            if (!seen.Add(current))
                throw Corrupt($"{what}: the {tableName} chain loops back to sector {current}");
            chain.Add(current);
            current = table[current];
        }
        if (chain.Count < minimumLength)
            throw Corrupt($"{what}: the {tableName} chain has {chain.Count} sectors but {minimumLength} are needed");
        return chain;
    }

    private byte[] ReadRegularChain(uint start, long size, string what)
    {
        long needed = (size + SectorSize - 1) / SectorSize;
        var chain = FollowChain(_fat, start, needed, what, "FAT");
        var data = new byte[size];
        for (int i = 0; i < needed; i++)
        {
            var sector = Sector(chain[i], what);
            int count = (int)Math.Min(SectorSize, size - (long)i * SectorSize);
            sector[..count].CopyTo(data.AsSpan(i * SectorSize));
        }
        return data;
    }

    private byte[] ReadMiniChain(uint start, long size, string what)
    {
        const int mini = CompoundFileHeader.MiniSectorSize;
        long needed = (size + mini - 1) / mini;
        var chain = FollowChain(_miniFat, start, needed, what, "mini FAT");
        var data = new byte[size];
        for (int i = 0; i < needed; i++)
        {
            long offset = (long)chain[i] * mini;
            int count = (int)Math.Min(mini, size - (long)i * mini);
            if (offset + count > _miniStream.LongLength)
                throw Corrupt($"{what}: mini sector {chain[i]} lies beyond the {_miniStream.Length}-byte mini stream");
            _miniStream.AsSpan((int)offset, count).CopyTo(data.AsSpan(i * mini));
        }
        return data;
    }

    private uint[] ReadMiniFat()
    {
        if (_header.MiniFatSectorCount == 0 || _header.FirstMiniFatSector == SectorMarkers.EndOfChain) return [];
        var bytes = ReadRegularChain(_header.FirstMiniFatSector, (long)_header.MiniFatSectorCount * SectorSize, "the mini FAT");
        var table = new uint[bytes.Length / 4];
        for (int i = 0; i < table.Length; i++)
            table[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
        return table;
    }

    private List<DirectoryEntryRecord> ReadDirectory()
    {
        var chain = FollowChain(_fat, _header.FirstDirectorySector, 1, "the directory", "FAT");
        var records = new List<DirectoryEntryRecord>();
        int perSector = SectorSize / DirectoryEntryRecord.Size;
        foreach (uint s in chain)
        {
            var sector = Sector(s, "the directory");
            for (int k = 0; k < perSector; k++)
            {
                var raw = sector.Slice(k * DirectoryEntryRecord.Size, DirectoryEntryRecord.Size);
                records.Add(DirectoryEntryRecord.Parse(raw, records.Count, MajorVersion, SourceName));
            }
        }
        return records;
    }

    private void BuildTree(List<DirectoryEntryRecord> records)
    {
        var visited = new bool[records.Count];
        visited[0] = true;
        var pending = new Stack<(CompoundFileStorage Storage, uint Child)>();
        pending.Push((Root, records[0].Child));
        while (pending.Count > 0)
        {
            var (storage, treeRoot) = pending.Pop();
            foreach (uint index in InOrder(records, treeRoot, visited, storage.Name))
            {
                var r = records[(int)index];
                switch (r.ObjectType)
                {
                    case DirectoryEntryRecord.StreamType:
                        storage.Add(new CompoundFileStream(this, r.Name, r.Clsid, r.StateBits, r.StartSector, checked((long)r.StreamSize)));
                        break;
                    case DirectoryEntryRecord.StorageType:
                        var child = new CompoundFileStorage(r.Name, r.Clsid, r.StateBits, isRoot: false);
                        storage.Add(child);
                        pending.Push((child, r.Child));
                        break;
                    default:
                        throw Corrupt($"directory entry {index} ('{r.Name}') in storage '{storage.Name}' has object type {r.ObjectType}; only streams (2) and storages (1) may be children");
                }
            }
        }
    }

    /// <summary>In-order walk of one storage's sibling tree; every entry may appear only once in the file.</summary>
    private IEnumerable<uint> InOrder(List<DirectoryEntryRecord> records, uint root, bool[] visited, string storageName)
    {
        var result = new List<uint>();
        var stack = new Stack<uint>();
        uint current = root;
        while (current != SectorMarkers.NoStream || stack.Count > 0)
        {
            while (current != SectorMarkers.NoStream)
            {
                if (current >= records.Count)
                    throw Corrupt($"a directory link in storage '{storageName}' points to entry {current}, but there are only {records.Count} entries");
                if (visited[current])
                    throw Corrupt($"directory entry {current} is reached twice (a loop or shared link in storage '{storageName}')");
                visited[current] = true;
                stack.Push(current);
                current = records[(int)current].LeftSibling;
            }
            uint node = stack.Pop();
            result.Add(node);
            current = records[(int)node].RightSibling;
        }
        return result;
    }
}
