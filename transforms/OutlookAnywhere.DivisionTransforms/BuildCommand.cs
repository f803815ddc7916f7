using OutlookAnywhere.Logic;
using OutlookAnywhere.Msi;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>
/// <c>build</c>: validates the division files, then writes one transform per division and package section, all or nothing.
/// A package is built for several platforms (OutlookAnywhere.Client-x86.msi, -x64.msi) from one source. Its transform
/// validates UpgradeCode and language, not the platform, and leaves the platform out of its Template (Windows Installer
/// SDK, Template Summary: blank when no validation relies on it), so one transform fits every platform build: it is made
/// from the first and must make the same changes to each of the others (checked here, else nothing is written). With
/// <c>--validate-product-code</c> a transform is tied to one build's ProductCode, so each platform gets its own
/// (head-office.client-x64.mst).
/// </summary>
public static class BuildCommand
{
    public static int Run(CommandLine command, TextWriter output)
    {
        var packagesFolder = command.RequiredOption("--packages");
        var outFolder = command.RequiredOption("--out");
        var settings = command.Switch("--validate-product-code") ? TransformSettings.Default.WithProductCode() : TransformSettings.Default;
        var divisions = ValidateCommand.ReadAll(command.Option("--divisions") ?? DivisionCatalog.DefaultFolder, command.Positionals);

        var packages = new Dictionary<PackageKind, IReadOnlyList<(string Name, MsiDatabase Database)>>();
        var errors = new List<DivisionError>();
        var staged = new StagedOutput(outFolder);
        foreach (var division in divisions)
        {
            foreach (var section in division.Sections)
            {
                if (!packages.TryGetValue(section.Package, out var builds))
                    packages[section.Package] = builds = OpenPackages(packagesFolder, section.Package);
                if (settings.Validation.HasFlag(TransformValidation.Product))
                {
                    foreach (var (name, database) in builds)
                        if (DivisionTransform.Build(division, section, database, name, settings, errors) is { } bytes)
                            staged.Add(PackageNames.TransformFileOf(division.Division, section.Package, name), bytes);
                }
                else if (BuildForEveryPlatform(division, section, builds, settings, errors) is { } bytes)
                {
                    staged.Add(PackageNames.TransformFileOf(division.Division, section.Package), bytes);
                }
            }
        }
        if (errors.Count > 0) throw new InvalidInputException(errors.Select(e => e.Message).ToList());
        foreach (var path in staged.Commit()) output.WriteLine($"wrote {path}");
        return ExitCode.Ok;
    }

    /// <summary>The transform made from the first build, once it fits each other build and changes it as its own would.</summary>
    private static byte[]? BuildForEveryPlatform(DivisionFile division, DivisionSection section,
        IReadOnlyList<(string Name, MsiDatabase Database)> builds, TransformSettings settings, List<DivisionError> errors)
    {
        var (firstName, first) = builds[0];
        var bytes = DivisionTransform.Build(division, section, first, firstName, settings, errors, anyPlatform: true);
        if (bytes is null) return null;
        foreach (var (name, database) in builds.Skip(1))
        {
            var own = DivisionTransform.Build(division, section, database, name, settings, errors, anyPlatform: true);
            if (own is null) return null;
            var transformName = PackageNames.TransformFileOf(division.Division, section.Package);
            var shared = TransformReader.Read(database, bytes, transformName);
            var problems = TransformCheck.Problems(database, name, shared, transformName);
            var expected = TransformReader.Read(database, own, transformName).Changes.Select(c => c.ToString()).ToList();
            var actual = shared.Changes.Select(c => c.ToString()).ToList();
            if (!expected.SequenceEqual(actual))
                problems = [.. problems, $"the transform made from {firstName} changes {name} otherwise than one made from {name}: " +
                    $"{string.Join("; ", actual.Except(expected).Concat(expected.Except(actual)).Take(3))}"];
            foreach (var problem in problems)
                errors.Add(new DivisionError(division.Path, section.Name, null, $"cannot share one transform between {firstName} and {name}: {problem}"));
            if (problems.Count > 0) return null;
        }
        return bytes;
    }

    /// <summary>Every platform build of a package in the folder (OutlookAnywhere.Client-*.msi), by name.</summary>
    public static IReadOnlyList<(string Name, MsiDatabase Database)> OpenPackages(string folder, PackageKind package)
    {
        var files = PackageNames.PackageFilesIn(folder, package);
        if (files.Count == 0)
            throw new InvalidInputException($"{Path.Combine(folder, PackageNames.FilePatternOf(package))}: no such package (build it first: dotnet build Setup.sln)");
        return files.Select(file => (Path.GetFileName(file), OpenPackage(file))).ToList();
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
