using System.Buffers.Binary;
using System.Text;

namespace OutlookAnywhere.Msi.Tests;

/// <summary>
/// An independent, deliberately simple parse of a Compound File's raw bytes, written from
/// [MS-CFB] for the tests, with <see cref="AssertValid"/> checking the spec's invariants on
/// files our writer produced. It shares no code with the library's reader.
/// </summary>
internal sealed class CompoundFileLayout
{
    public const uint DifSect = 0xFFFFFFFC, FatSect = 0xFFFFFFFD, EndOfChain = 0xFFFFFFFE, FreeSect = 0xFFFFFFFF;

    public required byte[] File { get; init; }
    public required int MajorVersion { get; init; }
    public required int SectorSize { get; init; }
    public required uint[] Fat { get; init; }
    public required List<uint> FatSectors { get; init; }
    public required List<uint> DifatSectors { get; init; }
    public required uint FirstDirectorySector { get; init; }
    public required uint FirstMiniFatSector { get; init; }
    public required uint MiniFatSectorCount { get; init; }
    public required uint HeaderDirectorySectorCount { get; init; }
    public required List<Entry> Entries { get; init; }
    public int SectorCount => (File.Length - SectorSize) / SectorSize;

    public sealed record Entry(int Index, string Name, byte Type, byte Color, uint Left, uint Right, uint Child, Guid Clsid, uint Start, ulong Size, int Offset);

    public static CompoundFileLayout Parse(byte[] file)
    {
        var h = file.AsSpan();
        int major = BinaryPrimitives.ReadUInt16LittleEndian(h[26..]);
        int sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(h[30..]);
        uint fatCount = U32(file, 44);
        var fatSectors = new List<uint>();
        for (int i = 0; i < 109 && fatSectors.Count < fatCount; i++) fatSectors.Add(U32(file, 76 + 4 * i));
        var difatSectors = new List<uint>();
        uint difat = U32(file, 68);
        for (uint d = 0; d < U32(file, 72); d++)
        {
            difatSectors.Add(difat);
            int at = (int)(difat + 1) * sectorSize;
            for (int k = 0; k < sectorSize / 4 - 1 && fatSectors.Count < fatCount; k++) fatSectors.Add(U32(file, at + 4 * k));
            difat = U32(file, at + sectorSize - 4);
        }
        Assert.Equal(fatCount, (uint)fatSectors.Count);
        var fat = new List<uint>();
        foreach (var s in fatSectors)
            for (int k = 0; k < sectorSize / 4; k++) fat.Add(U32(file, (int)(s + 1) * sectorSize + 4 * k));

        var layout = new CompoundFileLayout
        {
            File = file, MajorVersion = major, SectorSize = sectorSize, Fat = fat.ToArray(),
            FatSectors = fatSectors, DifatSectors = difatSectors,
            FirstDirectorySector = U32(file, 48), FirstMiniFatSector = U32(file, 60), MiniFatSectorCount = U32(file, 64),
            HeaderDirectorySectorCount = U32(file, 40), Entries = new List<Entry>(),
        };
        foreach (var s in layout.Chain(layout.FirstDirectorySector))
        {
            for (int k = 0; k < sectorSize / 128; k++)
            {
                int o = (int)(s + 1) * sectorSize + 128 * k;
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(h[(o + 64)..]);
                string name = nameLength >= 2 ? Encoding.Unicode.GetString(file, o, nameLength - 2) : "";
                layout.Entries.Add(new Entry(layout.Entries.Count, name, file[o + 66], file[o + 67], U32(file, o + 68), U32(file, o + 72), U32(file, o + 76),
                    new Guid(h.Slice(o + 80, 16)), U32(file, o + 116), BinaryPrimitives.ReadUInt64LittleEndian(h[(o + 120)..]), o));
            }
        }
        return layout;
    }

    public static uint U32(byte[] b, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(offset));

    /// <summary>Follows a FAT chain, asserting it stays in range, does not loop and ends in ENDOFCHAIN.</summary>
    public List<uint> Chain(uint start) => Follow(Fat, start, "FAT");

    public uint[] MiniFat()
    {
        var bytes = Chain(FirstMiniFatSector).SelectMany(s => File.AsSpan((int)(s + 1) * SectorSize, SectorSize).ToArray()).ToArray();
        return Enumerable.Range(0, bytes.Length / 4).Select(i => U32(bytes, 4 * i)).ToArray();
    }

    public static List<uint> Follow(uint[] table, uint start, string name)
    {
        var chain = new List<uint>();
        var seen = new HashSet<uint>();
        for (uint s = start; s != EndOfChain; s = table[s])
        {
            Assert.True(s < table.Length, $"{name} chain from {start} reaches {s:X8}, not a sector number or ENDOFCHAIN");
            Assert.True(seen.Add(s), $"{name} chain from {start} loops at {s}");
            chain.Add(s);
        }
        return chain;
    }

    public bool IsInMiniStream(Entry e) => e.Type == 2 && e.Size > 0 && e.Size < 4096;

    /// <summary>Checks the invariants of [MS-CFB] that a writer must keep.</summary>
    public void AssertValid()
    {
        Assert.Equal(0xE011CFD0u, U32(File, 0));
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(File.AsSpan(28)));
        Assert.Equal(0x003E, BinaryPrimitives.ReadUInt16LittleEndian(File.AsSpan(24)));
        Assert.Equal(6, BinaryPrimitives.ReadUInt16LittleEndian(File.AsSpan(32)));
        Assert.Equal(4096u, U32(File, 56));
        Assert.Equal(0, File.Length % SectorSize);
        if (MajorVersion == 3) Assert.Equal(0u, HeaderDirectorySectorCount);
        for (int i = FatSectors.Count; i < 109; i++) Assert.Equal(FreeSect, U32(File, 76 + 4 * i));

