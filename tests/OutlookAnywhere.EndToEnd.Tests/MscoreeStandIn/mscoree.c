/*
 * Test-only stand-in for mscoree.dll, never shipped. Wine here has no .NET Framework (no wine-mono), so when
 * the Windows loader starts an IL program such as oa-server.exe and calls _CorExeMain, this DLL runs the
 * self-contained .NET 10 host (OutlookAnywhere.NetFrameworkHost) in the same process, as the real mscoree.dll
 * loads the CLR into the program's own process: it loads the host's hostfxr.dll and calls hostfxr_main_startupinfo,
 * what the host's own oa-netfx-host.exe would call, with the program's path and arguments. The host loads the
 * program with Assembly.LoadFrom and runs its entry point. The exact shipped program runs; the product has no seam.
 * docs/server-runtime.md "Running the program under Wine" has the details. The host's path is the REG_SZ
 * HKLM\SOFTWARE\OutlookAnywhere.Tests\NetFrameworkHost (its oa-netfx-host.exe), written by the test fixture.
 */
#include <windows.h>
#include <shellapi.h>
#include <stdlib.h>
#include <wchar.h>

static void fail(const WCHAR *what, DWORD error)
{
    WCHAR text[700];
    DWORD written;
    wsprintfW(text, L"mscoree stand-in: %s (Windows error %lu)\r\n", what, error);
    char narrow[1400];
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, narrow, sizeof narrow, NULL, NULL);
    WriteFile(GetStdHandle(STD_ERROR_HANDLE), narrow, n > 0 ? n - 1 : 0, &written, NULL);
    ExitProcess(0xE0434352); /* what .NET Framework returns for an unhandled exception */
}

/* hostfxr.h (dotnet/runtime, src/native/corehost/hostfxr.h): the entry an apphost calls. */
typedef int (__cdecl *hostfxr_main_startupinfo_fn)(const int argc, const WCHAR **argv, const WCHAR *host_path,
                                                  const WCHAR *dotnet_root, const WCHAR *app_path);

__declspec(dllexport) int __stdcall _CorExeMain(void)
{
    WCHAR host[MAX_PATH];
    DWORD size = sizeof host;
    LSTATUS status = RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\OutlookAnywhere.Tests", L"NetFrameworkHost",
                                  RRF_RT_REG_SZ, NULL, host, &size);
    if (status != ERROR_SUCCESS) fail(L"HKLM\\SOFTWARE\\OutlookAnywhere.Tests NetFrameworkHost is not set", status);
    size_t length = wcslen(host);
    if (length < 5 || _wcsicmp(host + length - 4, L".exe") != 0) fail(L"NetFrameworkHost is not the host's .exe", 0);

    /* The self-contained host's folder holds hostfxr.dll, the runtime and the host's own oa-netfx-host.dll. */
    WCHAR folder[MAX_PATH], hostfxr[MAX_PATH + 16], app[MAX_PATH];
    lstrcpynW(folder, host, MAX_PATH);
    WCHAR *slash = wcsrchr(folder, L'\\');
    if (!slash) fail(L"NetFrameworkHost is not a full path", 0);
    *slash = 0;
    wsprintfW(hostfxr, L"%s\\hostfxr.dll", folder);
    lstrcpynW(app, host, MAX_PATH);
    lstrcpyW(app + length - 4, L".dll");

    HMODULE module = LoadLibraryExW(hostfxr, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (!module) fail(L"could not load the host's hostfxr.dll", GetLastError());
    hostfxr_main_startupinfo_fn run = (hostfxr_main_startupinfo_fn)(void *)GetProcAddress(module, "hostfxr_main_startupinfo");
    if (!run) fail(L"hostfxr.dll has no hostfxr_main_startupinfo", GetLastError());

    /* argv as the host's own process would get it: the host, then this program's path and its arguments, split as
       Windows splits a command line (CommandLineToArgvW), which is also how .NET splits it for Main. */
    WCHAR program[MAX_PATH];
    if (!GetModuleFileNameW(NULL, program, MAX_PATH)) fail(L"GetModuleFileName failed", GetLastError());
    int count = 0;
    WCHAR **given = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!given) fail(L"CommandLineToArgvW failed", GetLastError());
    const WCHAR **argv = calloc(count + 2, sizeof *argv);
    argv[0] = host;
    argv[1] = program;
    for (int i = 1; i < count; i++) argv[i + 1] = given[i];

    int code = run(count + 1, argv, host, folder, app);
    ExitProcess((UINT)code);
    return code;
}

/* Wine's loader calls this for every IL DLL it maps, including the .NET 10 host's own framework assemblies
   (coreclr loads them as images): they only need to load, so there is nothing to do. */
__declspec(dllexport) BOOL __stdcall _CorDllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
