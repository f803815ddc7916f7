namespace OutlookAnywhere.Package.Tests;

/// <summary>Where the tests find the built packages, in <see cref="Repository.Output"/> (OA_OUT as in the end-to-end tests).</summary>
public static class PackageLocations
{
    public static string ServerPackage => ServerPackageFor("x64");
    /// <summary>The client package's x64 build; <see cref="ClientPackageFor"/> names either platform's.</summary>
    public static string ClientPackage => ClientPackageFor("x64");
    /// <summary>The server package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ServerPackageFor(string platform) => Repository.RequireBuilt(Path.Combine(Repository.Output, $"OutlookAnywhere.Server-{platform}.msi"));
    /// <summary>The client package built for <paramref name="platform"/> (x86 or x64).</summary>
    public static string ClientPackageFor(string platform) => Repository.RequireBuilt(Path.Combine(Repository.Output, $"OutlookAnywhere.Client-{platform}.msi"));
}
