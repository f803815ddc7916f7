using OutlookAnywhere.Msi;
using OutlookAnywhere.PackageLint;

namespace OutlookAnywhere.Packaging;

/// <summary>
/// wixl, then the post-build tables (installer/PostBuild/*.sql), then the lint; the package reaches the
/// output folder only when all three succeed, so the folder never holds a half-made package.
/// </summary>
public sealed class PackageBuilder(string repoRoot, string outputFolder, string version, TextWriter log)
{
    public string? ActionsProgram { get; init; }

    public string Build(PackageDefinition package, PackagePlatform platform)
    {
        Directory.CreateDirectory(outputFolder);
        var outputFile = package.OutputFileOf(platform);
        var target = Path.Combine(outputFolder, outputFile);
        File.Delete(target); // a failed build must not leave the previous package looking current

        var stage = Path.Combine(outputFolder, "obj", $"{package.Name}-{platform.Name}");
        if (Directory.Exists(stage)) Directory.Delete(stage, recursive: true);
        Directory.CreateDirectory(stage);
        StagePayload(package, stage, platform);

        var built = Path.Combine(stage, outputFile);
        var defines = platform.Variables.SelectMany(v => new[] { "-D", $"{v.Key}={v.Value}" });
        ExternalTool.Run("wixl", ["-a", platform.Name, "-D", $"ProductVersion={version}", "-D", $"ActiveSetupVersion={ActiveSetupVersion(version)}",
                .. defines, "-o", built, Path.Combine(repoRoot, package.Source)],
            workingDirectory: stage, environment: new Dictionary<string, string> { ["G_DEBUG"] = "fatal-warnings" });

        // msibuild runs its -q statements in order and commits once: a batch per call keeps hundreds of dialog rows fast.
        var statements = new[] { package.PostBuild, package.Dialogs }.OfType<string>()
            .SelectMany(file => PostBuildStatements.Read(Path.Combine(repoRoot, file), platform.Variables)).ToList();
        foreach (var batch in statements.Chunk(200))
            ExternalTool.Run("msibuild", [built, .. batch.SelectMany(statement => new[] { "-q", statement })]);

        using (var database = MsiDatabase.Open(built))
        {
            var findings = PackageLinter.Check(database);
            if (findings.Count > 0)
                throw new PackagingException($"Package lint failed for {outputFile}:\n  " + string.Join("\n  ", findings));
        }

        File.Move(built, target, overwrite: true);
        log.WriteLine($"{target} ({new FileInfo(target).Length / 1024} KiB)");
        return target;
    }

    /// <summary>
    /// Active Setup compares Version as up to four comma-separated numbers: 1.0.41 becomes 1,0,41,0, so each new product
    /// version runs the per-user repair again for every user.
    /// </summary>
    public static string ActiveSetupVersion(string productVersion) => string.Join(',', productVersion.Split('.').Append("0").Take(4));

    /// <summary>wixl resolves File/@Source and Binary/@SourceFile against its working directory: the stage.</summary>
    private void StagePayload(PackageDefinition package, string stage, PackagePlatform platform)
    {
        File.Copy(Path.Combine(repoRoot, "README.md"), Path.Combine(stage, "README.md"));
        // installer/ProgramsAndFeatures.wxi: the Programs and Features icon of every package.
        File.Copy(Path.Combine(repoRoot, "installer", "ProductIcon.ico"), Path.Combine(stage, "ProductIcon.ico"));
        foreach (var file in package.Payload ?? [])
        {
            var source = Path.Combine(repoRoot, file);
            if (!File.Exists(source)) throw new PackagingException($"{package.Name} package: payload file {source} does not exist.");
            File.Copy(source, Path.Combine(stage, Path.GetFileName(file)));
        }
        if (!package.NeedsActions) return;

        var program = ActionsProgram ?? Path.Combine(outputFolder, "obj", "actions", "oa-server.exe");
        if (!File.Exists(program))
            throw new PackagingException($"The custom-action program {program} does not exist: build customactions/OutlookAnywhere.CustomActions first (dotnet build Setup.sln does).");
        File.Copy(program, Path.Combine(stage, "oa-server.exe"));
        // Its configuration (supported runtime and profile) is installed next to it.
        var configuration = program + ".config";
        if (!File.Exists(configuration)) throw new PackagingException($"{configuration} does not exist: it is built with the program.");
        File.Copy(configuration, Path.Combine(stage, "oa-server.exe.config"));

        // The shim is native code: the 32-bit (i686) build for the x86 package, the 64-bit one for the x64 package.
        var (variable, compiler) = platform.Is64Bit ? ("OA_MINGW_GCC", "x86_64-w64-mingw32-gcc") : ("OA_MINGW_GCC_X86", "i686-w64-mingw32-gcc");
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } custom) compiler = custom;
        var shim = Path.Combine(repoRoot, "customactions", "Shim");
        // The program rides inside the shim as its OA_PROGRAM resource: the custom actions write it out themselves
        // rather than run a file an earlier action left (customactions/Shim/oa_shim.c, docs/server-runtime.md).
        // windres sits next to gcc in every MinGW-w64 toolchain (x86_64-w64-mingw32-windres, MSYS2's windres.exe).
        var windres = Path.Combine(Path.GetDirectoryName(compiler) ?? "", ReplaceLast(Path.GetFileName(compiler), "gcc", "windres"));
        File.WriteAllText(Path.Combine(stage, "oa_shim.rc"), "OA_PROGRAM RCDATA \"oa-server.exe\"\n");
        ExternalTool.Run(windres, ["-i", "oa_shim.rc", "-o", "oa_shim_rc.o"], workingDirectory: stage);
        ExternalTool.Run(compiler, ["-O2", "-s", "-Wall", "-Werror", "-municode", "-shared", "-o", Path.Combine(stage, "oa_shim.dll"),
            Path.Combine(shim, "oa_shim.c"), Path.Combine(shim, "oa_shim.def"), Path.Combine(stage, "oa_shim_rc.o"),
            "-lmsi", "-ladvapi32", "-static-libgcc", "-Wl,--kill-at"]);
    }

    private static string ReplaceLast(string text, string what, string with)
    {
        var at = text.LastIndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + with + text[(at + what.Length)..];
    }
}
