using OutlookAnywhere.Logic;

namespace OutlookAnywhere.Package.Tests;

/// <summary>
/// The generated client sources are committed; these tests regenerate them in memory and fail when the committed
/// files differ (the logic library changed, or someone edited a generated file). OA_REGENERATE=1 rewrites them.
/// </summary>
public class ClientPackageSourceTests
{
    private static bool Regenerate => Environment.GetEnvironmentVariable("OA_REGENERATE") == "1";

    [Fact]
    public void Computed_include_is_what_the_logic_library_generates()
    {
        AssertCommitted(ClientPackageSource.ComputedIncludePath, _ => ClientPackageSource.ComputedInclude());
    }

    [Fact]
    public void Generated_block_of_the_client_post_build_sql_is_what_the_logic_library_generates()
    {
        AssertCommitted(ClientPackageSource.PostBuildPath, text =>
            ClientPackageSource.ReplaceBlock(text, ClientPackageSource.SqlBegin, ClientPackageSource.SqlEnd, ClientPackageSource.PostBuildBlock(), ClientPackageSource.PostBuildPath));
    }

    [Fact]
    public void Active_Setup_removal_entry_is_what_the_generator_writes_as_UTF_16_with_a_byte_order_mark()
    {
        AssertCommitted(ClientPackageSource.CleanupRegPath, _ => ClientPackageSource.ActiveSetupCleanupReg(), System.Text.Encoding.Unicode);
        // reg.exe reads a "Version 5.00" file as UTF-16LE: the committed file must start with its byte order mark.
        var bytes = File.ReadAllBytes(Path.Combine(PackageLocations.Root, ClientPackageSource.CleanupRegPath));
        Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes[..2]);
    }

    public static TheoryData<CachedMode, ProxyAuthentication, bool, ProfileOverwrite, int> Variants()
    {
        var data = new TheoryData<CachedMode, ProxyAuthentication, bool, ProfileOverwrite, int>();
        foreach (var cached in Enum.GetValues<CachedMode>())
            foreach (var auth in Enum.GetValues<ProxyAuthentication>())
                data.Add(cached, auth, cached != CachedMode.Full, auth == ProxyAuthentication.Basic ? ProfileOverwrite.Yes : ProfileOverwrite.No, cached == CachedMode.Off ? 0b01011 : 0b10111);
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Profile_rows_with_the_computed_values_substituted_are_the_key_lines_of_ProfileFile_Render(
        CachedMode cached, ProxyAuthentication auth, bool isDefault, ProfileOverwrite overwrite, int switches)
    {
        bool On(int bit) => (switches & (1 << bit)) != 0;
        var settings = new ClientSettings("ex01.contoso.com", "%UserName%", "Sales Outlook", isDefault, overwrite, "mail.contoso.com",
            "msstd:*.contoso.com", On(0), On(1), On(2), On(3), On(4), auth, cached, EncryptRpc: true, AllowBasicWithoutSsl: false);
        var values = ClientPackageSource.ProfileValues(settings);

        var written = ClientPackageSource.ProfileRows()
            .Where(row => row.Component == ClientPackageSource.ProfileComponent || cached != CachedMode.Off)
            .Select(row => $"[{row.Section}] {row.Key}={Format(row.Value, values)}");
        var expected = ClientPackageSource.IniLines(ProfileFile.Render(settings)).Select(l => $"[{l.Section}] {l.Key}={l.Value}");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", written));
    }

    [Fact]
    public void Every_input_check_message_names_the_property_and_its_value()
    {
        Assert.All(ClientPackageSource.InputChecks(), check => Assert.StartsWith($"{check.Property} '[{check.Property}]' ", check.Message));
    }

    /// <summary>Windows Installer's formatting for what the rows use: [PROP] and the [\c] escape.</summary>
    internal static string Format(string formatted, IReadOnlyDictionary<string, string> values) =>
        System.Text.RegularExpressions.Regex.Replace(formatted, @"\[(\\.|[^\]]+)\]",
            m => m.Groups[1].Value.StartsWith('\\') ? m.Groups[1].Value[1..] : values.GetValueOrDefault(m.Groups[1].Value, ""));

    private static void AssertCommitted(string relativePath, Func<string, string> generate, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(PackageLocations.Root, relativePath);
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        var generated = generate(committed);
        if (Regenerate && generated != committed) File.WriteAllText(path, generated, encoding ?? new System.Text.UTF8Encoding(false));
        else Assert.True(generated == committed,
            $"{relativePath} is not what ClientPackageSource generates from the logic library. Regenerate it with:\n  {ClientPackageSource.RegenerateCommand}\n" +
            $"--- committed\n{committed}\n--- generated\n{generated}");
    }
}
