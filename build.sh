#!/usr/bin/env bash
# Outlook Anywhere deployment kit: build and test on Debian/Ubuntu.
#   ./build.sh          build both packages and the example division transforms into out/
#   ./build.sh test     build (skipped when no source changed since the last build), then run every test project
# Missing prerequisites are installed with apt-get (as root, or through sudo); the .NET 10 SDK must be there already.
# Each step is printed as it starts, with the time since the start: [m:ss].
set -euo pipefail
cd "$(dirname "$0")"
mode="${1:-build}"
case "$mode" in
    build|test) ;;
    -h|--help|help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0;;
    *) echo "usage: ./build.sh [build|test]" >&2; exit 2;;
esac

started=$SECONDS
step() { printf '[%d:%02d] %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || missing+=("${pair#*:}")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        step "installing prerequisites with apt-get: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

step "checking prerequisites"
if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (dotnet on PATH) and is not installed by this script (no Debian package):" >&2
    echo "https://learn.microsoft.com/dotnet/core/install/linux. Nothing was built." >&2
    exit 1
fi
# command-or-path:debian-package
ensure_packages wixl:wixl msibuild:msitools msiinfo:msitools x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 i686-w64-mingw32-gcc:gcc-mingw-w64-i686
if [ "$mode" = test ]; then
    if ! { [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1; }; then
        ensure_packages /usr/lib/wine/wine64:wine64 wine:wine
    fi
    # The interactive setup tests: a headless X server, keyboard input, screenshots of the dialogs.
    ensure_packages Xvfb:xvfb xdotool:xdotool xwd:x11-apps import:imagemagick
fi
# Signing, and the signing tests (throwaway certificates made with openssl).
if [ "$mode" = test ] || [ -n "${OA_SIGN_CERT:-}" ]; then ensure_packages osslsigncode:osslsigncode openssl:openssl; fi

# Up-to-date check: the content of every source file (what git tracks or would track; out/, bin/ and obj/ are
# ignored) when the last build succeeded, and what that build wrote. Same sources and every output still there:
# nothing to build again.
state_file=out/obj/build-state
# Every test project; the end-to-end tests (Wine, the slowest) last, so the quick ones report first.
test_projects=()
for project in $(ls tests/*/*.csproj | grep -v EndToEnd) tests/*EndToEnd*/*.csproj; do
    [ -f "$project" ] && grep -q '<IsTestProject>true</IsTestProject>' "$project" && test_projects+=("$project")
done
source_state() {
    git ls-files -z -co --exclude-standard 2>/dev/null | sort -z | xargs -0 -r sha1sum 2>/dev/null | sha1sum | cut -d' ' -f1 || true
}
built_outputs() {
    ls out/*.msi out/*.mst 2>/dev/null || true
    local project
    for project in "${test_projects[@]}"; do
        echo "$(dirname "$project")/bin/Release/net10.0/$(basename "$project" .csproj).dll"
    done
}
up_to_date() {
    [ -f "$state_file" ] && [ "$(head -n1 "$state_file")" = "$1" ] || return 1
    local output
    while IFS= read -r output; do [ -f "$output" ] || return 1; done < <(tail -n +2 "$state_file")
}

state=$(source_state)
if [ -n "$state" ] && up_to_date "$state"; then
    step "up to date: no source changed since the last build ($(date -r "$state_file" '+%H:%M:%S')); outputs in out/"
else
    rm -f "$state_file"
    step "building the C# projects (dotnet build Setup.sln; the first build restores NuGet packages)"
    dotnet build Setup.sln -c Release -nologo -v:m -tl:off -clp:NoSummary -p:BuildPackages=false 2>&1 \
        | while IFS= read -r line; do
            case "$line" in
                *' -> '*) step "  built ${line##*/}";;
                'Build succeeded.'|*' Warning(s)'|*' Error(s)'|'Time Elapsed'*|'') ;;
                *) printf '%s\n' "$line";;
            esac
        done
    step "building the packages (oa-server.exe, wixl, post-build tables, lint)"
    dotnet build installer/OutlookAnywhere.Packaging/OutlookAnywhere.Packaging.csproj -c Release -nologo -v:q -clp:ErrorsOnly --no-restore
    # Division transforms: every transforms/divisions/*.json is validated, then one .mst per division and package
    # section is written to out/ (all or nothing; exit code 1 names the file, field and value at fault).
    step "building the division transforms (oa-transform build)"
    dotnet transforms/OutlookAnywhere.DivisionTransforms/bin/Release/net10.0/oa-transform.dll build --packages out --out out --divisions transforms/divisions
    # Signing is the last change to the packages and transforms (OA_SIGN_CERT, OA_SIGN_PASSWORD, OA_SIGN_TIMESTAMP_URL);
    # the release step after it only reads them: one .intunewin per package and release-manifest.json.
    step "signing (installer/sign.sh) and the release files (oa-release build)"
    installer/sign.sh out
    dotnet installer/OutlookAnywhere.Release/bin/Release/net10.0/oa-release.dll build --packages out --out out
    { echo "$state"; built_outputs; } > "$state_file"
fi
step "built: $(ls out/*.msi out/*.mst 2>/dev/null | tr '\n' ' ')"
[ "$mode" = test ] || exit 0

# Every test project, one at a time; the last line sums them all: "N passed, N failed, N skipped", from each
# project's own summary line ("Passed!  - Failed: 0, Passed: N, ..."); its whole output is in out/test-results/.
rm -rf out/test-results && mkdir -p out/test-results
status=0
for project in "${test_projects[@]}"; do
    name=$(basename "$project" .csproj)
    step "testing $name"
    set +e
    dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "out/test-results/$name.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    set -e
    grep -qE '(Passed|Failed)! +- +Failed:' "out/test-results/$name.txt" || { step "$name gave no test summary"; status=1; }
done
if [ "$status" -ne 0 ]; then
    step "failed: each test's output is in out/test-results/, the end-to-end tests' msiexec logs in out/test-logs/<test class>/<test>/"
fi
cat out/test-results/*.txt | awk '
    /(Passed|Failed)! +- +Failed:/ {
        line = $0; gsub(/[,:]/, " ", line); n = split(line, w, / +/)
        for (i = 1; i < n; i++) {
            if (w[i] == "Failed") failed += w[i + 1]
            if (w[i] == "Passed") passed += w[i + 1]
            if (w[i] == "Skipped") skipped += w[i + 1]
        }
    }
    END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }
'
exit "$status"
