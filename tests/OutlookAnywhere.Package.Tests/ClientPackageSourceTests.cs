using OutlookAnywhere.Logic;
using OutlookAnywhere.Packaging.Generated;

namespace OutlookAnywhere.Package.Tests;

/// <summary>What the client generator (installer/OutlookAnywhere.Packaging, ClientPackageSource) makes of the logic library.</summary>
public class ClientPackageSourceTests
{
    [Fact]
    public void Active_Setup_removal_entry_is_committed_as_UTF_16_with_a_byte_order_mark()
    {
        // reg.exe reads a "Version 5.00" file as UTF-16LE: the committed file must start with its byte order mark.
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, ClientPackageSource.CleanupRegPath));
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

        // The file as IniFile rows write it (each section where its first row puts it, keys in row order, CRLF lines) is
        // Render's text exactly: one definition of the file.
        var file = new System.Text.StringBuilder();
        var rows = ClientPackageSource.ProfileRows().Where(row => row.Component == ClientPackageSource.ProfileComponent || cached != CachedMode.Off).ToList();
        foreach (var section in rows.Select(row => row.Section).Distinct())
        {
            file.Append($"[{section}]\r\n");
            foreach (var row in rows.Where(row => row.Section == section)) file.Append($"{row.Key}={Format(row.Value, values)}\r\n");
        }
        Assert.Equal(ProfileFile.Render(settings), file.ToString());
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
}
