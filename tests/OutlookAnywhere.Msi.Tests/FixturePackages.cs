namespace OutlookAnywhere.Msi.Tests;

/// <summary>
/// Builds the .wxs files under Fixtures/ with wixl into one temp folder per test run, once per
/// fixture, and hands out their paths.
/// </summary>
internal static class FixturePackages
{
    /// <summary>Bytes of the Binary-table payload the Registry fixture embeds.</summary>
    public static readonly byte[] Payload = [0x4D, 0x5A, 0x90, 0x00, (byte)'p', (byte)'a', (byte)'y', 0x00, 0x01, 0x02, 0xFF, 0x0D, 0x0A, 0x09];

    private static readonly object Gate = new();
    private static readonly Dictionary<string, string> Built = new();
    private static readonly Lazy<string> Folder = new(() =>
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "oa-msi-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        // Packages are rebuilt on every run; nothing needs to survive the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
        };
        File.WriteAllBytes(System.IO.Path.Combine(dir, "payload.bin"), Payload);
        return dir;
    });

    public static string TempFolder => Folder.Value;

    public static string[] All => ["Registry", "Minimal", "TransformTarget"];

    /// <summary>Path of the package built from Fixtures/<paramref name="name"/>.wxs.</summary>
    public static string Path(string name)
    {
        lock (Gate)
        {
            if (Built.TryGetValue(name, out var existing)) return existing;
            string source = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".wxs");
            Assert.True(File.Exists(source), $"fixture {source} is missing");
            string wxs = System.IO.Path.Combine(TempFolder, name + ".wxs");
            File.Copy(source, wxs, overwrite: true);
            string msi = System.IO.Path.Combine(TempFolder, name + ".msi");
            Msitools.Run("wixl", TempFolder, "-a", "x64", "-o", msi, wxs);
            Built[name] = msi;
            return msi;
        }
    }

    /// <summary>A fresh copy of a fixture package that a test may modify.</summary>
    public static string Copy(string name)
    {
        string copy = System.IO.Path.Combine(TempFolder, $"{name}-{Guid.NewGuid():N}.msi");
        File.Copy(Path(name), copy);
        return copy;
    }

    /// <summary>A new file name in the temp folder.</summary>
    public static string NewFile(string extension) => System.IO.Path.Combine(TempFolder, Guid.NewGuid().ToString("N") + extension);
}
