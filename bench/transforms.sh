#!/usr/bin/env bash
# Benchmark (not a test): time for oa-transform to validate, and to validate and write, 20 vs 200
# division transforms. Division files are generated into a temp folder from the shipped examples;
# each round is a whole tool run (process start included), the median of the rounds is shown.
# Aim: linear in the number of divisions and under 2 s for 200.
# Usage: bench/transforms.sh [rounds, default 3]. Packages: $OA_OUT (default out/), built into the
# temp folder when missing there.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
packages="${OA_OUT:-$PWD/out}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Building oa-transform (Release) ..."
dotnet build transforms/OutlookAnywhere.DivisionTransforms -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
tool=transforms/OutlookAnywhere.DivisionTransforms/bin/Release/net10.0/oa-transform.dll
if [ ! -f "$packages/OutlookAnywhere.Server-x64.msi" ] || [ ! -f "$packages/OutlookAnywhere.Client-x64.msi" ]; then
    echo "No packages in $packages: building them into $work/packages ..."
    packages="$work/packages"
    dotnet build installer/OutlookAnywhere.Packaging -nologo -v:q -clp:ErrorsOnly -p:PackageOutput="$packages/" >/dev/null
fi

# N divisions, each with a server and a client section (2 transforms per division).
generate() {
    local n=$1 dir="$work/divisions-$1" i
    mkdir -p "$dir"
    for i in $(seq -w 1 "$n"); do
        cat > "$dir/division-$i.json" <<JSON
{
  "division": "division-$i",
  "description": "Generated division $i",
  "server": { "EXCHANGE_SERVERS": "ex$i,ex$i-b", "GLOBAL_CATALOGS": "dc$i", "DNS_DOMAIN": "div$i.example.com" },
  "client": { "EXCHANGE_SERVER": "ex$i.div$i.example.com", "PROXY_SERVER": "mail$i.example.com",
              "PROFILE_NAME": "Division $i", "CACHED_MODE": "HeadersOnly", "PROXY_AUTH": "NTLM" },
  "features": { "server": { "ServerSettings": 1 } }
}
JSON
    done
}

measure() { # verb n -> median seconds
    local verb=$1 n=$2 r t0 t1
    for r in $(seq "$rounds"); do
        rm -rf "$work/out-$n"
        t0=$(now)
        if [ "$verb" = validate ]; then
            dotnet "$tool" validate --divisions "$work/divisions-$n" >/dev/null
        else
            dotnet "$tool" build --packages "$packages" --out "$work/out-$n" --divisions "$work/divisions-$n" >/dev/null
        fi
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
    done | median
}

generate 20; generate 200
v20=$(measure validate 20); v200=$(measure validate 200)
b20=$(measure build 20); b200=$(measure build 200)
written=$(ls "$work/out-200" | wc -l)
[ "$written" -eq 400 ] || { echo "expected 400 transforms for 200 divisions, got $written" >&2; exit 1; }

printf '\n%-10s %12s %12s %10s %22s\n' "step" "20 div (s)" "200 div (s)" "ratio" "ms per division (200)"
for row in "validate $v20 $v200" "build $b20 $b200"; do
    set -- $row
    awk -v s="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%-10s %12.3f %12.3f %9.1fx %22.2f\n", s, a, b, b / a, (b - a) / 180 * 1000 }'
done
echo "(build = validate + write 2 transforms per division; ratio 10x would be purely linear with no start-up cost;"
echo " ms per division is the marginal cost between 20 and 200, start-up excluded)"
awk -v b="$b200" 'BEGIN { if (b >= 2) { print "SLOW: 200 divisions took " b " s (aim: under 2 s)"; exit 1 } }'
