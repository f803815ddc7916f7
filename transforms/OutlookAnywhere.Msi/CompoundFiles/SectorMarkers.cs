namespace OutlookAnywhere.Msi;

/// <summary>Special sector numbers of [MS-CFB] 2.1, used in FAT, DIFAT and directory fields.</summary>
internal static class SectorMarkers
{
    /// <summary>Highest number that can name a real sector.</summary>
    public const uint MaxRegularSector = 0xFFFFFFFA;

    /// <summary>Marks a sector that holds part of the DIFAT.</summary>
    public const uint DifatSector = 0xFFFFFFFC;

    /// <summary>Marks a sector that holds part of the FAT.</summary>
    public const uint FatSector = 0xFFFFFFFD;

    /// <summary>Ends a sector chain.</summary>
    public const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>An unused sector (or, in a directory entry, "no sibling/child").</summary>
    public const uint Free = 0xFFFFFFFF;

    /// <summary>"No entry" in the sibling and child fields of a directory entry.</summary>
    public const uint NoStream = 0xFFFFFFFF;

    public static string Describe(uint value) => value switch
    {
        DifatSector => "DIFSECT",
        FatSector => "FATSECT",
        EndOfChain => "ENDOFCHAIN",
        Free => "FREESECT",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
