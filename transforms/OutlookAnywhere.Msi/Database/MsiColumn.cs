namespace OutlookAnywhere.Msi;

/// <summary>A column definition from <c>_Columns</c>.</summary>
public sealed class MsiColumn
{
    /// <summary>Creates a column from its <c>_Columns</c> row.</summary>
    public MsiColumn(string name, int number, int type)
    {
        Name = name;
        Number = number;
        Type = type;
    }

    /// <summary>Column name.</summary>
    public string Name { get; }

    /// <summary>1-based position in the table.</summary>
    public int Number { get; }

    /// <summary>The raw type word (size in the low byte plus <see cref="MsiColumnType"/> flags).</summary>
    public int Type { get; }

    /// <summary>Part of the primary key.</summary>
    public bool IsPrimaryKey => (Type & MsiColumnType.Key) != 0;

    /// <summary>May hold null.</summary>
    public bool IsNullable => (Type & MsiColumnType.Nullable) != 0;

    /// <summary>String, Int16, Int32 or Stream.</summary>
    public MsiColumnKind Kind => MsiColumnType.KindOf(Type);

    /// <summary>Declared size: maximum string length (0 = unlimited), or 2/4 for integers, 0 for streams.</summary>
    public int Size => Type & MsiColumnType.SizeMask;

    /// <summary>Strings in this column are localizable.</summary>
    public bool IsLocalizable => (Type & MsiColumnType.Localizable) != 0;

    /// <summary>The IDT type code as <c>msiinfo export</c> prints it (s72, I2, v0...).</summary>
    public string TypeCode => MsiColumnType.CodeOf(Type);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {TypeCode}";
}
