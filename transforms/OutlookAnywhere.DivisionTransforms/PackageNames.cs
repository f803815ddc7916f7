using OutlookAnywhere.Logic;

namespace OutlookAnywhere.DivisionTransforms;

/// <summary>How each package is named: in division files, in the packages folder and in transform file names.</summary>
public static class PackageNames
{
    public static IReadOnlyList<PackageKind> All { get; } = [PackageKind.Server, PackageKind.Client];

    /// <summary>The section of a division file, and the middle part of <c>head-office.server.mst</c>.</summary>
    public static string SectionOf(PackageKind package) => package == PackageKind.Server ? "server" : "client";

    /// <summary>
    /// The start of the package files the packaging tool writes, one per platform: OutlookAnywhere.Client-x86.msi,
    /// OutlookAnywhere.Client-x64.msi (installer/OutlookAnywhere.Packaging, PackageDefinition).
    /// </summary>
    public static string FileStemOf(PackageKind package) =>
        package == PackageKind.Server ? "OutlookAnywhere.Server" : "OutlookAnywhere.Client";

    /// <summary>The file pattern of a package's platform builds in a packages folder.</summary>
    public static string FilePatternOf(PackageKind package) => $"{FileStemOf(package)}-*.msi";

    /// <summary>The package files of one kind in <paramref name="folder"/>, by name (x64 after x86).</summary>
    public static IReadOnlyList<string> PackageFilesIn(string folder, PackageKind package) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, FilePatternOf(package)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The transform of a division for every platform build of a package: head-office.client.mst.</summary>
    public static string TransformFileOf(string division, PackageKind package) => $"{division}.{SectionOf(package)}.mst";

    /// <summary>
    /// The transform of a division for one platform build (when the transform validates the ProductCode, which differs
    /// between the builds): head-office.client-x64.mst for OutlookAnywhere.Client-x64.msi.
    /// </summary>
    public static string TransformFileOf(string division, PackageKind package, string packageFile)
    {
        var name = Path.GetFileNameWithoutExtension(packageFile);
        return $"{division}.{SectionOf(package)}{name[FileStemOf(package).Length..]}.mst";
    }

    public static IList<PropertyDefinition> DefinitionsOf(PackageKind package) =>
        package == PackageKind.Server ? ServerProperties.Definitions : ClientProperties.Definitions;
}
