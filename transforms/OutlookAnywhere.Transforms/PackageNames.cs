using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Transforms;

/// <summary>How each package is named: in division files, in the packages folder and in transform file names.</summary>
public static class PackageNames
{
    public static IReadOnlyList<PackageKind> All { get; } = [PackageKind.Server, PackageKind.Client];

    /// <summary>The section of a division file, and the middle part of <c>head-office.server.mst</c>.</summary>
    public static string SectionOf(PackageKind package) => package == PackageKind.Server ? "server" : "client";

    /// <summary>The package file the packaging tool writes.</summary>
    public static string PackageFileOf(PackageKind package) =>
        package == PackageKind.Server ? "OutlookAnywhere.Server.msi" : "OutlookAnywhere.Client.msi";

    public static string TransformFileOf(string division, PackageKind package) => $"{division}.{SectionOf(package)}.mst";

    public static IReadOnlyList<PropertyDefinition> DefinitionsOf(PackageKind package) =>
        package == PackageKind.Server ? ServerProperties.Definitions : ClientProperties.Definitions;
}
