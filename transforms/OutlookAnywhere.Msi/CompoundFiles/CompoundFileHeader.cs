using System.Buffers.Binary;

namespace OutlookAnywhere.Msi;

/// <summary>The Compound File header ([MS-CFB] 2.2), parsed and checked.</summary>
internal sealed class CompoundFileHeader
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public const int HeaderDifatCount = 109;
    public const uint MiniStreamCutoff = 4096;
    public const int MiniSectorSize = 64;

    public ushort MinorVersion { get; private init; }
    public ushort MajorVersion { get; private init; }
    public int SectorSize { get; private init; }
    public uint DirectorySectorCount { get; private init; }
    public uint FatSectorCount { get; private init; }
    public uint FirstDirectorySector { get; private init; }
    public uint FirstMiniFatSector { get; private init; }
    public uint MiniFatSectorCount { get; private init; }
    public uint FirstDifatSector { get; private init; }
    public uint DifatSectorCount { get; private init; }
    public uint[] HeaderDifat { get; private init; } = [];

    public static CompoundFileHeader Parse(ReadOnlySpan<byte> file, string source)
    {
        if (file.Length < 512)
            throw new MsiFormatException(source, $"not a Compound File: {file.Length} bytes is shorter than the 512-byte header");
        if (!file[..8].SequenceEqual(Signature))
            throw new MsiFormatException(source, "not a Compound File (MSI/MST): the file does not start with the signature D0 CF 11 E0 A1 B1 1A E1");

        ushort minor = BinaryPrimitives.ReadUInt16LittleEndian(file[24..]);
        ushort major = BinaryPrimitives.ReadUInt16LittleEndian(file[26..]);
        ushort byteOrder = BinaryPrimitives.ReadUInt16LittleEndian(file[28..]);
        ushort sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file[30..]);
        ushort miniShift = BinaryPrimitives.ReadUInt16LittleEndian(file[32..]);

        if (byteOrder != 0xFFFE)
            throw new MsiFormatException(source, $"Compound File byte order mark is 0x{byteOrder:X4}, expected 0xFFFE");
        if (major == 3 && sectorShift != 9)
            throw new MsiFormatException(source, $"Compound File version 3 must use 512-byte sectors (shift 9), header says shift {sectorShift}");
        if (major == 4 && sectorShift != 12)
            throw new MsiFormatException(source, $"Compound File version 4 must use 4096-byte sectors (shift 12), header says shift {sectorShift}");
        if (major != 3 && major != 4)
            throw new MsiFormatException(source, $"Compound File major version {major} is not supported (3 or 4 allowed)");
        if (miniShift != 6)
            throw new MsiFormatException(source, $"Compound File mini sector shift is {miniShift}, expected 6 (64-byte mini sectors)");

        int sectorSize = 1 << sectorShift;
        if (file.Length < sectorSize)
            throw new MsiFormatException(source, $"file of {file.Length} bytes is shorter than its own {sectorSize}-byte header sector");

        uint cutoff = BinaryPrimitives.ReadUInt32LittleEndian(file[56..]);
        if (cutoff != MiniStreamCutoff)
            throw new MsiFormatException(source, $"Compound File mini stream cutoff is {cutoff}, expected 4096");

        var difat = new uint[HeaderDifatCount];
        for (int i = 0; i < HeaderDifatCount; i++)
            difat[i] = BinaryPrimitives.ReadUInt32LittleEndian(file[(76 + 4 * i)..]);

        return new CompoundFileHeader
        {
            MinorVersion = minor,
            MajorVersion = major,
            SectorSize = sectorSize,
            DirectorySectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[40..]),
            FatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[44..]),
            FirstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(file[48..]),
            FirstMiniFatSector = BinaryPrimitives.ReadUInt32LittleEndian(file[60..]),
            MiniFatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[64..]),
            FirstDifatSector = BinaryPrimitives.ReadUInt32LittleEndian(file[68..]),
            DifatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(file[72..]),
            HeaderDifat = difat,
        };
    }
}
