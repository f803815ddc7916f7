namespace OutlookAnywhere.Packaging;

/// <summary>One package the kit builds: its WiX source, its post-build statements, the files wixl picks up and its platforms.</summary>
/// <param name="Name">Short name used on the command line (server, client).</param>
/// <param name="Source">The .wxs file, relative to the repository root.</param>
/// <param name="PostBuild">The post-build SQL file (one statement per line), relative to the root; null = none.</param>
/// <param name="FileStem">Start of the file name in the output folder, e.g. OutlookAnywhere.Client: the platform is appended
/// (OutlookAnywhere.Client-x86.msi); stable once released (deployment rules point at it).</param>
/// <param name="NeedsActions">Whether the package carries oa-server.exe and oa_shim.dll.</param>
/// <param name="Platforms">The platforms this package is built for, one file each.</param>
/// <param name="Payload">Further files the .wxs installs, relative to the root; staged under their file names.</param>
/// <param name="Dialogs">The generated post-build SQL of the package's interactive setup (Dialogs/DialogTables), applied after PostBuild.</param>
public sealed record PackageDefinition(string Name, string Source, string? PostBuild, string FileStem, bool NeedsActions,
    IReadOnlyList<PackagePlatform> Platforms, IReadOnlyList<string>? Payload = null, string? Dialogs = null)
{
    public static IReadOnlyList<PackageDefinition> All { get; } =
    [
        // One AnyCPU program for both; the native shim is built for each platform.
        new("server", "installer/Server/Server.wxs", "installer/PostBuild/Server.sql", "OutlookAnywhere.Server", NeedsActions: true,
            Platforms: [PackagePlatform.X86, PackagePlatform.X64], Dialogs: Packaging.Dialogs.ServerDialogs.SqlPath),
        new("client", "installer/Client/Client.wxs", "installer/PostBuild/Client.sql", "OutlookAnywhere.Client", NeedsActions: false,
            Platforms: [PackagePlatform.X86, PackagePlatform.X64],
            Payload: ["installer/Client/ActiveSetupCleanup.reg"], Dialogs: Packaging.Dialogs.ClientDialogs.SqlPath),
    ];

    public string OutputFileOf(PackagePlatform platform) => $"{FileStem}-{platform.Name}.msi";
}
