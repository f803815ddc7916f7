namespace OutlookAnywhere.Msi;

/// <summary>
/// Bits of a column's type word as stored in <c>_Columns.Type</c> (after removing the 0x8000
/// offset of 16-bit integers): the low byte is the size, then these flags.
/// </summary>
public static class MsiColumnType
{
    /// <summary>Set on every column type Windows Installer writes.</summary>
    public const int Valid = 0x0100;
    /// <summary>The column's strings are translated by localization.</summary>
    public const int Localizable = 0x0200;
    /// <summary>The column holds strings (or, with <see cref="Valid"/> and size 0, a stream).</summary>
    public const int String = 0x0800;
    /// <summary>The column may be null.</summary>
    public const int Nullable = 0x1000;
    /// <summary>The column is part of the primary key.</summary>
    public const int Key = 0x2000;
    /// <summary>The column is temporary (never persisted).</summary>
    public const int Temporary = 0x4000;
    /// <summary>The size part of the type word.</summary>
    public const int SizeMask = 0x00FF;

    /// <summary>True for binary (stream) columns: <c>String | Valid</c> apart from the nullable bit.</summary>
    public static bool IsStream(int type) => (type & ~Nullable) == (String | Valid);

    /// <summary>The kind of values a column of this type holds.</summary>
    public static MsiColumnKind KindOf(int type)
    {
        if (IsStream(type)) return MsiColumnKind.Stream;
        if ((type & String) != 0) return MsiColumnKind.String;
        return (type & SizeMask) <= 2 ? MsiColumnKind.Int16 : MsiColumnKind.Int32;
    }

    /// <summary>
    /// The IDT/<c>msiinfo export</c> type code: s72, S255, l0, L64, i2, I4, v0; lower case means
    /// not nullable.
    /// </summary>
    public static string CodeOf(int type)
    {
        char letter;
        if (IsStream(type)) letter = 'v';
        else if ((type & Localizable) != 0) letter = 'l';
        else if ((type & String) != 0) letter = 's';
        else letter = 'i';
        if ((type & Nullable) != 0) letter = char.ToUpperInvariant(letter);
        return letter + (type & SizeMask).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Builds a type word from the parts.</summary>
    public static int Compose(MsiColumnKind kind, int size, bool nullable, bool key, bool localizable)
    {
        int type = Valid;
        switch (kind)
        {
            case MsiColumnKind.String: type |= String | (size & SizeMask); break;
            case MsiColumnKind.Stream: type |= String; break;
            case MsiColumnKind.Int16: type |= 2; break;
            case MsiColumnKind.Int32: type |= 4; break;
        }
        if (nullable) type |= Nullable;
        if (key) type |= Key;
        if (localizable) type |= Localizable;
        return type;
    }

    /// <summary>Bytes one value takes in a table stream.</summary>
    internal static int StoredWidth(int type, int bytesPerStringReference) => KindOf(type) switch
    {
        MsiColumnKind.Stream => 2,
        MsiColumnKind.String => bytesPerStringReference,
        MsiColumnKind.Int16 => 2,
        _ => 4,
    };
}
