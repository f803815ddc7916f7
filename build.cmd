@echo off
rem Outlook Anywhere deployment kit: build and test on Windows.
rem   build.cmd          build both packages and the example division transforms into out\
rem   build.cmd test     build, then run the unit and package tests (the Wine end-to-end tests need Linux)
rem Prerequisites on PATH: the .NET 10 SDK (dotnet), msitools (wixl.exe, msibuild.exe, msiinfo.exe) and
rem MinGW-w64 gcc for both shims (x86_64-w64-mingw32-gcc.exe and i686-w64-mingw32-gcc.exe, or set OA_MINGW_GCC and
rem OA_MINGW_GCC_X86 to their paths). They are not downloaded here: winget install Microsoft.DotNet.SDK.10, and msitools/MinGW
rem from MSYS2 (pacman -S mingw-w64-x86_64-msitools mingw-w64-x86_64-gcc mingw-w64-i686-gcc).
setlocal
cd /d "%~dp0"
set MODE=%1
if "%MODE%"=="" set MODE=build
if "%MODE%"=="--help" goto help
if "%MODE%"=="-h" goto help
if "%MODE%"=="/?" goto help
if not "%MODE%"=="build" if not "%MODE%"=="test" (echo usage: build.cmd [build^|test] & exit /b 2)

where dotnet >nul 2>&1 || (echo The .NET 10 SDK is required: winget install Microsoft.DotNet.SDK.10 & exit /b 1)
where wixl >nul 2>&1 || (echo wixl.exe is required on PATH: MSYS2 pacman -S mingw-w64-x86_64-msitools & exit /b 1)
where msibuild >nul 2>&1 || (echo msibuild.exe is required on PATH: MSYS2 pacman -S mingw-w64-x86_64-msitools & exit /b 1)
if "%OA_MINGW_GCC%"=="" (where x86_64-w64-mingw32-gcc >nul 2>&1 || (where gcc >nul 2>&1 && set OA_MINGW_GCC=gcc))
if "%OA_MINGW_GCC%"=="" (where x86_64-w64-mingw32-gcc >nul 2>&1 || (echo MinGW-w64 gcc is required: MSYS2 pacman -S mingw-w64-x86_64-gcc, or set OA_MINGW_GCC & exit /b 1))
if "%OA_MINGW_GCC_X86%"=="" (where i686-w64-mingw32-gcc >nul 2>&1 || (echo MinGW-w64 i686 gcc is required for the x86 shim: MSYS2 pacman -S mingw-w64-i686-gcc, or set OA_MINGW_GCC_X86 & exit /b 1))

dotnet build Setup.sln -c Release -nologo -v:q -clp:ErrorsOnly || exit /b 1
rem Division transforms: one .mst per division and package section, all or nothing.
dotnet transforms\OutlookAnywhere.DivisionTransforms\bin\Release\net10.0\oa-transform.dll build --packages out --out out --divisions transforms\divisions || exit /b 1
rem Signing is the last change to the packages and transforms; the release step after it only reads them.
call :sign || exit /b 1
dotnet installer\OutlookAnywhere.Release\bin\Release\net10.0\oa-release.dll build --packages out --out out || exit /b 1
if "%MODE%"=="build" exit /b 0

rem End-to-end tests drive Wine and run on Linux only.
dotnet test Setup.sln -c Release --no-build -nologo --filter "FullyQualifiedName!~EndToEnd"
exit /b %ERRORLEVEL%

rem Authenticode with signtool (Windows SDK): OA_SIGN_CERT = .pfx, OA_SIGN_PASSWORD, optional OA_SIGN_TIMESTAMP_URL (RFC 3161).
:sign
if "%OA_SIGN_CERT%"=="" (echo Unsigned: OA_SIGN_CERT is not set, so the .msi and .mst files in out\ are not signed.& exit /b 0)
if not exist "%OA_SIGN_CERT%" (echo OA_SIGN_CERT '%OA_SIGN_CERT%' is not a file; it must be a .pfx holding the code-signing certificate and its key.& exit /b 1)
where signtool >nul 2>&1 || (echo signtool.exe is required on PATH to sign: it comes with the Windows SDK.& exit /b 1)
set OA_SIGN_TS=
if not "%OA_SIGN_TIMESTAMP_URL%"=="" set OA_SIGN_TS=/tr "%OA_SIGN_TIMESTAMP_URL%" /td SHA256
signtool sign /q /fd SHA256 /f "%OA_SIGN_CERT%" /p "%OA_SIGN_PASSWORD%" %OA_SIGN_TS% out\*.msi out\*.mst || (echo Signing with OA_SIGN_CERT '%OA_SIGN_CERT%' failed: wrong password, not a code-signing .pfx, or the time-stamp authority did not answer.& exit /b 1)
echo Signed out\*.msi and out\*.mst.
exit /b 0

:help
echo usage: build.cmd [build^|test]
echo   build.cmd          build both packages and the example division transforms into out\
echo   build.cmd test     build, then run the unit and package tests (the Wine end-to-end tests need Linux)
exit /b 0
