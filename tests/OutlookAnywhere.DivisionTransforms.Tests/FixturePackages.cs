namespace OutlookAnywhere.DivisionTransforms.Tests;

/// <summary>
/// Stand-ins for the kit's packages, built once per test run with wixl from Fixtures/DivisionTarget.wxs:
/// <see cref="Folder"/> holds OutlookAnywhere.Server-x64.msi and OutlookAnywhere.Client-x86.msi / -x64.msi (the real
/// UpgradeCodes and feature ids; the two client builds differ in platform and ProductCode, as the kit's do), <see cref="OtherProductServer"/> is a server-like package of another
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

    public static string Server => Path.Combine(Folder, ServerFile);
    public static string Client => Path.Combine(Folder, ClientFile);
    public static string ClientX86 => Path.Combine(Folder, ClientX86File);
    public static string OtherProductServer => Path.Combine(Folder, "other", ServerFile);

    /// <summary>The server package's next release: same UpgradeCode, new ProductCode and version.</summary>
    public static string NextServerRelease => Path.Combine(Folder, "next", ServerFile);

    private const string ServerFile = "OutlookAnywhere.Server-x64.msi";
    private const string ClientFile = "OutlookAnywhere.Client-x64.msi";
    private const string ClientX86File = "OutlookAnywhere.Client-x86.msi";

    private static string BuildAll()
    {
        var folder = Path.Combine(Path.GetTempPath(), "oa-transform-tests-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        };
        Wixl(Path.Combine(folder, ServerFile), "x64", "{11111111-0000-4000-8000-000000000001}", "1.0.0", ServerUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        Wixl(Path.Combine(folder, ClientFile), "x64", "{11111111-0000-4000-8000-000000000002}", "1.0.0", ClientUpgradeCode, "ClientSettings", "PROFILE_NAME", "Outlook Anywhere");
        Wixl(Path.Combine(folder, ClientX86File), "x86", "{11111111-0000-4000-8000-000000000005}", "1.0.0", ClientUpgradeCode, "ClientSettings", "PROFILE_NAME", "Outlook Anywhere");
        Wixl(Path.Combine(folder, "other", ServerFile), "x64", "{11111111-0000-4000-8000-000000000003}", "1.0.0", OtherUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        Wixl(Path.Combine(folder, "next", ServerFile), "x64", "{11111111-0000-4000-8000-000000000004}", "1.1.0", ServerUpgradeCode, "ServerSettings", "MAILBOX_PORTS", "6001-6002");
        return folder;
    }

    private static void Wixl(string output, string platform, string productCode, string version, string upgradeCode, string featureId, string property, string value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        Msitools.Run("wixl", null,
            "-a", platform, "-D", $"Win64={(platform == "x64" ? "yes" : "no")}", "-o", output,
            "-D", $"ProductCode={productCode.Trim('{', '}')}", "-D", $"Version={version}", "-D", $"UpgradeCode={upgradeCode.Trim('{', '}')}",
            "-D", $"FeatureId={featureId}", "-D", $"ExistingProperty={property}", "-D", $"ExistingValue={value}",
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "DivisionTarget.wxs"));
    }
}
