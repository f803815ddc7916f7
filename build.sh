#!/usr/bin/env bash
# Outlook Anywhere deployment kit: build and test on Debian/Ubuntu.
#   ./build.sh          build both packages and the example division transforms into out/
#   ./build.sh test     build, then run every test (unit, package, end-to-end under Wine)
# Missing prerequisites are installed with apt-get (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-build}"
case "$mode" in build|test) ;; *) echo "usage: ./build.sh [build|test]" >&2; exit 2;; esac

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || missing+=("${pair#*:}")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing prerequisites: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK 10 is required (dotnet on PATH): https://learn.microsoft.com/dotnet/core/install/linux" >&2
    exit 1
fi
# command-or-path:debian-package
ensure_packages wixl:wixl msibuild:msitools msiinfo:msitools x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 i686-w64-mingw32-gcc:gcc-mingw-w64-i686
if [ "$mode" = test ]; then
    if ! { [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1; }; then
        ensure_packages /usr/lib/wine/wine64:wine64 wine:wine
    fi
fi
# Signing, and the signing tests (throwaway certificates made with openssl).
if [ "$mode" = test ] || [ -n "${OA_SIGN_CERT:-}" ]; then ensure_packages osslsigncode:osslsigncode openssl:openssl; fi

dotnet build Setup.sln -c Release -nologo -v:q -clp:ErrorsOnly
# Division transforms: every transforms/divisions/*.json is validated, then one .mst per division and package
# section is written to out/ (all or nothing; exit code 1 names the file, field and value at fault).
dotnet transforms/OutlookAnywhere.Transforms/bin/Release/net10.0/oa-transform.dll build --packages out --out out --divisions transforms/divisions
# Signing is the last change to the packages and transforms (OA_SIGN_CERT, OA_SIGN_PASSWORD, OA_SIGN_TIMESTAMP_URL);
# the release step after it only reads them: one .intunewin per package and release-manifest.json.
installer/sign.sh out
dotnet installer/OutlookAnywhere.Release/bin/Release/net10.0/oa-release.dll build --packages out --out out
echo "Built: $(ls out/*.msi out/*.mst 2>/dev/null | tr '\n' ' ')"
[ "$mode" = test ] || exit 0

# Run every test project; the last line sums them all: "N passed, N failed, N skipped".
mkdir -p out
set +e
dotnet test Setup.sln -c Release --no-build -nologo 2>&1 | tee out/test-output.txt
status=${PIPESTATUS[0]}
set -e
awk '
    /(Passed|Failed)! +- +Failed:/ {
        line = $0; gsub(/[,:]/, " ", line); n = split(line, w, / +/)
        for (i = 1; i < n; i++) {
            if (w[i] == "Failed") failed += w[i + 1]
            if (w[i] == "Passed") passed += w[i + 1]
            if (w[i] == "Skipped") skipped += w[i + 1]
        }
        runs++
    }
    END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped; if (runs == 0) exit 1 }
' out/test-output.txt || status=1
exit "$status"
