/*
 * oa_shim.dll: the thin bridge between Windows Installer and the C# custom-action program
 * (oa-server.exe). All decisions live in C#; this file only moves text.
 *
 * Why a bridge at all: an EXE custom action cannot write to the installer log or set
 * properties, and a .NET DLL custom action needs the WiX DTF host, which is not available
 * (docs: ARCHITECTURE.md). A small native DLL can do both and run the C# program.
 *
 * Protocol with the program (UTF-8, one item per line, "\\" and "\n" escaped as \\ and \n):
 *   stdin : NAME=value lines (immediate actions: the properties listed in OaInputProperties;
 *           deferred actions: OaProgram=<path of the program copy>, then, for apply only, the lines carried in
 *           CustomActionData)
 *   stdout: "log <text>"       -> an information line in the installer log
 *           "error <text>"     -> an error message: one line in the log (and a dialog when there is a UI)
 *           "set NAME=value"   -> MsiSetProperty (immediate actions only; deferred cannot)
 *   exit  : 0 = success; anything else fails the action with ERROR_INSTALL_FAILURE (1603).
 *
 * Where the program runs (docs/server-runtime.md, "Where the program runs"): its bytes are a resource of this DLL
 * (OA_PROGRAM, RCDATA, added by the packaging tool), never a file or path an earlier action left, and each entry point
 * runs one verb, so the package's CustomAction table, not CustomActionData, decides what runs as SYSTEM. The immediate
 * actions write the program to a fresh folder in their account's temporary folder, created with a protected DACL
 * (SYSTEM, Administrators and that account; nothing inherited), and delete it. The deferred, rollback and commit
 * actions of one product share %WINDIR%\Installer\oa-<ProductCode>, where only SYSTEM and Administrators can create
 * anything; it holds the program and the rollback snapshot between them, is used only when it is a plain folder (no
 * junction) owned by SYSTEM or Administrators, and OaPrepareFolder empties it before the rollback actions are scheduled.
 *
 * Entry points:
 *   OaValidate      immediate: writes the program to a fresh folder and runs "validate"
 *   OaCheck         immediate, run by the dialogs (DoAction): the same with "check", which sets OaInputErrors
 *                   to what "validate" would refuse instead of failing (docs/interactive-setup.md)
 *   OaPrepare       immediate: the same with "prepare" (computes the apply action's CustomActionData)
 *   OaCheckRemoval  immediate: the same with "check-removal" (uninstall: whether putting values back needs a restart)
 *   OaPrepareFolder deferred, before the rollback actions: makes the product's folder, or empties one left behind
 *   OaApply         deferred: "apply" with CustomActionData (the payload lines) in the product's folder
 *   OaRemove        deferred, uninstall: "remove"
 *   OaRestore       rollback of either: "restore", then deletes the product's folder
 *   OaCommit        commit (and, when rollback is disabled, deferred after apply or remove): deletes the product's folder
 */
#include <windows.h>
#include <sddl.h>
#include <aclapi.h>
#include <msi.h>
#include <msiquery.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define PROGRAM_RESOURCE L"OA_PROGRAM"
#define START_ATTEMPTS 5

static HMODULE self; /* this DLL, whose resource holds the program */

static WCHAR *get_property(MSIHANDLE session, const WCHAR *name)
{
    DWORD size = 0;
    WCHAR empty[1] = L"";
    UINT rc = MsiGetPropertyW(session, name, empty, &size);
    if (rc != ERROR_MORE_DATA && rc != ERROR_SUCCESS)
        return _wcsdup(L"");
    size += 1;
    WCHAR *value = calloc(size, sizeof(WCHAR));
    if (!value || MsiGetPropertyW(session, name, value, &size) != ERROR_SUCCESS) {
        free(value);
        return _wcsdup(L"");
    }
    return value;
}

/* The text becomes the record's template, with [ and ] escaped as [\[] and [\]]: Windows formats
   only the template, Wine also formats field values, so this is the one form both log verbatim. */
