namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>Where the tests find the built packages and the packaging tool (in <see cref="Repository.Output"/>).</summary>
public static class RepositoryLayout
{
    public static string ServerPackage => Path.Combine(Repository.Output, "OutlookAnywhere.Server-x64.msi");
    /// <summary>The client package's x64 build; <see cref="ClientPackageFor"/> names either platform's.</summary>
    public static string ClientPackage => ClientPackageFor("x64");
    /// <summary>The client package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ClientPackageFor(string platform) => Path.Combine(Repository.Output, $"OutlookAnywhere.Client-{platform}.msi");
    public static string ActionsProgram => Path.Combine(Repository.Output, "obj", "actions", "oa-server.exe");
    /// <summary>oa-package.dll sits next to the test assembly (project reference).</summary>
    public static string PackagingTool => Path.Combine(AppContext.BaseDirectory, "oa-package.dll");
    /// <summary>
    /// oa-transform.dll, next to the test assembly too (project reference). Building it inside a test would race the
    /// test's own timeout on a busy machine; the solution build that built the tests has built it already.
    /// </summary>
    public static string TransformTool => Path.Combine(AppContext.BaseDirectory, "oa-transform.dll");
}
