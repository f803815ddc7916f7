namespace OutlookAnywhere.Msi;

/// <summary>
/// Transform validation flags (MSITRANSFORM_VALIDATE_*), stored in the high word of the
/// transform's PID_CHARCOUNT. They say what Windows Installer checks before it applies the
/// transform. See <see cref="TransformValidationRules"/> for which flags need which others.
/// </summary>
[Flags]
public enum TransformValidation
{
    /// <summary>No checks.</summary>
    None = 0,
    /// <summary>The package language must match the transform's Template language.</summary>
    Language = 0x0001,
    /// <summary>The ProductCode must match the base package's.</summary>
    Product = 0x0002,
    /// <summary>The platform must match (Windows Installer does not check it in practice).</summary>
    Platform = 0x0004,
    /// <summary>Compare the major version only.</summary>
    MajorVersion = 0x0008,
    /// <summary>Compare major and minor versions.</summary>
    MinorVersion = 0x0010,
    /// <summary>Compare major, minor and update versions.</summary>
    UpdateVersion = 0x0020,
    /// <summary>Installed version &lt; base version.</summary>
    NewLessBaseVersion = 0x0040,
    /// <summary>Installed version &lt;= base version.</summary>
    NewLessEqualBaseVersion = 0x0080,
    /// <summary>Installed version = base version.</summary>
    NewEqualBaseVersion = 0x0100,
    /// <summary>Installed version &gt;= base version.</summary>
    NewGreaterEqualBaseVersion = 0x0200,
    /// <summary>Installed version &gt; base version.</summary>
    NewGreaterBaseVersion = 0x0400,
    /// <summary>The UpgradeCode must match the base package's.</summary>
    UpgradeCode = 0x0800,

    /// <summary>
    /// The kit's default: same product family (UpgradeCode) and language, but not the exact
    /// ProductCode, so one division transform keeps working across major upgrades.
    /// </summary>
    Default = UpgradeCode | Language,
}
