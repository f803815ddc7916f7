#!/usr/bin/env bash
# Benchmark (not a test): package build time, package sizes, and install + uninstall time under Wine,
# next to a minimal one-registry-value package built the same way (the floor). Machines are noisy:
# read the ratios, which are measured in the same run. Usage: bench/run.sh [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
case "$rounds" in
    -h|--help) sed -n '2,4s/^# //p' "$0"; exit 0;;
    ''|*[!0-9]*|0) echo "usage: bench/run.sh [rounds, a whole number from 1, default 5]" >&2; exit 2;;
esac
wine="${OA_WINE:-$( [ -x /usr/lib/wine/wine64 ] && echo /usr/lib/wine/wine64 || command -v wine64 )}"
work="$PWD/out/bench"
rm -rf "$work"; mkdir -p "$work"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
# Wine without address randomisation, as the end-to-end tests run it (docs/TOOLCHAIN.md, "Process starts").
run_wine() { if setarch "$(uname -m)" -R true 2>/dev/null; then setarch "$(uname -m)" -R "$wine" "$@"; else "$wine" "$@"; fi; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Building (Release) ..."
dotnet build Setup.sln -c Release -nologo -v:q -clp:ErrorsOnly -p:BuildPackages=false >/dev/null
dotnet build customactions/OutlookAnywhere.CustomActions -c Release -o out/obj/actions -nologo -v:q >/dev/null
tool=installer/OutlookAnywhere.Packaging/bin/Release/net10.0/oa-package.dll

t0=$(now); dotnet "$tool" --out "$work/pkg" --package server --actions out/obj/actions/oa-server.exe >/dev/null; t1=$(now)
dotnet "$tool" --out "$work/pkg" --package client >/dev/null; t2=$(now)
(cd bench/floor && wixl -a x64 -o "$work/pkg/Floor.msi" Floor.wxs); t3=$(now)
build_server=$(elapsed "$t0" "$t1"); build_client=$(elapsed "$t1" "$t2"); build_floor=$(elapsed "$t2" "$t3")

WINEDLLOVERRIDES="mscoree,mshtml=" run_wine wineboot -i >/dev/null 2>&1
"$(dirname "$wine")/wineserver" -w
"$(dirname "$wine")/wineserver" -p
# The server's custom actions are a .NET Framework 4 program: this prefix runs it as the end-to-end tests do, through
# the test-only mscoree.dll stand-in and .NET 10 host (tests/OutlookAnywhere.EndToEnd.Tests/MscoreeStandIn.cs).
standin="$PWD/out/obj/netfx-host"
[ -f "$standin/mscoree.dll" ] || { echo "$standin/mscoree.dll is missing: dotnet build Setup.sln builds it" >&2; exit 1; }
cp "$standin/mscoree.dll" "$WINEPREFIX/drive_c/windows/system32/mscoree.dll"
run_wine reg add 'HKCU\Software\Wine\DllOverrides' /v mscoree /d native /f >/dev/null
run_wine reg add 'HKLM\SOFTWARE\OutlookAnywhere.Tests' /v NetFrameworkHost /d "Z:${standin//\//\\}\\oa-netfx-host.exe" /f /reg:64 >/dev/null
run_wine reg add 'HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Client' /v Install /t REG_DWORD /d 1 /f /reg:64 >/dev/null
run_wine reg add 'HKLM\SOFTWARE\Microsoft\Rpc\RpcProxy' /v ValidPorts /d 'proxy01:593' /f /reg:64 >/dev/null

# One install + uninstall, timed; exits if msiexec fails.
cycle() { # package properties...
    local package="Z:${1//\//\\}"; shift
    printf '@echo off\r\nmsiexec /i "%s" /qn %s\r\nif errorlevel 1 if not errorlevel 3010 echo FAILED-INSTALL\r\nmsiexec /x "%s" /qn\r\n' \
        "$package" "$*" "$package" > "$work/cycle.cmd"
    local start end out
    start=$(now); out=$(run_wine cmd /c "Z:${work//\//\\}\\cycle.cmd" 2>&1); end=$(now)
    if [[ "$out" == *FAILED* ]]; then echo "install of $package failed" >&2; exit 1; fi
    elapsed "$start" "$end"
}
# Rounds interleave the packages (floor, client x86, client x64, server, floor, ...), so that a slow stretch of the machine hits all of
# them alike and the ratios stay comparable; each package's time is the median of its rounds.
: > "$work/times"
for _ in $(seq "$rounds"); do
    echo "floor $(cycle "$work/pkg/Floor.msi")" >> "$work/times"
    for platform in x86 x64; do
        echo "client-$platform $(cycle "$work/pkg/OutlookAnywhere.Client-$platform.msi" EXCHANGE_SERVER=ex01.corp.example.com PROXY_SERVER=mail.example.com)" >> "$work/times"
    done
    echo "server $(cycle "$work/pkg/OutlookAnywhere.Server-x64.msi" EXCHANGE_SERVERS=ex01,ex02 GLOBAL_CATALOGS=dc01 DNS_DOMAIN=corp.example.com)" >> "$work/times"
done
measured() { awk -v p="$1" '$1 == p { print $2 }' "$work/times" | median; }
floor=$(measured floor); client_x86=$(measured client-x86); client_x64=$(measured client-x64); server=$(measured server)
"$(dirname "$wine")/wineserver" -k || true

size() { stat -c %s "$1"; }
printf '\n%-10s %12s %12s %22s %10s\n' package "size (KiB)" "build (s)" "install+uninstall (s)" "x floor"
for row in "floor:Floor.msi:$build_floor:$floor" "server-x64:OutlookAnywhere.Server-x64.msi:$build_server:$server" \
           "client-x86:OutlookAnywhere.Client-x86.msi:$build_client:$client_x86" "client-x64:OutlookAnywhere.Client-x64.msi:$build_client:$client_x64"; do
    IFS=: read -r name file build install <<<"$row"
    printf '%-10s %12d %12.2f %22.2f %10.2f\n' "$name" $(( $(size "$work/pkg/$file") / 1024 )) "$build" "$install" "$(awk -v a="$install" -v b="$floor" 'BEGIN { print a / b }')"
done
echo "(median of $rounds install+uninstall cycles under Wine; build = wixl + post-build + lint, server includes the shim compile,
client = both platform builds)"
