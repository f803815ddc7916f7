namespace OutlookAnywhere.Packaging;

/// <summary>One package the kit builds: its WiX source, its post-build statements and the files wixl picks up.</summary>
/// <param name="Name">Short name used on the command line (server, client).</param>
/// <param name="Source">The .wxs file, relative to the repository root.</param>
/// <param name="PostBuild">The post-build SQL file (one statement per line), relative to the root; null = none.</param>
/// <param name="OutputFile">File name in the output folder; stable once released (deployment rules point at it).</param>
/// <param name="NeedsActions">Whether the package carries oa-server.exe and oa_shim.dll.</param>
/// <param name="Payload">Further files the .wxs installs, relative to the root; staged under their file names.</param>
public sealed record PackageDefinition(string Name, string Source, string? PostBuild, string OutputFile, bool NeedsActions, IReadOnlyList<string>? Payload = null)
{
    public static IReadOnlyList<PackageDefinition> All { get; } =
    [
        new("server", "installer/Server/Server.wxs", "installer/PostBuild/Server.sql", "OutlookAnywhere.Server.msi", NeedsActions: true),
        new("client", "installer/Client/Client.wxs", "installer/PostBuild/Client.sql", "OutlookAnywhere.Client.msi", NeedsActions: false,
            Payload: ["installer/Client/ActiveSetupCleanup.reg"]),
    ];
}
