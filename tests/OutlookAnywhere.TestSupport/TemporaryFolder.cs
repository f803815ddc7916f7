namespace OutlookAnywhere.TestSupport;

/// <summary>A new folder under the temporary directory, deleted with everything in it on Dispose.</summary>
public sealed class TemporaryFolder(string prefix = "oa-test-") : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
