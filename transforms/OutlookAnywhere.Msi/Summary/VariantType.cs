namespace OutlookAnywhere.Msi;

/// <summary>The property types ([MS-OLEPS] 2.15) Windows Installer summary information uses.</summary>
internal static class VariantType
{
    public const ushort Empty = 0;
    public const ushort I2 = 2;
    public const ushort I4 = 3;
    public const ushort LpStr = 30;
    public const ushort FileTime = 64;

    /// <summary>The type Windows Installer expects for a summary property id.</summary>
    public static ushort ForProperty(int propertyId, object value) => propertyId switch
    {
        SummaryPropertyId.Codepage => I2,
        SummaryPropertyId.PageCount or SummaryPropertyId.WordCount or SummaryPropertyId.CharacterCount or SummaryPropertyId.Security => I4,
        SummaryPropertyId.EditTime or SummaryPropertyId.LastPrinted or SummaryPropertyId.CreateTime or SummaryPropertyId.LastSaveTime => FileTime,
        _ => value switch
        {
            int => I4,
            DateTime => FileTime,
            _ => LpStr,
        },
    };
}
