namespace OutlookAnywhere.PackageLint;

/// <summary>The sequence tables of a package and the standard actions that bound the install transaction.</summary>
internal static class SequenceTables
{
    public const string InstallExecute = "InstallExecuteSequence";
    public const string AdminExecute = "AdminExecuteSequence";
    public const string InstallUI = "InstallUISequence";
    public const string AdminUI = "AdminUISequence";
    public const string AdvtExecute = "AdvtExecuteSequence";

    public static readonly string[] All = [InstallExecute, InstallUI, AdminExecute, AdminUI, AdvtExecute];

    /// <summary>Execute sequences that write an install script, so deferred actions belong inside their transaction.</summary>
    public static readonly string[] WithTransaction = [InstallExecute, AdminExecute];

    /// <summary>UI sequences run before any script exists: a deferred action can never run there.</summary>
    public static readonly string[] WithoutScript = [InstallUI, AdminUI];

    public const string TransactionStart = "InstallInitialize";
    public const string TransactionEnd = "InstallFinalize";
}