        // Every sector belongs to exactly one thing: FAT, DIFAT, or one chain.
        var owner = new string?[SectorCount];
        void Claim(uint s, string what)
        {
            Assert.True(s < SectorCount, $"{what} uses sector {s} beyond the {SectorCount} sectors of the file");
            Assert.True(owner[s] is null, $"sector {s} is used by both {owner[s]} and {what}");
            owner[s] = what;
        }
        foreach (var s in FatSectors) { Claim(s, "the FAT"); Assert.Equal(FatSect, Fat[s]); }
        foreach (var s in DifatSectors) { Claim(s, "the DIFAT"); Assert.Equal(DifSect, Fat[s]); }
        foreach (var s in Chain(FirstDirectorySector)) Claim(s, "the directory");
        if (MajorVersion == 4) Assert.Equal((uint)Chain(FirstDirectorySector).Count, HeaderDirectorySectorCount);

        var root = Entries[0];
        Assert.Equal("Root Entry", root.Name);
        Assert.Equal(5, root.Type);
        uint[] miniFat = [];
        if (MiniFatSectorCount > 0)
        {
            var chain = Chain(FirstMiniFatSector);
            Assert.Equal(MiniFatSectorCount, (uint)chain.Count);
            foreach (var s in chain) Claim(s, "the mini FAT");
            miniFat = MiniFat();
        }
        else
        {
            Assert.Equal(EndOfChain, FirstMiniFatSector);
        }
        if (root.Size > 0)
        {
            var chain = Chain(root.Start);
            Assert.Equal((long)((root.Size + (ulong)SectorSize - 1) / (ulong)SectorSize), chain.Count);
            foreach (var s in chain) Claim(s, "the mini stream");
        }

        var miniOwner = new string?[miniFat.Length];
        foreach (var e in Entries.Skip(1))
        {
            if (e.Type == 0)
            {
                Assert.Equal((FreeSect, FreeSect, FreeSect), (e.Left, e.Right, e.Child));
                continue;
            }
            Assert.InRange(e.Type, 1, 2);
            if (e.Type == 1) { Assert.Equal(0ul, e.Size); continue; }
            if (e.Size == 0) { Assert.Equal(EndOfChain, e.Start); continue; }
            if (IsInMiniStream(e))
            {
                var chain = Follow(miniFat, e.Start, "mini FAT");
                Assert.Equal((long)((e.Size + 63) / 64), chain.Count);
                foreach (var m in chain)
                {
                    Assert.True(miniOwner[m] is null, $"mini sector {m} is used by both {miniOwner[m]} and {e.Name}");
                    miniOwner[m] = e.Name;
                    Assert.True((m + 1) * 64 <= root.Size, $"mini sector {m} of {e.Name} lies beyond the mini stream");
                }
            }
            else
            {
                var chain = Chain(e.Start);
                Assert.Equal((long)((e.Size + (ulong)SectorSize - 1) / (ulong)SectorSize), chain.Count);
                foreach (var s in chain) Claim(s, $"stream {e.Name}");
            }
        }
        for (uint s = 0; s < SectorCount; s++)
            if (owner[s] is null) Assert.True(Fat[s] == FreeSect, $"sector {s} belongs to nothing but the FAT says {Fat[s]:X8}");
        for (int m = 0; m < miniOwner.Length; m++)
            if (miniOwner[m] is null) Assert.Equal(FreeSect, miniFat[m]);
        for (long s = SectorCount; s < Fat.Length; s++) Assert.Equal(FreeSect, Fat[s]);

        // Each storage's children: a red-black tree in sibling order, every entry reached once.
        var reached = new bool[Entries.Count];
        reached[0] = true;
        CheckTree(root, reached);
        foreach (var e in Entries.Where(e => e.Type != 0)) Assert.True(reached[e.Index], $"entry {e.Index} '{e.Name}' is not reachable from the root");
    }

    private void CheckTree(Entry storage, bool[] reached)
    {
        if (storage.Child == FreeSect) return;
        Assert.Equal(1, Entries[(int)storage.Child].Color); // the tree's root is black
        var inOrder = new List<Entry>();
        BlackHeight(storage.Child, inOrder, reached);
        for (int i = 1; i < inOrder.Count; i++)
            Assert.True(CompoundFileNameComparer.Instance.Compare(inOrder[i - 1].Name, inOrder[i].Name) < 0,
                $"siblings '{inOrder[i - 1].Name}' and '{inOrder[i].Name}' are out of order in storage '{storage.Name}'");
        foreach (var child in inOrder.Where(c => c.Type == 1)) CheckTree(child, reached);
    }

    private int BlackHeight(uint index, List<Entry> inOrder, bool[] reached)
    {
        if (index == FreeSect) return 1;
        var e = Entries[(int)index];
        Assert.False(reached[index], $"entry {index} is linked twice");
        reached[index] = true;
        if (e.Color == 0)
        {
            foreach (var c in new[] { e.Left, e.Right })
                if (c != FreeSect) Assert.True(Entries[(int)c].Color == 1, $"red entry '{e.Name}' has a red child");
        }
        int left = BlackHeight(e.Left, inOrder, reached);
        inOrder.Add(e);
        int right = BlackHeight(e.Right, inOrder, reached);
        Assert.True(left == right, $"black heights differ under '{e.Name}': {left} vs {right}");
        return left + (e.Color == 1 ? 1 : 0);
    }
}
