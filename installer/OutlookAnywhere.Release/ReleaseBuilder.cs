namespace OutlookAnywhere.Release;

/// <summary>
/// Reads every .msi and .mst in the packages folder and writes one .intunewin per package and the release manifest.
/// Everything is read and checked before anything is written.
/// </summary>
public static class ReleaseBuilder
{
    public static ReleaseManifest Build(string packagesFolder, string outputFolder, TextWriter log)
    {
        if (!Directory.Exists(packagesFolder)) throw new ReleaseException($"--packages '{packagesFolder}': no such folder.");
        var packagePaths = Directory.GetFiles(packagesFolder, "*.msi").Order(StringComparer.Ordinal).ToList();
        if (packagePaths.Count == 0) throw new ReleaseException($"--packages '{packagesFolder}': no .msi in it; build the packages first.");
        var packages = packagePaths.Select(ReleasePackage.Read).ToList();
        var duplicate = packages.GroupBy(p => p.ProductCode, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ReleaseException($"{string.Join(" and ", duplicate.Select(p => p.FileName))} have the same ProductCode {duplicate.Key}; every package of a release needs its own.");
        var transforms = TransformTarget.Find(packages, Directory.GetFiles(packagesFolder, "*.mst"));

        Directory.CreateDirectory(outputFolder);
        // Content files of packages no longer built (a renamed package) must not look current.
        foreach (var stale in Directory.GetFiles(outputFolder, "*.intunewin")) File.Delete(stale);
        var intuneWin = new Dictionary<string, string>();
        foreach (var package in packages)
        {
            var fitting = transforms.Where(t => t.Fits.Contains(package.FileName)).Select(t => t.Path).ToList();
            var written = IntuneWinFile.Write(package, fitting, outputFolder);
            intuneWin[package.FileName] = Path.GetFileName(written);
            log.WriteLine($"{written} ({package.FileName} + {fitting.Count} transform(s))");
        }
        var manifest = ReleaseManifest.Create(packages, transforms, intuneWin);
        var manifestPath = Path.Combine(outputFolder, ReleaseManifest.FileName);
        File.WriteAllText(manifestPath, manifest.ToJson());
        log.WriteLine(manifestPath);
        return manifest;
    }
}
