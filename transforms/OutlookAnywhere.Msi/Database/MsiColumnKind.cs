namespace OutlookAnywhere.Msi;

/// <summary>How a column's values are stored and returned.</summary>
public enum MsiColumnKind
{
    /// <summary>A string (an id into the string pool); values are <see cref="string"/>.</summary>
    String,

    /// <summary>A 16-bit integer (stored offset by 0x8000); values are <see cref="int"/>.</summary>
    Int16,

    /// <summary>A 32-bit integer (stored offset by 0x80000000); values are <see cref="int"/>.</summary>
    Int32,

    /// <summary>A binary column whose data lives in the stream <c>Table.Key</c>; values are that stream name.</summary>
    Stream,
}
