using System.Net;
using System.Net.Sockets;

namespace OutlookAnywhere.Release.Tests;

/// <summary>
/// An RFC 3161 time-stamp authority on 127.0.0.1 for the signing tests: each POSTed TimeStampReq is answered by
/// <c>openssl ts -reply</c> with the throwaway TSA certificate (osslsigncode's -ts needs an HTTP endpoint).
/// </summary>
public sealed class LocalTimeStampAuthority : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ThrowawaySigningCertificate _certificates;
    private readonly string _config;
    private readonly Task _serving;
    private int _requests;

    public LocalTimeStampAuthority(ThrowawaySigningCertificate certificates)
    {
        _certificates = certificates;
        _config = Path.Combine(certificates.Folder, "tsa.cnf");
        File.WriteAllText(Path.Combine(certificates.Folder, "tsa.serial"), "01\n");
        File.WriteAllText(_config, $"""
            [ tsa ]
            default_tsa = tsa_config
            [ tsa_config ]
            serial = {Path.Combine(certificates.Folder, "tsa.serial")}
            crypto_device = builtin
            signer_digest = sha256
            default_policy = 1.3.6.1.4.1.311.3.2.1
            digests = sha256, sha384, sha512, sha1
            accuracy = secs:1
            ess_cert_id_alg = sha256
            """);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    public string Url { get; }
    public int Requests => _requests;

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var id = Interlocked.Increment(ref _requests);
            var query = Path.Combine(_certificates.Folder, $"request{id}.tsq");
            var reply = Path.Combine(_certificates.Folder, $"reply{id}.tsr");
            using (var file = File.Create(query)) await context.Request.InputStream.CopyToAsync(file);
            var result = ProcessRunner.Run("openssl", ["ts", "-reply", "-config", _config, "-queryfile", query, "-inkey", _certificates.TsaKey,
                "-signer", _certificates.TsaCertificate, "-chain", _certificates.CaCertificate, "-out", reply]);
            if (result.ExitCode == 0)
            {
                var body = await File.ReadAllBytesAsync(reply);
                context.Response.ContentType = "application/timestamp-reply";
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 500;
            }
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(10));
    }
}
