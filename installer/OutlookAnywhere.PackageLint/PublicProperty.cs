namespace OutlookAnywhere.PackageLint;

/// <summary>
/// Which property names are the package's own public interface: UPPERCASE names that a command line or a
/// transform can set, minus Windows Installer's standard properties (the installer handles those itself).
/// </summary>
internal static class PublicProperty
{
    // From the Windows Installer "Property Reference": the UPPERCASE properties the installer defines or
    // always passes to the execute sequence. Listing one of these in SecureCustomProperties is never needed.
    private static readonly HashSet<string> StandardNames = new(StringComparer.Ordinal)
    {
        "ACTION", "ADDDEFAULT", "ADDLOCAL", "ADDSOURCE", "ADMINUSER", "ADVERTISE", "ALLUSERS", "COMPADDDEFAULT",
        "COMPADDLOCAL", "COMPADDSOURCE", "COMPANYNAME", "DEFAULTUIFONT", "DISABLEADVTSHORTCUTS", "DISABLEMEDIA",
        "DISABLEROLLBACK", "EXECUTEACTION", "EXECUTEMODE", "FASTOEM", "FILEADDDEFAULT", "FILEADDLOCAL",
        "FILEADDSOURCE", "INSTALLLEVEL", "LIMITUI", "LOGACTION", "MEDIAPACKAGEPATH", "MSIARPSETTINGSIDENTIFIER",
        "MSIDEPLOYMENTCOMPLIANT", "MSIDISABLEEEUI", "MSIDISABLELUAPATCHING", "MSIDISABLERMRESTART",
        "MSIENFORCEUPGRADECOMPONENTRULES", "MSIFASTINSTALL", "MSIINSTALLPERUSER", "MSIINSTANCEGUID",
        "MSILOGFILELOCATION", "MSILOGGINGMODE", "MSINEWINSTANCE", "MSINODISABLEMEDIA",
        "MSIPACKAGEDOWNLOADLOCALCOPY", "MSIPATCHDOWNLOADLOCALCOPY", "MSIPATCHREMOVE", "MSIRESTARTMANAGERCONTROL",
        "MSIRMSHUTDOWN", "MSIUNINSTALLSUPERSEDEDCOMPONENTS", "MSIUSEREALADMINDETECTION", "NOCOMPANYNAME",
        "NOUSERNAME", "PATCH", "PATCHNEWPACKAGECODE", "PATCHNEWSUMMARYCOMMENTS", "PATCHNEWSUMMARYSUBJECT",
        "PIDKEY", "PIDTEMPLATE", "PRIMARYFOLDER", "PRODUCTLANGUAGE", "PROMPTROLLBACKCOST", "REBOOT",
        "REBOOTPROMPT", "REINSTALL", "REINSTALLMODE", "REMOVE", "RESUME", "ROOTDRIVE", "SECONDSEQUENCE",
        "SEQUENCE", "SHORTFILENAMES", "SOURCEDIR", "SOURCELIST", "TARGETDIR", "TRANSFORMS",
        "TRANSFORMSATSOURCE", "TRANSFORMSSECURE", "UPGRADINGPRODUCTCODE", "USERNAME",
    };

    /// <summary>Public by Windows Installer's rule: no lowercase letter. Here also only letters, digits, underscore.</summary>
    public static bool IsPublicName(string name) =>
        name.Length > 0
        && char.IsAsciiLetterUpper(name[0])
        && name.All(character => char.IsAsciiLetterUpper(character) || char.IsAsciiDigit(character) || character == '_');

    /// <summary>A public name the package itself defines the meaning of, so it must be made secure if read at execute time.</summary>
    public static bool IsPackageDefined(string name) =>
        IsPublicName(name) && !StandardNames.Contains(name) && !name.StartsWith("ARP", StringComparison.Ordinal);
}
