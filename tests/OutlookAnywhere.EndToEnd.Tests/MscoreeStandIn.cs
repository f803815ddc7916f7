namespace OutlookAnywhere.EndToEnd.Tests;

/// <summary>
/// Makes a Wine prefix run .NET Framework programs the way Windows does, for tests only: Wine here has no .NET Framework
/// (no wine-mono), so the prefix gets the mscoree.dll stand-in (MscoreeStandIn/mscoree.c) as a native DLL, and the
/// stand-in hands each IL program to the self-contained .NET 10 host (tests/OutlookAnywhere.NetFrameworkHost). The
/// server package's shipped oa-server.exe then runs unchanged inside msiexec's custom actions. Both are built with the
/// test project into out/obj/netfx-host.
/// </summary>
public static class MscoreeStandIn
{
    public static string Folder => Path.Combine(Repository.Output, "obj", "netfx-host");
    public static string Dll => Path.Combine(Folder, "mscoree.dll");
    public static string Host => Path.Combine(Folder, "oa-netfx-host.exe");

    /// <summary>Installs the stand-in into the prefix: system32\mscoree.dll, loaded as native, and the host's path.</summary>
    public static void Install(WineMachine wine)
    {
        foreach (var file in new[] { Dll, Host })
            if (!File.Exists(file))
                throw new InvalidOperationException($"{file} has not been built: build tests/OutlookAnywhere.EndToEnd.Tests (dotnet build Setup.sln does).");
        File.Copy(Dll, Path.Combine(wine.Prefix, "drive_c", "windows", "system32", "mscoree.dll"), overwrite: true);
        Add(wine, @"HKCU\Software\Wine\DllOverrides", "mscoree", "native");
        Add(wine, @"HKLM\SOFTWARE\OutlookAnywhere.Tests", "NetFrameworkHost", WineMachine.WindowsPath(Host));
        // What the .NET Framework 4 installer writes (both registry views on 64-bit Windows), which the server package's
        // launch condition reads: with the stand-in, this prefix runs .NET Framework 4 programs.
        foreach (var view in new[] { "/reg:64", "/reg:32" })
            Add(wine, NetFramework4ClientKey, "Install", "1", "REG_DWORD", view);
    }

    public const string NetFramework4ClientKey = @"HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Client";

    private static void Add(WineMachine wine, string key, string name, string value, string type = "REG_SZ", string view = "/reg:64")
    {
        var result = wine.Run(WineMachine.Reg, "add", key, "/v", name, "/t", type, "/d", value, "/f", view);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"reg add {key} /v {name} failed ({result.ExitCode}):\n{result.Output}");
    }
}
