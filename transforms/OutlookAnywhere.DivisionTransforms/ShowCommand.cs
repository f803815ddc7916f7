using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary><c>show</c>: prints a transform's changes and flags, and refuses it (exit 1) when it does not fit the package.</summary>
public static class ShowCommand
{
    public static int Run(CommandLine command, TextWriter output, TextWriter error)
    {
        var packagePath = command.RequiredOption("--package");
        if (command.Positionals.Count != 1) throw new UsageException("show needs exactly one TRANSFORM.mst");
        var transformPath = command.Positionals[0];
        var package = BuildCommand.OpenPackage(packagePath);
        if (!File.Exists(transformPath)) throw new InvalidInputException($"{transformPath}: no such transform");
        TransformContents transform;
        try
        {
            transform = TransformReader.Read(package, transformPath);
        }
        catch (Exception e) when (e is MsiFormatException or IOException or InvalidDataException)
        {
            throw new InvalidInputException($"{transformPath}: not a readable transform for {packagePath}: {e.Message}");
        }

        var problems = TransformCheck.Problems(package, Path.GetFileName(packagePath), transform, Path.GetFileName(transformPath));
        output.Write(TransformReport.Render(package, Path.GetFileName(packagePath), transform, Path.GetFileName(transformPath), problems));
        if (problems.Count == 0) return ExitCode.Ok;
        foreach (var problem in problems) error.WriteLine($"{transformPath}: {problem}");
        return ExitCode.InvalidInput;
    }
}
