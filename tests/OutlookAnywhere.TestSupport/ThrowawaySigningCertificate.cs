namespace OutlookAnywhere.TestSupport;

/// <summary>
/// A throwaway certificate authority made with openssl for one test run: a code-signing certificate (as a password-
/// protected .pfx, what OA_SIGN_CERT takes), a time-stamping certificate for the local TSA, and an unrelated CA that
/// must not verify anything. Valid for two days; the folder is deleted afterwards.
/// </summary>
public sealed class ThrowawaySigningCertificate : IDisposable
{
    public const string Password = "throwaway pass 1";

    public ThrowawaySigningCertificate()
    {
        Folder = Directory.CreateTempSubdirectory("oa-signing-").FullName;
        MakeCa("ca", "/CN=Outlook Anywhere Kit Test Root");
        MakeCa("other-ca", "/CN=Unrelated Test Root");
        MakeLeaf("signing", "/CN=Outlook Anywhere Kit Test Signing", "codeSigning");
        MakeLeaf("tsa", "/CN=Outlook Anywhere Kit Test TSA", "critical,timeStamping");
        OpenSsl("pkcs12", "-export", "-out", Pfx, "-inkey", Key("signing"), "-in", Cert("signing"), "-certfile", CaCertificate,
            "-passout", "pass:" + Password);
    }

    public string Folder { get; }
    public string Pfx => Path.Combine(Folder, "signing.pfx");
    public string CaCertificate => Cert("ca");
    public string UnrelatedCaCertificate => Cert("other-ca");
    public string TsaCertificate => Cert("tsa");
    public string TsaKey => Key("tsa");

    private string Key(string name) => Path.Combine(Folder, name + ".key");
    private string Cert(string name) => Path.Combine(Folder, name + ".pem");

    private void MakeCa(string name, string subject) =>
        OpenSsl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", Key(name), "-out", Cert(name), "-days", "2", "-subj", subject,
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");

    private void MakeLeaf(string name, string subject, string extendedKeyUsage)
    {
        var request = Path.Combine(Folder, name + ".csr");
        var extensions = Path.Combine(Folder, name + ".ext");
        File.WriteAllText(extensions, $"basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage={extendedKeyUsage}\n");
        OpenSsl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", Key(name), "-out", request, "-subj", subject);
        OpenSsl("x509", "-req", "-in", request, "-CA", CaCertificate, "-CAkey", Key("ca"), "-set_serial", "0x" + Convert.ToHexString(Guid.NewGuid().ToByteArray()[..8]),
            "-out", Cert(name), "-days", "2", "-extfile", extensions);
    }

    private static void OpenSsl(params string[] arguments) => ProcessRunner.Check("openssl", arguments);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
