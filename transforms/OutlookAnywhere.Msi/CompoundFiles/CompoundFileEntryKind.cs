namespace OutlookAnywhere.Msi;

/// <summary>Object type of a Compound File directory entry ([MS-CFB] 2.6.1).</summary>
public enum CompoundFileEntryKind
{
    /// <summary>A storage: a folder of streams and storages.</summary>
    Storage = 1,

    /// <summary>A stream: a byte sequence.</summary>
    Stream = 2,

    /// <summary>The root storage; it also owns the mini stream.</summary>
    Root = 5,
}
