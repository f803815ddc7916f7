namespace OutlookAnywhere.Msi;

/// <summary>
/// Error conditions Windows Installer ignores while applying a transform (MSITRANSFORM_ERROR_*),
/// stored in the low word of the transform's PID_CHARCOUNT.
/// </summary>
[Flags]
public enum TransformErrorSuppression
{
    /// <summary>Every error condition stops the transform.</summary>
    None = 0,
    /// <summary>Adding a row that exists.</summary>
    AddExistingRow = 0x0001,
    /// <summary>Deleting a row that does not exist.</summary>
    DeleteMissingRow = 0x0002,
    /// <summary>Adding a table that exists.</summary>
    AddExistingTable = 0x0004,
    /// <summary>Deleting a table that does not exist.</summary>
    DeleteMissingTable = 0x0008,
    /// <summary>Updating a row that does not exist.</summary>
    UpdateMissingRow = 0x0010,
    /// <summary>Transform and database codepages differ (and neither is neutral).</summary>
    ChangeCodepage = 0x0020,
}
