using System.Buffers.Binary;
using System.Text;

namespace OutlookAnywhere.Msi;

/// <summary>One raw 128-byte directory entry ([MS-CFB] 2.6), as read or as to be written.</summary>
internal sealed class DirectoryEntryRecord
{
    public const int Size = 128;
    public const int MaxNameLength = 31;

    public string Name { get; set; } = "";
    public byte ObjectType { get; set; }
    public byte Color { get; set; }
    public uint LeftSibling { get; set; } = SectorMarkers.NoStream;
    public uint RightSibling { get; set; } = SectorMarkers.NoStream;
    public uint Child { get; set; } = SectorMarkers.NoStream;
    public Guid Clsid { get; set; }
    public uint StateBits { get; set; }
    public ulong CreationTime { get; set; }
    public ulong ModifiedTime { get; set; }
    public uint StartSector { get; set; }
    public ulong StreamSize { get; set; }

    public const byte Unallocated = 0;
    public const byte StorageType = 1;
    public const byte StreamType = 2;
    public const byte RootType = 5;
    public const byte Red = 0;
    public const byte Black = 1;

    public static DirectoryEntryRecord Parse(ReadOnlySpan<byte> raw, int index, int majorVersion, string source)
    {
        ushort nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(raw[64..]);
        byte type = raw[66];
        string name = "";
        if (type != Unallocated)
        {
            if (nameBytes > 64 || nameBytes % 2 != 0 || nameBytes < 2)
                throw new MsiFormatException(source, $"directory entry {index} has an invalid name length of {nameBytes} bytes (2..64, even, including the terminator)");
            name = Encoding.Unicode.GetString(raw[..(nameBytes - 2)]);
        }
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(raw[120..]);
        // Version 3 files may leave garbage in the high half of the size ([MS-CFB] 2.6.3).
        if (majorVersion == 3) size &= 0xFFFFFFFF;
        return new DirectoryEntryRecord
        {
            Name = name,
            ObjectType = type,
            Color = raw[67],
            LeftSibling = BinaryPrimitives.ReadUInt32LittleEndian(raw[68..]),
            RightSibling = BinaryPrimitives.ReadUInt32LittleEndian(raw[72..]),
            Child = BinaryPrimitives.ReadUInt32LittleEndian(raw[76..]),
            Clsid = new Guid(raw.Slice(80, 16)),
            StateBits = BinaryPrimitives.ReadUInt32LittleEndian(raw[96..]),
            CreationTime = BinaryPrimitives.ReadUInt64LittleEndian(raw[100..]),
            ModifiedTime = BinaryPrimitives.ReadUInt64LittleEndian(raw[108..]),
            StartSector = BinaryPrimitives.ReadUInt32LittleEndian(raw[116..]),
            StreamSize = size,
        };
    }

    public void WriteTo(Span<byte> raw)
    {
        raw[..Size].Clear();
        if (Name.Length > MaxNameLength)
            throw new ArgumentException($"Compound File entry name '{Name}' has {Name.Length} characters; at most {MaxNameLength} are allowed");
        Encoding.Unicode.GetBytes(Name, raw);
        BinaryPrimitives.WriteUInt16LittleEndian(raw[64..], (ushort)(ObjectType == Unallocated ? 0 : (Name.Length + 1) * 2));
        raw[66] = ObjectType;
        raw[67] = Color;
        BinaryPrimitives.WriteUInt32LittleEndian(raw[68..], LeftSibling);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[72..], RightSibling);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[76..], Child);
        Clsid.TryWriteBytes(raw.Slice(80, 16));
        BinaryPrimitives.WriteUInt32LittleEndian(raw[96..], StateBits);
        BinaryPrimitives.WriteUInt64LittleEndian(raw[100..], CreationTime);
        BinaryPrimitives.WriteUInt64LittleEndian(raw[108..], ModifiedTime);
        BinaryPrimitives.WriteUInt32LittleEndian(raw[116..], StartSector);
        BinaryPrimitives.WriteUInt64LittleEndian(raw[120..], StreamSize);
    }
}
