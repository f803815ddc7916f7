namespace OutlookAnywhere.TestSupport;

/// <summary>installer/sign.sh, the signing step of ./build.sh, run on a folder with the settings a test chooses.</summary>
public static class SignScript
{
    public static string FilePath => Path.Combine(Repository.Root, "installer", "sign.sh");

    /// <summary>
    /// Signs every .msi and .mst in <paramref name="folder"/>. A null setting is not set at all (not even inherited
    /// from the shell that runs the tests), which is how the script is told to leave the output unsigned.
    /// </summary>
    public static ProcessResult Run(string folder, string? certificate, string? password, string? timestampUrl = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["OA_SIGN_CERT"] = certificate,
            ["OA_SIGN_PASSWORD"] = password,
            ["OA_SIGN_TIMESTAMP_URL"] = timestampUrl,
        };
        return ProcessRunner.Run(FilePath, [folder],
            settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!),
            unset: settings.Where(s => s.Value is null).Select(s => s.Key));
    }
}
