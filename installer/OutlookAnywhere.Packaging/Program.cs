using OutlookAnywhere.Packaging;
using OutlookAnywhere.Packaging.Generated;

// oa-package [--repo DIR] [--out DIR] [--version X.Y.Z] [--package server|client]... [--platform x86|x64]... [--actions PATH]
// Builds the packages, each for each of its platforms (or those selected), into the output folder; exit 0 = all built, 1 = a step failed (message printed), 2 = usage.
// oa-package generate [--repo DIR] [--check]
// Rewrites the sources generated from the logic library (GeneratedSources); --check only lists the stale ones (exit 1 if any).
string? repo = null, output = null, version = null, actions = null;
var selected = new List<string>();
var platforms = new List<PackagePlatform>();
var generate = args.Length > 0 && args[0] == "generate";
var check = false;
for (var i = generate ? 1 : 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    try
    {
        switch (args[i])
        {
            case "--repo": repo = Next(); break;
            case "--out": output = Next(); break;
            case "--version": version = Next(); break;
            case "--package": selected.Add(Next()); break;
            case "--platform": platforms.Add(PackagePlatform.Parse(Next())); break;
            case "--actions": actions = Next(); break;
            case "--check" when generate: check = true; break;
            case "-h" or "--help":
                Console.WriteLine("oa-package [--repo DIR] [--out DIR] [--version X.Y.Z] [--package server|client]... [--platform x86|x64]... [--actions oa-server.exe]");
                Console.WriteLine("oa-package generate [--repo DIR] [--check]   rewrite (or with --check: list) the sources generated from the logic library");
                return 0;
            default: throw new ArgumentException($"Unknown option '{args[i]}'.");
        }
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"oa-package: {e.Message}");
        return 2;
    }
}

repo = Path.GetFullPath(repo ?? FindRepoRoot(Environment.CurrentDirectory));
try
{
    if (generate)
    {
        if (!check)
        {
            foreach (var path in GeneratedSources.Write(repo)) Console.WriteLine($"wrote {path}");
            return 0;
        }
        var stale = GeneratedSources.Stale(repo);
        foreach (var file in stale) Console.Error.WriteLine($"oa-package: {file.Path} is not what the logic library generates");
        return stale.Count == 0 ? 0 : 1;
    }
    // A package built from a stale generated source would not do what the logic library (and its tests) say.
    if (GeneratedSources.Stale(repo) is { Count: > 0 } outdated)
    {
        Console.Error.WriteLine($"oa-package: {string.Join(", ", outdated.Select(f => f.Path))}: not what the logic library generates; regenerate with:\n  {GeneratedSources.RegenerateCommand}");
        return 1;
    }
}
catch (InvalidOperationException e)
{
    // A generator that cannot place its text (a marker removed by hand) names the file.
    Console.Error.WriteLine($"oa-package: {e.Message}");
    return 1;
}
output = Path.GetFullPath(output ?? Path.Combine(repo, "out"));
version ??= File.ReadAllText(Path.Combine(repo, "installer", "version.txt")).Trim();
if (!System.Text.RegularExpressions.Regex.IsMatch(version, @"^\d{1,3}\.\d{1,3}\.\d{1,5}$"))
{
    Console.Error.WriteLine($"oa-package: version '{version}' must be major.minor.build with major and minor at most 255 and build at most 65535, e.g. 1.0.0");
    return 2;
}
var unknown = selected.Except(PackageDefinition.All.Select(p => p.Name)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"oa-package: --package '{unknown[0]}' is not one of: {string.Join(", ", PackageDefinition.All.Select(p => p.Name))}");
    return 2;
}

var chosen = PackageDefinition.All.Where(p => selected.Count == 0 || selected.Contains(p.Name)).ToList();
foreach (var package in chosen.Where(p => selected.Contains(p.Name) && platforms.Count > 0 && !p.Platforms.Intersect(platforms).Any()).Take(1))
{
    Console.Error.WriteLine($"oa-package: the {package.Name} package is built for {string.Join(", ", package.Platforms)} only, not {string.Join(", ", platforms)}");
    return 2;
}

var builder = new PackageBuilder(repo, output, version, Console.Out) { ActionsProgram = actions };
try
{
    foreach (var package in chosen)
        foreach (var platform in package.Platforms.Where(p => platforms.Count == 0 || platforms.Contains(p)))
            builder.Build(package, platform);
    return 0;
}
catch (PackagingException e)
{
    Console.Error.WriteLine($"oa-package: {e.Message}");
    return 1;
}

static string FindRepoRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Setup.sln"))) return dir.FullName;
    throw new InvalidOperationException($"No Setup.sln above {start}: pass --repo.");
}
