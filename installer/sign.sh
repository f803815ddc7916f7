#!/usr/bin/env bash
# Authenticode-signs every .msi and .mst in a folder with osslsigncode. It must be the last change to them: any edit
# after signing breaks the signature (the release step after it only reads them).
#   OA_SIGN_CERT=signing.pfx OA_SIGN_PASSWORD=... [OA_SIGN_TIMESTAMP_URL=http://tsa.example.com] installer/sign.sh out
# Without OA_SIGN_CERT it prints one line saying the output is unsigned and changes nothing.
# All or nothing: every file is signed to a copy first; the originals are replaced only when all copies are signed.
set -euo pipefail
folder="${1:?usage: installer/sign.sh FOLDER}"
if [ -z "${OA_SIGN_CERT:-}" ]; then
    echo "Unsigned: OA_SIGN_CERT is not set, so the .msi and .mst files in $folder are not signed."
    exit 0
fi
fail() { echo "sign.sh: $*" >&2; exit 1; }
[ -f "$OA_SIGN_CERT" ] || fail "OA_SIGN_CERT '$OA_SIGN_CERT' is not a file; it must be a PKCS#12 (.pfx) file holding the code-signing certificate and its key."
[ -n "${OA_SIGN_PASSWORD+set}" ] || fail "OA_SIGN_PASSWORD is not set; it must hold the password of OA_SIGN_CERT '$OA_SIGN_CERT' (set it empty for a .pfx without one)."
timestamp=()
if [ -n "${OA_SIGN_TIMESTAMP_URL:-}" ]; then
    case "$OA_SIGN_TIMESTAMP_URL" in
        http://*|https://*) timestamp=(-ts "$OA_SIGN_TIMESTAMP_URL") ;;  # RFC 3161 time-stamp authority
        *) fail "OA_SIGN_TIMESTAMP_URL '$OA_SIGN_TIMESTAMP_URL' must be an http:// or https:// URL of an RFC 3161 time-stamp authority." ;;
    esac
fi
command -v osslsigncode >/dev/null 2>&1 || fail "osslsigncode is not installed: apt-get install osslsigncode"

shopt -s nullglob
files=("$folder"/*.msi "$folder"/*.mst)
[ "${#files[@]}" -gt 0 ] || fail "no .msi or .mst in $folder to sign."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The password goes through a file readable only by us, never on a command line other users can see.
( umask 077; printf '%s' "$OA_SIGN_PASSWORD" > "$work/password" )
for file in "${files[@]}"; do
    if ! osslsigncode sign -pkcs12 "$OA_SIGN_CERT" -readpass "$work/password" -h sha256 "${timestamp[@]}" \
            -in "$file" -out "$work/$(basename "$file")" >"$work/log" 2>&1; then
        cat "$work/log" >&2
        fail "signing $file with OA_SIGN_CERT '$OA_SIGN_CERT' failed (wrong password, not a code-signing .pfx, or the time-stamp authority did not answer); nothing in $folder was changed."
    fi
done
for file in "${files[@]}"; do mv -f "$work/$(basename "$file")" "$file"; done
echo "Signed ${#files[@]} files in $folder${timestamp:+ (time-stamped by $OA_SIGN_TIMESTAMP_URL)}."
