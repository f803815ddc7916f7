namespace OutlookAnywhere.DivisionTransforms;

/// <summary><c>validate</c>: checks division files, writes nothing.</summary>
public static class ValidateCommand
{
    public static int Run(CommandLine command, TextWriter output)
    {
        var readings = ReadAll(command.Option("--divisions") ?? DivisionCatalog.DefaultFolder, command.Positionals);
        output.WriteLine($"{readings.Count} division file(s) valid");
        return ExitCode.Ok;
    }

    /// <summary>Reads every selected file; throws with every error of every file when any is invalid.</summary>
    public static IReadOnlyList<DivisionFile> ReadAll(string folder, IReadOnlyList<string> names)
    {
        var reader = new DivisionFileReader();
        var readings = DivisionCatalog.Select(folder, names).Select(reader.Read).ToList();
        var errors = readings.SelectMany(r => r.Errors).Select(e => e.Message).ToList();
        if (errors.Count > 0) throw new InvalidInputException(errors);
        return readings.Select(r => r.File!).ToList();
    }
}
