namespace OutlookAnywhere.Logic;

/// <summary>
/// PRF <c>OverwriteProfile</c>: what Outlook does when a profile named <c>ProfileName</c> exists.
/// Yes = replace it, No = leave it and create nothing, Append = add the account to it.
/// </summary>
public enum ProfileOverwrite { Yes, No, Append }
