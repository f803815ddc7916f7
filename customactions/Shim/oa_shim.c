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
 *           deferred actions: the lines carried in CustomActionData after the first two), each after
 *           OaProgram=<path of the program copy> when that copy stays for later actions
 *   stdout: "log <text>"       -> an information line in the installer log
 *           "error <text>"     -> an error message: one line in the log (and a dialog when there is a UI)
 *           "set NAME=value"   -> MsiSetProperty (immediate actions only; deferred cannot)
 *   exit  : 0 = success; anything else fails the action with ERROR_INSTALL_FAILURE (1603).
 *
 * Entry points:
 *   OaValidate      immediate: extracts the program from the Binary table and runs "validate"
 *   OaCheck         immediate, run by the dialogs (DoAction): the same with "check", which sets OaInputErrors
 *                   to what "validate" would refuse instead of failing (docs/interactive-setup.md)
 *   OaPrepare       immediate: the same with "prepare" (computes CustomActionData for the deferred ones); the copy stays
 *   OaCheckRemoval  immediate: the same with "check-removal" (uninstall: whether putting values back needs a restart)
 *   OaSchedule      immediate, starts nothing: extracts the program (the copy stays) and sets the CustomActionData of
 *                   the actions listed in OaScheduledActions, for deferred actions that need no decision made before
 *   OaDeferred      deferred/rollback: CustomActionData = "<program path>\n<verb>\n<payload...>"
 *   OaCommit        commit: deletes the program copy and its folder (CustomActionData = its path)
 */
#include <windows.h>
#include <msi.h>
#include <msiquery.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define PROGRAM_BINARY L"OaActionsExe"
#define START_ATTEMPTS 5

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

