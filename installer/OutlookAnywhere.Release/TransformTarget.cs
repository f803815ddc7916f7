using OutlookAnywhere.Msi;
using OutlookAnywhere.DivisionTransforms;

namespace OutlookAnywhere.Release;

/// <summary>
/// Which package each transform belongs to, read from the transform itself: BuiltFrom is the package whose ProductCode
/// its summary names as its base; Fits lists every package the transform tool's own check (UpgradeCode, language,
/// version flags, and a trial application) accepts it for. No file names are assumed.
/// </summary>
public sealed record TransformTarget(string Path, string BuiltFrom, IReadOnlyList<string> Fits, string Sha256)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public static IReadOnlyList<TransformTarget> Find(IReadOnlyList<ReleasePackage> packages, IEnumerable<string> transformPaths)
    {
        var result = new List<TransformTarget>();
        foreach (var path in transformPaths.Order(StringComparer.Ordinal))
        {
            string? builtFrom = null;
            var fits = new List<string>();
            foreach (var package in packages)
            {
                using var database = ReleasePackage.OpenDatabase(package.Path);
                TransformContents transform;
                try
                {
                    transform = TransformReader.Read(database, path);
                }
                catch (Exception e) when (e is MsiFormatException or IOException or InvalidDataException or InvalidOperationException)
                {
                    throw new ReleaseException($"{path}: not a readable transform: {e.Message}");
                }
                if (string.Equals(TransformCheck.TargetOf(transform).ProductCode, package.ProductCode, StringComparison.OrdinalIgnoreCase))
                    builtFrom = package.FileName;
                if (TransformCheck.Problems(database, package.FileName, transform, System.IO.Path.GetFileName(path)).Count == 0)
                    fits.Add(package.FileName);
            }
            if (builtFrom is null || !fits.Contains(builtFrom))
                throw new ReleaseException(
                    $"{path}: made for no package in this folder (its base ProductCode matches {(builtFrom ?? "none")}, it fits {(fits.Count == 0 ? "none" : string.Join(", ", fits))} of {string.Join(", ", packages.Select(p => p.FileName))}): rebuild the transforms against these packages.");
            result.Add(new TransformTarget(path, builtFrom, fits, ReleasePackage.Sha256Of(path)));
        }
        return result;
    }
}
