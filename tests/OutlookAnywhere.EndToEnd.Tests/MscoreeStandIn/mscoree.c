/*
 * Test-only stand-in for mscoree.dll, never shipped. Wine here has no .NET Framework (no wine-mono), so when
 * the Windows loader starts an IL program such as oa-server.exe and calls _CorExeMain, this DLL hands the
 * program and its command line to a self-contained .NET 10 host (OutlookAnywhere.NetFrameworkHost), which loads
 * it with Assembly.LoadFrom and runs its entry point. The exact shipped program runs; the product has no seam.
 * docs/server-runtime.md "Running the program under Wine" has the details. The host's path is the REG_SZ
 * HKLM\SOFTWARE\OutlookAnywhere.Tests\NetFrameworkHost, written by the test fixture.
 */
#include <windows.h>
#include <stdlib.h>
#include <wchar.h>

static void fail(const WCHAR *what, DWORD error)
{
    WCHAR text[512];
    DWORD written;
    wsprintfW(text, L"mscoree stand-in: %s (Windows error %lu)\r\n", what, error);
    char narrow[512];
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, narrow, sizeof narrow, NULL, NULL);
    WriteFile(GetStdHandle(STD_ERROR_HANDLE), narrow, n > 0 ? n - 1 : 0, &written, NULL);
    ExitProcess(0xE0434352); /* what .NET Framework returns for an unhandled exception */
}

/* The command line after the program name, exactly as given (quoted or not), so the host parses the arguments
   as the .NET Framework would. */
static const WCHAR *arguments_after_program(const WCHAR *line)
{
    if (*line == L'"') {
        line++;
        while (*line && *line != L'"') line++;
        if (*line) line++;
    } else {
        while (*line && *line != L' ' && *line != L'\t') line++;
    }
    return line;
}

__declspec(dllexport) int __stdcall _CorExeMain(void)
{
    WCHAR host[MAX_PATH];
    DWORD size = sizeof host;
    LSTATUS status = RegGetValueW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\OutlookAnywhere.Tests", L"NetFrameworkHost",
                                  RRF_RT_REG_SZ, NULL, host, &size);
    if (status != ERROR_SUCCESS) fail(L"HKLM\\SOFTWARE\\OutlookAnywhere.Tests NetFrameworkHost is not set", status);

    WCHAR program[MAX_PATH];
    if (!GetModuleFileNameW(NULL, program, MAX_PATH)) fail(L"GetModuleFileName failed", GetLastError());

    const WCHAR *rest = arguments_after_program(GetCommandLineW());
    size_t length = wcslen(host) + wcslen(program) + wcslen(rest) + 8;
    WCHAR *command = calloc(length, sizeof(WCHAR));
    wsprintfW(command, L"\"%s\" \"%s\"%s", host, program, rest);

    STARTUPINFOW startup;
    ZeroMemory(&startup, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION process;
    /* One start, no retry: the harness runs Wine without address randomisation, which is what made Wine's
       CreateProcess fail now and then with ERROR_INTERNAL_ERROR (1359) (docs/TOOLCHAIN.md, "Process starts"). */
    DWORD error = CreateProcessW(host, command, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process) ? 0 : GetLastError();
    if (error) fail(L"could not start the .NET host", error);
    free(command);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    ExitProcess(code);
    return (int)code;
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