/* Writes the program stored in the Binary table to a fresh temporary folder. */
static BOOL extract_program(MSIHANDLE session, WCHAR *folder, WCHAR *path)
{
    WCHAR temp[MAX_PATH];
    GetTempPathW(MAX_PATH, temp);
    for (int attempt = 0; attempt < 100; attempt++) {
        wsprintfW(folder, L"%soa-%08lx-%d", temp, GetCurrentProcessId() ^ GetTickCount(), attempt);
        if (CreateDirectoryW(folder, NULL)) break;
        folder[0] = 0;
    }
    if (!folder[0]) return FALSE;
    wsprintfW(path, L"%s\\oa-server.exe", folder);

    MSIHANDLE database = MsiGetActiveDatabase(session), view = 0, record = 0;
    BOOL ok = FALSE;
    if (database && MsiDatabaseOpenViewW(database, L"SELECT `Data` FROM `Binary` WHERE `Name`='" PROGRAM_BINARY L"'", &view) == ERROR_SUCCESS
        && MsiViewExecute(view, 0) == ERROR_SUCCESS && MsiViewFetch(view, &record) == ERROR_SUCCESS) {
        HANDLE file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
        if (file != INVALID_HANDLE_VALUE) {
            char chunk[65536];
            ok = TRUE;
            for (;;) {
                DWORD n = sizeof chunk, written;
                if (MsiRecordReadStream(record, 1, chunk, &n) != ERROR_SUCCESS) { ok = FALSE; break; }
                if (n == 0) break;
                if (!WriteFile(file, chunk, n, &written, NULL) || written != n) { ok = FALSE; break; }
            }
            CloseHandle(file);
        }
    }
    if (record) MsiCloseHandle(record);
    if (view) MsiCloseHandle(view);
    if (database) MsiCloseHandle(database);
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
    if (!CreatePipe(&in_read, &in_write, &inherit, 0) || !CreatePipe(&out_read, &out_write, &inherit, 0)) {
        post(session, INSTALLMESSAGE_INFO, L"could not create pipes for the custom-action program");
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
    WCHAR message[700];
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

/* The folder extract_program made for this installation holds the program and what the deferred actions saved next to
   it (the rollback snapshot): all of it goes. */
static void delete_program(const WCHAR *program)
{
    WCHAR folder[MAX_PATH], file[MAX_PATH + 260];
    lstrcpynW(folder, program, MAX_PATH);
    WCHAR *slash = wcsrchr(folder, L'\\');
    DeleteFileW(program);
    if (!slash) return;
    *slash = 0;
    WIN32_FIND_DATAW found;
    wsprintfW(file, L"%s\\*", folder);
    HANDLE search = FindFirstFileW(file, &found);
    if (search != INVALID_HANDLE_VALUE) {
        do {
            if (found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) continue;
            wsprintfW(file, L"%s\\%s", folder, found.cFileName);
            DeleteFileW(file);
        } while (FindNextFileW(search, &found));
        FindClose(search);
    }
    RemoveDirectoryW(folder);
}

static void append_program_line(buffer *input, const WCHAR *program)
{
    char *program8 = to_utf8(program);
    append(input, "OaProgram=", 10);
    append_escaped(input, program8);
    append(input, "\n", 1);
    free(program8);
}

/* keep: the extracted program stays for the deferred, rollback and commit actions of this
   installation (they cannot read the Binary table, and the installed copy may already be gone
   when a rollback runs); OaProgram tells them where it is, and the commit or rollback deletes it. */
/* extract_program, and on failure a log line and no folder left behind. */
static BOOL extract_or_report(MSIHANDLE session, WCHAR *folder, WCHAR *program)
{
    if (extract_program(session, folder, program)) return TRUE;
    post(session, INSTALLMESSAGE_INFO, L"could not extract the custom-action program from the Binary table");
    if (folder[0]) RemoveDirectoryW(folder);
    return FALSE;
}

static UINT run_immediate(MSIHANDLE session, const WCHAR *verb, BOOL keep)
{
    WCHAR folder[MAX_PATH] = L"", program[MAX_PATH] = L"";
    if (!extract_or_report(session, folder, program)) return ERROR_INSTALL_FAILURE;
    WCHAR *names = get_property(session, L"OaInputProperties");
    buffer input = { 0 };
    append(&input, "", 0);
    if (keep) append_program_line(&input, program);
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
    if (!keep || result != ERROR_SUCCESS) delete_program(program);
    return result;
}

UINT __stdcall OaValidate(MSIHANDLE session) { return run_immediate(session, L"validate", FALSE); }
UINT __stdcall OaCheck(MSIHANDLE session) { return run_immediate(session, L"check", FALSE); }
UINT __stdcall OaPrepare(MSIHANDLE session) { return run_immediate(session, L"prepare", TRUE); }
UINT __stdcall OaCheckRemoval(MSIHANDLE session) { return run_immediate(session, L"check-removal", FALSE); }

/* Immediate, starts nothing: OaScheduledActions is "Action=verb;Action=verb;...". Each Action property becomes the
   CustomActionData "<program>\n<verb>\n" (no payload), or the program path alone for an empty verb (the commit action). */
UINT __stdcall OaSchedule(MSIHANDLE session)
{
    WCHAR folder[MAX_PATH] = L"", program[MAX_PATH] = L"";
    if (!extract_or_report(session, folder, program)) return ERROR_INSTALL_FAILURE;
    WCHAR *list = get_property(session, L"OaScheduledActions");
    WCHAR *context = NULL;
    for (WCHAR *item = wcstok_s(list, L";", &context); item; item = wcstok_s(NULL, L";", &context)) {
        WCHAR *verb = wcschr(item, L'=');
        if (!verb) continue;
        *verb++ = 0;
        WCHAR *data = calloc(wcslen(program) + wcslen(verb) + 3, sizeof(WCHAR));
        if (verb[0]) wsprintfW(data, L"%s\n%s\n", program, verb);
        else wcscpy(data, program);
        MsiSetPropertyW(session, item, data);
        free(data);
    }
    free(list);
    return ERROR_SUCCESS;
}

/* Commit: the installation succeeded; CustomActionData is the extracted program to delete. */
UINT __stdcall OaCommit(MSIHANDLE session)
{
    WCHAR *program = get_property(session, L"CustomActionData");
    if (program[0]) delete_program(program);
    free(program);
    return ERROR_SUCCESS;
}

/* Deferred and rollback: everything comes from CustomActionData. Empty data = nothing to do. */
UINT __stdcall OaDeferred(MSIHANDLE session)
{
    WCHAR *data = get_property(session, L"CustomActionData");
    if (!data[0]) { free(data); return ERROR_SUCCESS; }
    WCHAR *verb = wcschr(data, L'\n');
    WCHAR *payload = verb ? wcschr(verb + 1, L'\n') : NULL;
    if (!verb || !payload) {
        post(session, INSTALLMESSAGE_INFO, L"CustomActionData for the custom-action program is malformed");
        free(data);
        return ERROR_INSTALL_FAILURE;
    }
    *verb++ = 0;
    *payload++ = 0;
    buffer input = { 0 };
    append_program_line(&input, data);
    char *payload8 = to_utf8(payload);
    append(&input, payload8, strlen(payload8));
    free(payload8);
    UINT result = run_program(session, FALSE, data, verb, input.data);
    /* A rollback is the last use of the extracted program: no commit will follow. */
    if (wcscmp(verb, L"restore") == 0) delete_program(data);
    free(input.data);
    free(data);
    return result;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
