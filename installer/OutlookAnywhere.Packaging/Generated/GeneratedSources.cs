namespace OutlookAnywhere.Packaging.Generated;

/// <summary>
/// Every source file the packages are built from that is generated from the logic library: committed, so that a review
/// sees what changes in a package, and checked, so that the committed text never drifts from the library. A package
/// with a generator (the client: <see cref="ClientPackageSource"/>) adds its files here.
/// <c>oa-package generate</c> rewrites the stale ones; the package build refuses to run while one is stale.
/// </summary>
public static class GeneratedSources
{
    public static IReadOnlyList<GeneratedFile> All { get; } =
    [
        .. ClientPackageSource.Files,
        new(Dialogs.ClientDialogs.SqlPath, _ => Dialogs.DialogTables.Sql(Dialogs.ClientDialogs.Plan(), nameof(Dialogs.ClientDialogs))),
        new(Dialogs.ServerDialogs.SqlPath, _ => Dialogs.DialogTables.Sql(Dialogs.ServerDialogs.Plan(), nameof(Dialogs.ServerDialogs))),
    ];

    public const string RegenerateCommand =
        "dotnet installer/OutlookAnywhere.Packaging/bin/Release/net10.0/oa-package.dll generate (after dotnet build -p:BuildPackages=false)";

    /// <summary>The generated files whose committed text differs from what their generator makes now.</summary>
    public static IReadOnlyList<GeneratedFile> Stale(string repoRoot) =>
        All.Where(file => file.Compare(repoRoot) is var (committed, generated) && committed != generated).ToList();

    /// <summary>Rewrites every stale file; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string repoRoot)
    {
        var written = new List<string>();
        foreach (var file in All)
        {
            var (committed, generated) = file.Compare(repoRoot);
            if (committed == generated) continue;
            File.WriteAllText(Path.Combine(repoRoot, file.Path), generated, file.FileEncoding);
            written.Add(file.Path);
        }
        return written;
    }
}
