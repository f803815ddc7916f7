namespace OutlookAnywhere.DivisionTransforms;

/// <summary>The tool's exit codes, as documented in <c>--help</c> and the README.</summary>
public static class ExitCode
{
    /// <summary>Done (or, for <c>show</c>, the transform matches the package).</summary>
    public const int Ok = 0;

    /// <summary>A division file, package or transform is invalid; nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong (unknown verb or option, missing argument).</summary>
    public const int Usage = 2;
}
