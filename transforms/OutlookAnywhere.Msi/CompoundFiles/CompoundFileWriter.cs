using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>
/// Writes a Compound File ([MS-CFB]). Version 3 (512-byte sectors) by default; version 4
/// (4096-byte sectors) on request. Streams shorter than 4096 bytes go to the mini stream;
/// each storage's children form a red-black tree in [MS-CFB] sibling order; the FAT is listed
/// in the header DIFAT and, beyond 109 FAT sectors, in DIFAT sectors.
/// Layout: stream sectors, mini stream, mini FAT, directory, FAT, DIFAT.
/// </summary>
public sealed class CompoundFileWriter
{
    private readonly int _sectorSize;

    /// <summary>Creates an empty file; <paramref name="majorVersion"/> is 3 (512-byte sectors) or 4 (4096-byte sectors).</summary>
    public CompoundFileWriter(int majorVersion = 3)
    {
        if (majorVersion is not (3 or 4))
            throw new ArgumentOutOfRangeException(nameof(majorVersion), majorVersion, "Compound File version must be 3 or 4");
        MajorVersion = majorVersion;
        _sectorSize = majorVersion == 3 ? 512 : 4096;
        Root = new CompoundFileWriterStorage("Root Entry");
    }

    /// <summary>3 or 4.</summary>
    public int MajorVersion { get; }

    /// <summary>The root storage; add streams and storages here.</summary>
    public CompoundFileWriterStorage Root { get; }

    /// <summary>Class id of the root storage (e.g. <see cref="MsiDatabase.TransformClassId"/>).</summary>
    public Guid RootClsid
    {
        get => Root.Clsid;
        set => Root.Clsid = value;
    }

    /// <summary>Writes the file to disk.</summary>
    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>Serialises the whole file.</summary>
    public byte[] ToBytes()
    {
        int ss = _sectorSize;
        int perFat = ss / 4;

        // 1. Directory entries: root first, then every storage's children depth-first.
        var entries = new List<DirectoryEntryRecord>();
        var streamData = new List<(DirectoryEntryRecord Entry, byte[] Data)>();
        var root = new DirectoryEntryRecord { Name = Root.Name, ObjectType = DirectoryEntryRecord.RootType, Color = DirectoryEntryRecord.Black, Clsid = Root.Clsid };
        entries.Add(root);
        AddChildren(Root, root, entries, streamData);

        // 2. Mini stream for small streams, regular sectors for the rest.
        var miniStream = new MemoryStream();
        var miniFat = new List<uint>();
        var regular = new List<(DirectoryEntryRecord Entry, byte[] Data)>();
        foreach (var (entry, data) in streamData)
        {
            entry.StreamSize = (ulong)data.Length;
            if (data.Length == 0)
            {
                entry.StartSector = SectorMarkers.EndOfChain;
            }
            else if (data.Length < CompoundFileHeader.MiniStreamCutoff)
            {
                int first = miniFat.Count;
                int count = (data.Length + CompoundFileHeader.MiniSectorSize - 1) / CompoundFileHeader.MiniSectorSize;
                for (int i = 0; i < count; i++)
                    miniFat.Add(i == count - 1 ? SectorMarkers.EndOfChain : (uint)(first + i + 1));
                entry.StartSector = (uint)first;
                miniStream.Write(data);
                miniStream.Write(new byte[count * CompoundFileHeader.MiniSectorSize - data.Length]);
            }
            else
            {
                regular.Add((entry, data));
            }
        }

        // 3. Count sectors, then FAT and DIFAT sectors until the counts settle.
        int Sectors(long bytes) => (int)((bytes + ss - 1) / ss);
        int miniFatBytes = miniFat.Count * 4;
        int directorySectors = Sectors((long)entries.Count * DirectoryEntryRecord.Size);
        int dataSectors = regular.Sum(r => Sectors(r.Data.Length)) + Sectors(miniStream.Length) + Sectors(miniFatBytes) + directorySectors;
        int fatSectors = 0, difatSectors = 0;
        while (true)
        {
            int neededFat = (dataSectors + fatSectors + difatSectors + perFat - 1) / perFat;
            int neededDifat = neededFat <= CompoundFileHeader.HeaderDifatCount ? 0 : (neededFat - CompoundFileHeader.HeaderDifatCount + perFat - 2) / (perFat - 1);
            if (neededFat == fatSectors && neededDifat == difatSectors) break;
            fatSectors = neededFat;
            difatSectors = neededDifat;
        }
        int totalSectors = dataSectors + fatSectors + difatSectors;

        var fat = new uint[fatSectors * perFat];
        Array.Fill(fat, SectorMarkers.Free);
        var file = new byte[(long)(totalSectors + 1) * ss];
        int next = 0;

        uint Place(ReadOnlySpan<byte> data)
        {
            if (data.Length == 0) return SectorMarkers.EndOfChain;
            int count = Sectors(data.Length);
            int first = next;
            for (int i = 0; i < count; i++)
                fat[first + i] = i == count - 1 ? SectorMarkers.EndOfChain : (uint)(first + i + 1);
            data.CopyTo(file.AsSpan((first + 1) * ss));
            next += count;
            return (uint)first;
        }

        foreach (var (entry, data) in regular) entry.StartSector = Place(data);
        root.StartSector = Place(miniStream.ToArray());
        root.StreamSize = (ulong)miniStream.Length;
        var miniFatRaw = new byte[miniFatBytes + (Sectors(miniFatBytes) * ss - miniFatBytes)];
        Array.Fill(miniFatRaw, (byte)0xFF); // unused mini FAT entries are FREESECT
        for (int i = 0; i < miniFat.Count; i++) BinaryPrimitives.WriteUInt32LittleEndian(miniFatRaw.AsSpan(4 * i), miniFat[i]);
        uint firstMiniFat = Place(miniFatRaw);

        var directory = new byte[directorySectors * ss];
        for (int i = 0; i < directorySectors * ss / DirectoryEntryRecord.Size; i++)
        {
            var record = i < entries.Count ? entries[i] : new DirectoryEntryRecord();
            record.WriteTo(directory.AsSpan(i * DirectoryEntryRecord.Size, DirectoryEntryRecord.Size));
        }
        uint firstDirectory = Place(directory);

        var fatSectorIds = new uint[fatSectors];
        for (int i = 0; i < fatSectors; i++)
        {
            fatSectorIds[i] = (uint)next;
            fat[next++] = SectorMarkers.FatSector;
        }
        var difatSectorIds = new uint[difatSectors];
        for (int i = 0; i < difatSectors; i++)
        {
            difatSectorIds[i] = (uint)next;
            fat[next++] = SectorMarkers.DifatSector;
        }

        for (int i = 0; i < fatSectors; i++)
        {
            var sector = file.AsSpan((int)(fatSectorIds[i] + 1) * ss, ss);
            for (int k = 0; k < perFat; k++) BinaryPrimitives.WriteUInt32LittleEndian(sector[(4 * k)..], fat[i * perFat + k]);
        }

        // DIFAT: the first 109 FAT sectors are listed in the header, the rest in DIFAT sectors.
        int listed = Math.Min(fatSectors, CompoundFileHeader.HeaderDifatCount);
        for (int d = 0; d < difatSectors; d++)
        {
            var sector = file.AsSpan((int)(difatSectorIds[d] + 1) * ss, ss);
            for (int k = 0; k < perFat - 1; k++)
                BinaryPrimitives.WriteUInt32LittleEndian(sector[(4 * k)..], listed < fatSectors ? fatSectorIds[listed++] : SectorMarkers.Free);
            BinaryPrimitives.WriteUInt32LittleEndian(sector[(ss - 4)..], d + 1 < difatSectors ? difatSectorIds[d + 1] : SectorMarkers.EndOfChain);
        }

        WriteHeader(file.AsSpan(0, 512), fatSectorIds, firstDirectory, directorySectors, firstMiniFat, Sectors(miniFatBytes),
            difatSectors == 0 ? SectorMarkers.EndOfChain : difatSectorIds[0], difatSectors);
        return file;
    }

