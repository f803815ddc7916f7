using System.Text;

namespace OutlookAnywhere.Packaging.Generated;

/// <summary>
/// A committed source file (or a marked block of one) generated from the logic library.
/// </summary>
/// <param name="Path">Relative to the repository root, with '/'.</param>
/// <param name="Generate">The whole new text, given the committed text (so a generator can replace only its block).</param>
/// <param name="Encoding">How the file is written; UTF-8 without a byte order mark unless the consumer needs otherwise.</param>
public sealed record GeneratedFile(string Path, Func<string, string> Generate, Encoding? Encoding = null)
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(false);
    /// <summary>UTF-16LE with a byte order mark (reg.exe's "Version 5.00" files).</summary>
    public static Encoding Utf16 { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);

    public Encoding FileEncoding => Encoding ?? Utf8;

    /// <summary>The committed text (empty when the file does not exist yet) and what the generator makes of it.</summary>
    public (string Committed, string Generated) Compare(string repoRoot)
    {
        var full = System.IO.Path.Combine(repoRoot, Path);
        var committed = File.Exists(full) ? File.ReadAllText(full) : "";
        return (committed, Generate(committed));
    }
}
