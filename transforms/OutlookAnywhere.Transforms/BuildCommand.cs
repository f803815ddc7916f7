using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Transforms;

/// <summary><c>build</c>: validates the division files, then writes one transform per division and package section, all or nothing.</summary>
public static class BuildCommand
{
    public static int Run(CommandLine command, TextWriter output)
    {
        var packagesFolder = command.RequiredOption("--packages");
        var outFolder = command.RequiredOption("--out");
        var settings = command.Switch("--validate-product-code") ? TransformSettings.Default.WithProductCode() : TransformSettings.Default;
        var divisions = ValidateCommand.ReadAll(command.Option("--divisions") ?? DivisionCatalog.DefaultFolder, command.Positionals);

        var packages = new Dictionary<PackageKind, MsiDatabase>();
        var errors = new List<DivisionError>();
        var staged = new StagedOutput(outFolder);
        foreach (var division in divisions)
        {
            foreach (var section in division.Sections)
            {
                var packageName = PackageNames.PackageFileOf(section.Package);
                if (!packages.TryGetValue(section.Package, out var package))
                    packages[section.Package] = package = OpenPackage(Path.Combine(packagesFolder, packageName));
                var bytes = DivisionTransform.Build(division, section, package, packageName, settings, errors);
                if (bytes is not null) staged.Add(PackageNames.TransformFileOf(division.Division, section.Package), bytes);
            }
        }
        if (errors.Count > 0) throw new InvalidInputException(errors.Select(e => e.Message).ToList());
        foreach (var path in staged.Commit()) output.WriteLine($"wrote {path}");
        return ExitCode.Ok;
    }

    public static MsiDatabase OpenPackage(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such package (build it first: dotnet build Setup.sln)");
        try
        {
            return MsiDatabase.Open(path);
        }
        catch (Exception e) when (e is MsiFormatException or IOException or InvalidDataException)
        {
            throw new InvalidInputException($"{path}: not a readable Windows Installer package: {e.Message}");
        }
    }
}
