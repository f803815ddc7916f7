using System.Diagnostics;

namespace OutlookAnywhere.Transforms.Tests;

/// <summary>
/// Stand-ins for the kit's packages, built once per test run with wixl from Fixtures/DivisionTarget.wxs:
/// <see cref="Folder"/> holds OutlookAnywhere.Server.msi and OutlookAnywhere.Client.msi (the real
/// UpgradeCodes and feature ids), <see cref="OtherProductServer"/> is a server-like package of another
/// product. Without wixl the tests fail with the install command; they never skip.
/// </summary>
public static class FixturePackages
{
    public const string ServerUpgradeCode = "{6F1A4C2E-3B5D-4E8F-9A01-2C3D4E5F6A7B}";
    public const string ClientUpgradeCode = "{2B4D6F8A-0C1E-4A3B-9D5F-7A9C1E3B5D7F}";
    public const string OtherUpgradeCode = "{0D0D0D0D-1111-4222-8333-444444444444}";

    private static readonly Lazy<string> Built = new(BuildAll);

    /// <summary>The folder to pass as <c>--packages</c>.</summary>
    public static string Folder => Built.Value;

    public static string Server => Path.Combine(Folder, "OutlookAnywhere.Server.msi");
    public static string Client => Path.Combine(Folder, "OutlookAnywhere.Client.msi");
    public static string OtherProductServer => Path.Combine(Folder, "other", "OutlookAnywhere.Server.msi");

    /// <summary>The server package's next release: same UpgradeCode, new ProductCode and version.</summary>
    public static string NextServerRelease => Path.Combine(Folder, "next", "OutlookAnywhere.Server.msi");

    private static string BuildAll()
    {
        var folder = Path.Combine(Path.GetTempPath(), "oa-transform-tests-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        };
        Wixl(Path.Combine(folder, "OutlookAnywhere.Server.msi"), "{11111111-0000-4000-8000-000000000001}", "1.0.0", ServerUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        Wixl(Path.Combine(folder, "OutlookAnywhere.Client.msi"), "{11111111-0000-4000-8000-000000000002}", "1.0.0", ClientUpgradeCode, "ClientSettings", "PROFILE_NAME", "Outlook Anywhere");
        Wixl(Path.Combine(folder, "other", "OutlookAnywhere.Server.msi"), "{11111111-0000-4000-8000-000000000003}", "1.0.0", OtherUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        Wixl(Path.Combine(folder, "next", "OutlookAnywhere.Server.msi"), "{11111111-0000-4000-8000-000000000004}", "1.1.0", ServerUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        return folder;
    }

    private static void Wixl(string output, string productCode, string version, string upgradeCode, string featureId, string property, string value)
    {
        const string wixl = "/usr/bin/wixl";
        if (!File.Exists(wixl)) Assert.Fail($"{wixl} not found: the transform tests build small packages with it; install it with: sudo apt-get install wixl msitools");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var start = new ProcessStartInfo(wixl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-a", "x64", "-o", output,
            "-D", $"ProductCode={productCode.Trim('{', '}')}", "-D", $"Version={version}", "-D", $"UpgradeCode={upgradeCode.Trim('{', '}')}",
            "-D", $"FeatureId={featureId}", "-D", $"ExistingProperty={property}", "-D", $"ExistingValue={value}",
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "DivisionTarget.wxs"),
        }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wixl");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) Assert.Fail($"wixl exited with {process.ExitCode} for {output}:\n{error.Result}");
    }
}
