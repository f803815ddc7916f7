using OutlookAnywhere.Msi;

namespace OutlookAnywhere.PackageLint.Tests.Packages;

/// <summary>
/// An MSI compiled by wixl from a Fixtures/*.wxs file into a temp folder of its own, which a test may then
/// break with msibuild SQL, exactly as the kit's post-build step edits packages.
/// </summary>
internal sealed class FixturePackage : IDisposable
{
    public const string CleanFixture = "Clean.wxs";

    // What the kit's post-build step does for Clean.wxs: wixl cannot write a rollback type (docs/TOOLCHAIN.md §1).
    // 3329 = 0x800 no-impersonate + 0x400 in-script + 0x100 rollback + 1 DLL in Binary.
    public const string SetRollbackBits = "UPDATE CustomAction SET Type=3329 WHERE Action='MergeValidPortsRollback'";

    private readonly string folder;

    private FixturePackage(string folder, string path)
    {
        this.folder = folder;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Clean.wxs as the kit's build would leave it: compiled and post-built. Passes every rule.</summary>
    public static FixturePackage Clean() => Compile(CleanFixture).Edit(SetRollbackBits);

    /// <summary>Compiles a fixture, optionally changing its source text first (a "what if the author wrote ..." variant).</summary>
    public static FixturePackage Compile(string fixture, params (string Find, string Replace)[] sourceEdits) =>
        CompileFor("x64", fixture, sourceEdits);

    /// <summary>As <see cref="Compile"/>, for wixl's platform <paramref name="platform"/> (x86 or x64).</summary>
    public static FixturePackage CompileFor(string platform, string fixture, params (string Find, string Replace)[] sourceEdits)
    {
        var folder = Directory.CreateTempSubdirectory("package-lint-").FullName;
        var source = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        foreach (var (find, replace) in sourceEdits)
        {
            Assert.True(source.Contains(find, StringComparison.Ordinal), $"{fixture} no longer contains '{find}': update the test");
            source = source.Replace(find, replace, StringComparison.Ordinal);
        }

        File.WriteAllText(System.IO.Path.Combine(folder, fixture), source);
        // Payload the fixtures reference; wixl resolves sources against its working directory.
        File.WriteAllText(System.IO.Path.Combine(folder, "readme.txt"), "package lint fixture\n");
        File.WriteAllBytes(System.IO.Path.Combine(folder, "validports.dll"), "MZ"u8.ToArray());

        var output = System.IO.Path.Combine(folder, System.IO.Path.ChangeExtension(fixture, ".msi"));
        Msitools.Run("wixl", folder, "-a", platform, "-D", "ProductVersion=1.0.0", "-o", output, fixture);
        return new FixturePackage(folder, output);
    }

    /// <summary>Applies SQL to the package in place, one msibuild call per statement.</summary>
    public FixturePackage Edit(params string[] statements)
    {
        foreach (var statement in statements)
        {
            Msitools.Run("msibuild", folder, Path, "-q", statement);
        }

        return this;
    }

    public IReadOnlyList<LintFinding> Lint()
    {
        using var package = MsiDatabase.Open(Path);
        return PackageLinter.Check(package);
    }

    /// <summary>The primary key wixl generated for the Registry row that writes <paramref name="valueName"/>.</summary>
    public string RegistryRowWriting(string valueName)
    {
        using var package = MsiDatabase.Open(Path);
        var row = package.GetRequiredTable("Registry").Rows.Single(row => row.GetString("Name") == valueName);
        return row.GetString("Registry")!;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