static void post(MSIHANDLE session, INSTALLMESSAGE kind, const WCHAR *text)
{
    size_t n = wcslen(text);
    WCHAR *template = calloc(n * 4 + 5, sizeof(WCHAR)), *out = template;
    wcscpy(out, L"oa: ");
    out += 4;
    for (; *text; text++) {
        if (*text == L'[' || *text == L']') {
            *out++ = L'['; *out++ = L'\\'; *out++ = *text; *out++ = L']';
        } else {
            *out++ = *text;
        }
    }
    MSIHANDLE record = MsiCreateRecord(0);
    MsiRecordSetStringW(record, 0, template);
    MsiProcessMessage(session, kind, record);
    MsiCloseHandle(record);
    free(template);
}

static char *to_utf8(const WCHAR *text)
{
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char *out = malloc(n > 0 ? n : 1);
    if (n <= 0) { out[0] = 0; return out; }
    WideCharToMultiByte(CP_UTF8, 0, text, -1, out, n, NULL, NULL);
    return out;
}

static WCHAR *from_utf8(const char *text, int length)
{
    int n = MultiByteToWideChar(CP_UTF8, 0, text, length, NULL, 0);
    WCHAR *out = calloc(n + 1, sizeof(WCHAR));
    MultiByteToWideChar(CP_UTF8, 0, text, length, out, n);
    return out;
}

/* Growable byte buffer for stdin text. */
typedef struct { char *data; size_t length, capacity; } buffer;

static void append(buffer *b, const char *text, size_t n)
{
    if (b->length + n + 1 > b->capacity) {
        b->capacity = (b->length + n + 1) * 2;
        b->data = realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, text, n);
    b->length += n;
    b->data[b->length] = 0;
}

static void append_escaped(buffer *b, const char *text)
{
    for (; *text; text++) {
        if (*text == '\\') append(b, "\\\\", 2);
        else if (*text == '\n') append(b, "\\n", 2);
        else if (*text != '\r') append(b, text, 1);
    }
}

static void unescape_in_place(WCHAR *text)
{
    WCHAR *out = text;
    for (; *text; text++) {
        if (*text == L'\\' && text[1] == L'n') { *out++ = L'\n'; text++; }
        else if (*text == L'\\' && text[1] == L'\\') { *out++ = L'\\'; text++; }
        else *out++ = *text;
    }
    *out = 0;
}

/* The SID of the account this action runs as ("S-1-5-18" for SYSTEM), as text for SDDL; NULL on failure. */
static WCHAR *account_sid(void)
{
    HANDLE token;
    if (!OpenThreadToken(GetCurrentThread(), TOKEN_QUERY, TRUE, &token) && !OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return NULL;
    BYTE data[256];
    DWORD size;
    WCHAR *text = NULL, *copy = NULL;
    if (GetTokenInformation(token, TokenUser, data, sizeof data, &size) && ConvertSidToStringSidW(((TOKEN_USER *)data)->User.Sid, &text)) {
        copy = _wcsdup(text);
        LocalFree(text);
    }
    CloseHandle(token);
    return copy;
}

/* Creates folder with a protected DACL: full control for SYSTEM, Administrators and this action's account, nothing
   inherited. FALSE (GetLastError tells why, ERROR_ALREADY_EXISTS included) when it was not created now. */
static BOOL create_protected_folder(const WCHAR *folder)
{
    WCHAR *sid = account_sid();
    if (!sid) return FALSE;
    WCHAR sddl[300];
    wsprintfW(sddl, L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;%s)", sid);
    free(sid);
    SECURITY_ATTRIBUTES attributes = { sizeof attributes, NULL, FALSE };
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &attributes.lpSecurityDescriptor, NULL))
        return FALSE;
    BOOL created = CreateDirectoryW(folder, &attributes);
    DWORD error = GetLastError();
    LocalFree(attributes.lpSecurityDescriptor);
    SetLastError(error);
    return created;
}

/* Whether an existing folder is owned by SYSTEM, Administrators or this action's account: only they can have made it,
   so only they can have put anything in it (a folder of ours grants nobody else write access). */
