namespace OutlookAnywhere.PackageLint;

/// <summary>The bits of CustomAction.Type that the rules read (Windows Installer SDK, "Custom Action Types").</summary>
internal static class CustomActionType
{
    public const int InScript = 0x400;       // msidbCustomActionTypeInScript: deferred, rollback or commit
    public const int Rollback = 0x100;       // with InScript: runs only on rollback
    public const int Commit = 0x200;         // with InScript: runs only on commit
    private const int ExecutionBits = 0x700; // without InScript, 0x100/0x200 mean FirstSequence/OncePerProcess instead

    public static bool IsInScript(int type) => (type & InScript) != 0;

    public static bool IsRollback(int type) => (type & ExecutionBits) == (InScript | Rollback);

    public static bool IsCommit(int type) => (type & ExecutionBits) == (InScript | Commit);

    /// <summary>Deferred in the narrow sense: runs in the script on a normal install (not rollback-only, not commit-only).</summary>
    public static bool IsDeferred(int type) => IsInScript(type) && !IsRollback(type) && !IsCommit(type);

    public static int WithRollbackBits(int type) => (type & ~ExecutionBits) | InScript | Rollback;

    public static int WithCommitBits(int type) => (type & ~ExecutionBits) | InScript | Commit;

    private static int CodeKind(int type) => type & 0x07;   // 1 DLL, 2 EXE, 3 text/data, 5 JScript, 6 VBScript, 7 nested install
    private static int SourceKind(int type) => type & 0x30; // 0x00 Binary table, 0x10 File, 0x20 Directory, 0x30 Property

    /// <summary>Types 1, 2, 5, 6: the Source column names a Binary row.</summary>
    public static bool SourceIsBinary(int type) => SourceKind(type) == 0x00 && CodeKind(type) is 1 or 2 or 5 or 6;

    /// <summary>Types 35 and 51: sets a directory or property; never runs code.</summary>
    public static bool SetsPropertyOrDirectory(int type) => CodeKind(type) == 3 && SourceKind(type) is 0x20 or 0x30;

    /// <summary>
    /// The Target column is a formatted string (its [PROPERTY] references are resolved):
    /// EXE command lines (2, 18, 34, 50), error text (19), directory and property values (35, 51).
    /// For DLL and script actions Target is an entry-point name.
    /// </summary>
    public static bool TargetIsFormatted(int type) =>
        CodeKind(type) == 2 || (CodeKind(type) == 3 && SourceKind(type) is 0x10 or 0x20 or 0x30);
}
