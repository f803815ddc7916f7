using OutlookAnywhere.Msi;

namespace OutlookAnywhere.Release.Tests;

public sealed class SigningFixture : IDisposable
{
    public ThrowawaySigningCertificate Certificates { get; } = new();
    public void Dispose() => Certificates.Dispose();
}

/// <summary>
/// installer/sign.sh, the signing step of ./build.sh, on copies of every built .msi and .mst: each signature verifies
/// against the throwaway certificate's CA and no other, a changed file is rejected, and a time-stamped signature
/// verifies against the local TSA. Wine never checks signatures, so this is where signing is tested.
/// </summary>
public sealed class SigningTests(SigningFixture fixture) : IClassFixture<SigningFixture>, IDisposable
{
    private readonly string _folder = CopyOfOutput();

    private static string CopyOfOutput()
    {
        var folder = Directory.CreateTempSubdirectory("oa-sign-").FullName;
        foreach (var file in ReleaseOutput.Packages.Concat(ReleaseOutput.Transforms))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private IReadOnlyList<string> Files => Directory.GetFiles(_folder).Where(f => f.EndsWith(".msi", StringComparison.Ordinal) || f.EndsWith(".mst", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    private Dictionary<string, string> Hashes() => Files.ToDictionary(f => f, ReleasePackage.Sha256Of);

    private ProcessResult Sign(string? cert, string? password, string? timestampUrl = null) => SignScript.Run(_folder, cert, password, timestampUrl);

    private static ProcessResult Verify(string file, string caFile, params string[] more) =>
        ProcessRunner.Run("osslsigncode", ["verify", "-CAfile", caFile, .. more, "-in", file]);

    [Fact]
    public void Without_OA_SIGN_CERT_the_build_says_in_one_line_that_the_output_is_unsigned_and_changes_nothing()
    {
        var before = Hashes();
        var result = Sign(cert: null, password: null);
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Unsigned:", line, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void Every_package_and_transform_verifies_against_the_signing_CA_and_against_no_other()
    {
        var result = Sign(fixture.Certificates.Pfx, ThrowawaySigningCertificate.Password);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"Signed {Files.Count} files", result.Output, StringComparison.Ordinal);
        Assert.Contains(Files, f => f.EndsWith(".mst", StringComparison.Ordinal));
        foreach (var file in Files)
        {
            Assert.True(ReleaseManifest.IsSigned(file), $"{file} has no \\x05DigitalSignature stream");
            var verified = Verify(file, fixture.Certificates.CaCertificate);
            Assert.True(verified.ExitCode == 0, $"{file}: {verified}");
            Assert.Contains("Signature verification: ok", verified.Output, StringComparison.Ordinal);
            Assert.Contains("Subject: /CN=Outlook Anywhere Kit Test Signing", verified.Output, StringComparison.Ordinal);
            Assert.NotEqual(0, Verify(file, fixture.Certificates.UnrelatedCaCertificate).ExitCode);
            // The kit's own reader still reads a signed package (the release step runs after signing).
            if (file.EndsWith(".msi", StringComparison.Ordinal))
            {
                using var database = MsiDatabase.Open(file);
                Assert.NotNull(database.GetTable("Property")?.FindRow("ProductCode"));
            }
        }
    }

    [Fact]
    public void A_signed_package_or_transform_changed_by_one_bit_is_rejected()
    {
        Assert.Equal(0, Sign(fixture.Certificates.Pfx, ThrowawaySigningCertificate.Password).ExitCode);
        foreach (var file in new[] { Files.First(f => f.EndsWith(".msi", StringComparison.Ordinal)), Files.First(f => f.EndsWith(".mst", StringComparison.Ordinal)) })
        {
            Assert.Equal(0, Verify(file, fixture.Certificates.CaCertificate).ExitCode);
            FlipOneBitOfTheSummaryInformation(file);
            var verified = Verify(file, fixture.Certificates.CaCertificate);
            Assert.True(verified.ExitCode != 0, $"{file} still verifies after a one-bit change: {verified}");
            Assert.Contains("Signature verification: failed", verified.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>Flips the lowest bit of the OS version field (byte 4) of the \x05SummaryInformation stream in the file itself.</summary>
    private static void FlipOneBitOfTheSummaryInformation(string file)
    {
        var stream = CompoundFile.Open(file).TryReadRootStream("\u0005SummaryInformation") ?? throw new InvalidDataException($"{file}: no summary information");
        var bytes = File.ReadAllBytes(file);
        var at = bytes.AsSpan().IndexOf(stream.AsSpan(0, 48));
        Assert.True(at >= 0 && bytes.AsSpan(at + 1).IndexOf(stream.AsSpan(0, 48)) < 0, $"{file}: the summary stream's first 48 bytes are not found exactly once");
        bytes[at + 4] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        Assert.NotEqual(stream, CompoundFile.Open(file).TryReadRootStream("\u0005SummaryInformation"));
    }

    [Fact]
    public void Signatures_time_stamped_by_a_local_TSA_verify_with_its_certificate()
    {
        using var tsa = new LocalTimeStampAuthority(fixture.Certificates);
        var result = Sign(fixture.Certificates.Pfx, ThrowawaySigningCertificate.Password, tsa.Url);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Files.Count, tsa.Requests);
        foreach (var file in Files)
        {
            var verified = Verify(file, fixture.Certificates.CaCertificate, "-TSA-CAfile", fixture.Certificates.CaCertificate);
            Assert.True(verified.ExitCode == 0, $"{file}: {verified}");
            Assert.Contains("Timestamp Server Signature verification: ok", verified.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("wrong password", "OA_SIGN_CERT")]
    [InlineData(null, "OA_SIGN_PASSWORD is not set")]
    public void A_wrong_or_missing_password_fails_naming_the_input_and_changes_nothing(string? password, string expected)
    {
        var before = Hashes();
        var result = Sign(fixture.Certificates.Pfx, password);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void A_missing_certificate_file_or_a_bad_time_stamp_URL_fails_naming_the_value_and_changes_nothing()
    {
        var before = Hashes();
        var missing = Path.Combine(_folder, "no-such.pfx");
        var result = Sign(missing, "x");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"OA_SIGN_CERT '{missing}' is not a file", result.Output, StringComparison.Ordinal);

        result = Sign(fixture.Certificates.Pfx, ThrowawaySigningCertificate.Password, "ftp://tsa.example.com");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("OA_SIGN_TIMESTAMP_URL 'ftp://tsa.example.com' must be an http:// or https:// URL", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
