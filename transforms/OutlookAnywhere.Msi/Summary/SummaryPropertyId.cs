namespace OutlookAnywhere.Msi;

/// <summary>Property ids of the summary information property set (Windows Installer SDK, "Summary Property Descriptions").</summary>
public static class SummaryPropertyId
{
    /// <summary>PID_CODEPAGE (VT_I2): codepage of the string properties.</summary>
    public const int Codepage = 1;
    /// <summary>PID_TITLE: "Installation Database", "Transform", "Patch".</summary>
    public const int Title = 2;
    /// <summary>PID_SUBJECT: product name.</summary>
    public const int Subject = 3;
    /// <summary>PID_AUTHOR: manufacturer.</summary>
    public const int Author = 4;
    /// <summary>PID_KEYWORDS.</summary>
    public const int Keywords = 5;
    /// <summary>PID_COMMENTS.</summary>
    public const int Comments = 6;
    /// <summary>PID_TEMPLATE: "platform;language" (of the target, in a transform).</summary>
    public const int Template = 7;
    /// <summary>PID_LASTAUTHOR: in a transform, "platform;language" of the updated database.</summary>
    public const int LastAuthor = 8;
    /// <summary>PID_REVNUMBER: package code; in a transform the product codes, versions and upgrade code.</summary>
    public const int RevisionNumber = 9;
    /// <summary>PID_EDITTIME (VT_FILETIME).</summary>
    public const int EditTime = 10;
    /// <summary>PID_LASTPRINTED (VT_FILETIME).</summary>
    public const int LastPrinted = 11;
    /// <summary>PID_CREATE_DTM (VT_FILETIME).</summary>
    public const int CreateTime = 12;
    /// <summary>PID_LASTSAVE_DTM (VT_FILETIME).</summary>
    public const int LastSaveTime = 13;
    /// <summary>PID_PAGECOUNT (VT_I4): minimum installer version (e.g. 200).</summary>
    public const int PageCount = 14;
    /// <summary>PID_WORDCOUNT (VT_I4): source image flags; in a transform, reserved (0).</summary>
    public const int WordCount = 15;
    /// <summary>PID_CHARCOUNT (VT_I4): in a transform, validation flags (high word) and error-suppression flags (low word).</summary>
    public const int CharacterCount = 16;
    /// <summary>PID_APPNAME: creating application.</summary>
    public const int CreatingApplication = 18;
    /// <summary>PID_SECURITY (VT_I4): 0 none, 2 read-only recommended, 4 read-only enforced.</summary>
    public const int Security = 19;
}
