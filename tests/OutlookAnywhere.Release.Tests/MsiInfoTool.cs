namespace OutlookAnywhere.Release.Tests;

/// <summary>Reads a package or transform with msitools (msiinfo), independently of the kit's own MSI reader.</summary>
public static class MsiInfoTool
{
    public static IReadOnlyDictionary<string, string> Properties(string package) => Rows(package, "Property").ToDictionary(r => r[0], r => r[1]);

    /// <summary>
    /// The rows of a table as exported (three header lines skipped); empty when the table does not exist. Run in a
    /// temporary folder: msiinfo writes a table's binary cells to files under its working directory.
    /// </summary>
    public static IReadOnlyList<string[]> Rows(string package, string table)
    {
        using var scratch = new TemporaryFolder();
        var result = ProcessRunner.Run("msiinfo", ["export", Path.GetFullPath(package), table], workingDirectory: scratch.Path);
        if (result.ExitCode != 0) return [];
        return result.Output.Split('\n').Skip(3).Where(l => l.Length > 0).Select(l => l.TrimEnd('\r').Split('\t')).ToList();
    }

    /// <summary>A line of <c>msiinfo suminfo</c>, e.g. "Revision number (UUID)" or "Template".</summary>
    public static string Summary(string path, string label)
    {
        var output = ProcessRunner.Check("msiinfo", "suminfo", path);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(label + ":", StringComparison.Ordinal))
            ?? throw new InvalidDataException($"msiinfo suminfo {path} has no '{label}':\n{output}");
        return line[(label.Length + 1)..].Trim();
    }

    /// <summary>The ProductCode a transform was made from: the first 38 characters of its Revision number.</summary>
    public static string TransformBaseProductCode(string transform) => Summary(transform, "Revision number (UUID)")[..38];
}