static BOOL owned_by_us(const WCHAR *folder)
{
    PSID owner = NULL;
    PSECURITY_DESCRIPTOR descriptor = NULL;
    if (GetNamedSecurityInfoW(folder, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, NULL, NULL, NULL, &descriptor) != ERROR_SUCCESS)
        return FALSE;
    WCHAR *text = NULL, *sid = account_sid();
    BOOL trusted = FALSE;
    if (owner && sid && ConvertSidToStringSidW(owner, &text)) {
        trusted = wcscmp(text, L"S-1-5-18") == 0 || wcscmp(text, L"S-1-5-32-544") == 0 || wcscmp(text, sid) == 0;
        LocalFree(text);
    }
    free(sid);
    LocalFree(descriptor);
    return trusted;
}

/* Writes the program this DLL carries to folder\oa-server.exe (program), replacing what is there. */
static BOOL write_program(const WCHAR *folder, WCHAR *program)
{
    HRSRC found = FindResourceW(self, PROGRAM_RESOURCE, MAKEINTRESOURCEW(10) /* RT_RCDATA */);
    HGLOBAL loaded = found ? LoadResource(self, found) : NULL;
    const void *bytes = loaded ? LockResource(loaded) : NULL;
    DWORD size = found ? SizeofResource(self, found) : 0;
    if (!bytes || size == 0) return FALSE;
    wsprintfW(program, L"%s\\oa-server.exe", folder);
    HANDLE file = CreateFileW(program, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    DWORD written = 0;
    BOOL ok = WriteFile(file, bytes, size, &written, NULL) && written == size;
    CloseHandle(file);
    return ok;
}

static void handle_line(MSIHANDLE session, BOOL immediate, char *line, int length)
{
    if (length > 0 && line[length - 1] == '\r') length--;
    WCHAR *text = from_utf8(line, length);
    if (wcsncmp(text, L"log ", 4) == 0) {
        post(session, INSTALLMESSAGE_INFO, text + 4);
    } else if (wcsncmp(text, L"error ", 6) == 0) {
        post(session, INSTALLMESSAGE_ERROR, text + 6); /* logged once, also under /qn, and shown when there is a UI */
    } else if (wcsncmp(text, L"set ", 4) == 0 && immediate) {
        WCHAR *eq = wcschr(text + 4, L'=');
        if (eq) {
            *eq = 0;
            unescape_in_place(eq + 1);
            MsiSetPropertyW(session, text + 4, eq + 1);
        }
    } else if (length > 0) {
        post(session, INSTALLMESSAGE_INFO, text);
    }
    free(text);
}

/* Runs "<program> <verb>", feeds stdin, relays stdout, returns the Windows Installer result. */
static UINT run_program(MSIHANDLE session, BOOL immediate, const WCHAR *program, const WCHAR *verb, const char *input)
{
    SECURITY_ATTRIBUTES inherit = { sizeof inherit, NULL, TRUE };
    HANDLE in_read, in_write, out_read, out_write;
    if (!CreatePipe(&in_read, &in_write, &inherit, 0)) {
        post(session, INSTALLMESSAGE_INFO, L"could not create pipes for the custom-action program");
        return ERROR_INSTALL_FAILURE;
    }
    if (!CreatePipe(&out_read, &out_write, &inherit, 0)) {
        post(session, INSTALLMESSAGE_INFO, L"could not create pipes for the custom-action program");
        CloseHandle(in_read);
        CloseHandle(in_write);
        return ERROR_INSTALL_FAILURE;
    }
    SetHandleInformation(in_write, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(out_read, HANDLE_FLAG_INHERIT, 0);

    size_t cmd_len = wcslen(program) + wcslen(verb) + 8;
    WCHAR *command = calloc(cmd_len, sizeof(WCHAR));
    wsprintfW(command, L"\"%s\" %s", program, verb);
    STARTUPINFOW startup;
    ZeroMemory(&startup, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES | STARTF_USESHOWWINDOW;
    startup.wShowWindow = SW_HIDE;
    startup.hStdInput = in_read;
    startup.hStdOutput = out_write;
    startup.hStdError = out_write;
    PROCESS_INFORMATION process;
    /* DETACHED_PROCESS: the program talks only through these pipes, so it gets no console; with CREATE_NO_WINDOW
       Windows (7 and later) and Wine start a conhost.exe for every start, which costs one more process each time
       (docs/server-runtime.md, "Program starts").
       A start can fail for a moment on a loaded machine (seen: Windows error 1359, ERROR_INTERNAL_ERROR): retry a few
       times, each failure in the log; only the last one fails the action, with an error that says what happened. */
    BOOL started = FALSE;
    DWORD error = 0;
    WCHAR message[1024]; /* wsprintfW writes at most 1024 characters */
    for (int attempt = 1; attempt <= START_ATTEMPTS && !started; attempt++) {
        started = CreateProcessW(program, command, NULL, NULL, TRUE, DETACHED_PROCESS, NULL, NULL, &startup, &process);
        if (started) break;
        error = GetLastError();
        wsprintfW(message, L"starting the custom-action program %s failed (attempt %d of %d, Windows error %lu)", program, attempt, START_ATTEMPTS, error);
        post(session, INSTALLMESSAGE_INFO, message);
        if (attempt < START_ATTEMPTS) Sleep(250 * attempt);
    }
    free(command);
    CloseHandle(in_read);
    CloseHandle(out_write);
    if (!started) {
        wsprintfW(message, L"could not start the custom-action program %s after %d attempts (Windows error %lu); nothing was changed by this action",
                  program, START_ATTEMPTS, error);
        post(session, INSTALLMESSAGE_ERROR, message);
        CloseHandle(in_write);
        CloseHandle(out_read);
        return ERROR_INSTALL_FAILURE;
    }

    DWORD written;
    WriteFile(in_write, input, (DWORD)strlen(input), &written, NULL);
    CloseHandle(in_write);

    buffer pending = { 0 };
    char chunk[4096];
    DWORD n;
    while (ReadFile(out_read, chunk, sizeof chunk, &n, NULL) && n > 0) {
        append(&pending, chunk, n);
        char *start = pending.data, *newline;
        while ((newline = memchr(start, '\n', pending.length - (start - pending.data))) != NULL) {
            handle_line(session, immediate, start, (int)(newline - start));
            start = newline + 1;
        }
        size_t rest = pending.length - (start - pending.data);
        memmove(pending.data, start, rest);
        pending.length = rest;
    }
    if (pending.length > 0) handle_line(session, immediate, pending.data, (int)pending.length);
    free(pending.data);
    CloseHandle(out_read);

    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exit_code = 1;
    GetExitCodeProcess(process.hProcess, &exit_code);
    CloseHandle(process.hProcess);
    CloseHandle(process.hThread);
    if (exit_code != 0) {
        wsprintfW(message, L"the custom-action program %s %s ended with exit code %lu", program, verb, exit_code);
        post(session, INSTALLMESSAGE_INFO, message);
    }
    return exit_code == 0 ? ERROR_SUCCESS : ERROR_INSTALL_FAILURE;
}

/* Deletes the files in folder (not in subfolders: the package makes none) and, when remove_folder, the folder; a file
   still mapped or scanned is tried again for up to a second. TRUE when no file is left. */
static BOOL empty_folder(const WCHAR *folder, BOOL remove_folder)
{
    WCHAR file[MAX_PATH + 260];
    WIN32_FIND_DATAW found;
    BOOL empty = FALSE;
    for (int attempt = 0; attempt < 10 && !empty; attempt++) {
        if (attempt > 0) Sleep(100);
        empty = TRUE;
        wsprintfW(file, L"%s\\*", folder);
        HANDLE search = FindFirstFileW(file, &found);
        if (search == INVALID_HANDLE_VALUE) break;
        do {
            if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) continue;
            wsprintfW(file, L"%s\\%s", folder, found.cFileName);
            if (!DeleteFileW(file)) empty = FALSE;
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    if (remove_folder && empty) RemoveDirectoryW(folder);
    return empty;
}

/* Immediate actions: a fresh protected folder in this account's temporary folder, with the program in it. */
static BOOL fresh_program(MSIHANDLE session, WCHAR *folder, WCHAR *program)
{
    WCHAR temp[MAX_PATH + 1];
    DWORD length = GetTempPathW(MAX_PATH + 1, temp);
    folder[0] = 0;
    if (length > 0 && length < MAX_PATH - 40) {
        for (int attempt = 0; attempt < 100 && !folder[0]; attempt++) {
            LARGE_INTEGER now;
            QueryPerformanceCounter(&now);
            wsprintfW(folder, L"%soa-%08lx%08lx-%d", temp, GetCurrentProcessId() ^ GetTickCount(), now.LowPart, attempt);
            if (!create_protected_folder(folder)) folder[0] = 0;
        }
    }
    if (folder[0] && write_program(folder, program)) return TRUE;
    post(session, INSTALLMESSAGE_INFO, L"could not write the custom-action program to a new folder in the temporary folder");
    if (folder[0]) empty_folder(folder, TRUE);
    return FALSE;
}

/* Deferred, rollback and commit actions: the product's folder, %WINDIR%\Installer\oa-<ProductCode>. Windows Installer's
   own folder: only SYSTEM and Administrators can create anything in it, so nobody else can make (or link) that name. */
static BOOL product_folder(MSIHANDLE session, WCHAR *folder)
{
    WCHAR windows[MAX_PATH + 1], *code = get_property(session, L"ProductCode");
    UINT length = GetSystemWindowsDirectoryW(windows, MAX_PATH + 1);
    BOOL ok = code[0] != 0 && length > 0 && length < MAX_PATH - 60;
    if (ok) {
        WCHAR *out = folder + wsprintfW(folder, L"%s\\Installer\\oa-", windows);
        for (const WCHAR *c = code; *c && out - folder < MAX_PATH - 1; c++)
            if ((*c >= L'0' && *c <= L'9') || (*c >= L'A' && *c <= L'F') || (*c >= L'a' && *c <= L'f') || *c == L'-') *out++ = *c;
        *out = 0;
    } else {
        post(session, INSTALLMESSAGE_INFO, L"the custom-action program has no folder: the ProductCode property is empty or the Windows folder's path is too long");
    }
    free(code);
    return ok;
}

/* TRUE when the product's folder exists, is a plain folder (not a junction or other reparse point) and is owned by
   SYSTEM or Administrators; when it exists otherwise, a log line says it is left alone. */
static BOOL existing_product_folder(MSIHANDLE session, const WCHAR *folder)
{
    DWORD attributes = GetFileAttributesW(folder);
    if (attributes == INVALID_FILE_ATTRIBUTES) return FALSE;
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) && !(attributes & FILE_ATTRIBUTE_REPARSE_POINT) && owned_by_us(folder)) return TRUE;
    WCHAR message[1024];
    wsprintfW(message, L"%s is not a folder owned by SYSTEM or Administrators: it is left alone, and nothing in it is used", folder);
    post(session, INSTALLMESSAGE_INFO, message);
    return FALSE;
}

static UINT run_immediate(MSIHANDLE session, const WCHAR *verb)
{
    WCHAR folder[MAX_PATH], program[MAX_PATH + 20];
    if (!fresh_program(session, folder, program)) return ERROR_INSTALL_FAILURE;
    WCHAR *names = get_property(session, L"OaInputProperties");
    buffer input = { 0 };
    append(&input, "", 0);
    WCHAR *context = NULL;
    for (WCHAR *name = wcstok_s(names, L";", &context); name; name = wcstok_s(NULL, L";", &context)) {
        WCHAR *value = get_property(session, name);
        char *name8 = to_utf8(name), *value8 = to_utf8(value);
        append(&input, name8, strlen(name8));
        append(&input, "=", 1);
        append_escaped(&input, value8);
        append(&input, "\n", 1);
        free(name8); free(value8); free(value);
    }
    free(names);
    UINT result = run_program(session, TRUE, program, verb, input.data);
    free(input.data);
    empty_folder(folder, TRUE);
    return result;
}

UINT __stdcall OaValidate(MSIHANDLE session) { return run_immediate(session, L"validate"); }
UINT __stdcall OaCheck(MSIHANDLE session) { return run_immediate(session, L"check"); }
UINT __stdcall OaPrepare(MSIHANDLE session) { return run_immediate(session, L"prepare"); }
UINT __stdcall OaCheckRemoval(MSIHANDLE session) { return run_immediate(session, L"check-removal"); }

/* Deferred, before the rollback actions are scheduled (so a failure here leaves no rollback to run): makes the product's
   folder, or empties one an earlier installation left when it ended before its commit or rollback, so that nothing in it
   (that installation's rollback snapshot) is used by this one. Fails, before anything changed, when it cannot. */
UINT __stdcall OaPrepareFolder(MSIHANDLE session)
{
    WCHAR folder[MAX_PATH], message[1024];
    if (!product_folder(session, folder)) return ERROR_INSTALL_FAILURE;
    if (create_protected_folder(folder)) return ERROR_SUCCESS;
    DWORD error = GetLastError();
    if (error == ERROR_ALREADY_EXISTS && existing_product_folder(session, folder) && empty_folder(folder, FALSE)) return ERROR_SUCCESS;
    wsprintfW(message, L"could not make the empty folder %s for the custom-action program (Windows error %lu); nothing was changed", folder, error);
    post(session, INSTALLMESSAGE_ERROR, message);
    return ERROR_INSTALL_FAILURE;
}

/* Runs a deferred verb with the program written to the product's folder, which OaPrepareFolder made or emptied in this
   installation's script; restore deletes it after. */
static UINT run_deferred(MSIHANDLE session, const WCHAR *verb)
{
    BOOL rollback = wcscmp(verb, L"restore") == 0;
    WCHAR folder[MAX_PATH], program[MAX_PATH + 20], message[1024];
    if (!product_folder(session, folder)) return ERROR_INSTALL_FAILURE;
    if (!existing_product_folder(session, folder)) {
        if (rollback) {
            post(session, INSTALLMESSAGE_INFO, L"Rollback: the deferred action did not run, so this package changed no value; nothing to put back.");
            return ERROR_SUCCESS;
        }
        wsprintfW(message, L"the folder %s for the custom-action program is missing; nothing was changed by this action", folder);
        post(session, INSTALLMESSAGE_ERROR, message);
        return ERROR_INSTALL_FAILURE;
    }
    UINT result = ERROR_INSTALL_FAILURE;
    if (!write_program(folder, program)) {
        wsprintfW(message, L"could not write the custom-action program to %s (Windows error %lu); nothing was changed by this action", folder, GetLastError());
        post(session, INSTALLMESSAGE_ERROR, message);
    } else {
        /* Only apply has CustomActionData (its payload); the others are given none. */
        WCHAR *data = wcscmp(verb, L"apply") == 0 ? get_property(session, L"CustomActionData") : _wcsdup(L"");
        buffer input = { 0 };
        char *program8 = to_utf8(program), *data8 = to_utf8(data);
        append(&input, "OaProgram=", 10);
        append_escaped(&input, program8);
        append(&input, "\n", 1);
        append(&input, data8, strlen(data8));
        free(program8);
        free(data8);
        free(data);
        result = run_program(session, FALSE, program, verb, input.data);
        free(input.data);
    }
    /* A rollback is the last use of the folder: no commit will follow. */
    if (rollback) empty_folder(folder, TRUE);
    return result;
}

UINT __stdcall OaApply(MSIHANDLE session) { return run_deferred(session, L"apply"); }
UINT __stdcall OaRemove(MSIHANDLE session) { return run_deferred(session, L"remove"); }
UINT __stdcall OaRestore(MSIHANDLE session) { return run_deferred(session, L"restore"); }

/* Commit: the installation succeeded; the product's folder (program and rollback snapshot) goes. */
UINT __stdcall OaCommit(MSIHANDLE session)
{
    WCHAR folder[MAX_PATH];
    if (product_folder(session, folder) && existing_product_folder(session, folder)) empty_folder(folder, TRUE);
    return ERROR_SUCCESS;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)reserved;
    if (reason == DLL_PROCESS_ATTACH) self = instance;
    return TRUE;
}