    private void WriteHeader(Span<byte> h, uint[] fatSectorIds, uint firstDirectory, int directorySectors,
        uint firstMiniFat, int miniFatSectors, uint firstDifat, int difatSectors)
    {
        CompoundFileHeader.Signature.CopyTo(h);
        BinaryPrimitives.WriteUInt16LittleEndian(h[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)MajorVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(h[30..], (ushort)(MajorVersion == 3 ? 9 : 12));
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 6);
        // Version 3 files must leave the directory sector count at zero.
        BinaryPrimitives.WriteUInt32LittleEndian(h[40..], MajorVersion == 3 ? 0u : (uint)directorySectors);
        BinaryPrimitives.WriteUInt32LittleEndian(h[44..], (uint)fatSectorIds.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h[48..], firstDirectory);
        BinaryPrimitives.WriteUInt32LittleEndian(h[52..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(h[56..], CompoundFileHeader.MiniStreamCutoff);
        BinaryPrimitives.WriteUInt32LittleEndian(h[60..], firstMiniFat);
        BinaryPrimitives.WriteUInt32LittleEndian(h[64..], (uint)miniFatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(h[68..], firstDifat);
        BinaryPrimitives.WriteUInt32LittleEndian(h[72..], (uint)difatSectors);
        for (int i = 0; i < CompoundFileHeader.HeaderDifatCount; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(h[(76 + 4 * i)..], i < fatSectorIds.Length ? fatSectorIds[i] : SectorMarkers.Free);
    }

    private static void AddChildren(CompoundFileWriterStorage storage, DirectoryEntryRecord storageEntry,
        List<DirectoryEntryRecord> entries, List<(DirectoryEntryRecord, byte[])> streamData)
    {
        var children = new List<uint>();
        var nested = new List<(CompoundFileWriterStorage, DirectoryEntryRecord)>();
        foreach (var (name, child) in storage.Children)
        {
            var entry = new DirectoryEntryRecord { Name = name };
            if (child is CompoundFileWriterStorage sub)
            {
                entry.ObjectType = DirectoryEntryRecord.StorageType;
                entry.Clsid = sub.Clsid;
                nested.Add((sub, entry));
            }
            else
            {
                entry.ObjectType = DirectoryEntryRecord.StreamType;
                streamData.Add((entry, (byte[])child));
            }
            children.Add((uint)entries.Count);
            entries.Add(entry);
        }
        storageEntry.Child = SiblingTree.Build(children, entries);
        foreach (var (sub, entry) in nested) AddChildren(sub, entry, entries, streamData);
    }
}
