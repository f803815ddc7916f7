namespace OutlookAnywhere.Msi;

/// <summary>
/// Thrown when a Compound File, MSI database, summary information stream or transform is malformed.
/// The message names the input (file name or the name given for an in-memory buffer) and what is wrong.
/// </summary>
public sealed class MsiFormatException : Exception
{
    /// <summary>Creates the exception; <paramref name="source"/> names the file or buffer.</summary>
    public MsiFormatException(string source, string problem)
        : base($"{source}: {problem}")
    {
        InputName = source;
        Problem = problem;
    }

    /// <summary>Creates the exception with the exception that revealed the problem.</summary>
    public MsiFormatException(string source, string problem, Exception inner)
        : base($"{source}: {problem}", inner)
    {
        InputName = source;
        Problem = problem;
    }

    /// <summary>The file name, or the name given for an in-memory buffer.</summary>
    public string InputName { get; }

    /// <summary>What is wrong, without the input name.</summary>
    public string Problem { get; }
}
