#!/usr/bin/env bash
# Takes the guides' screenshots again from a demo database, so that they stay true when the screens
# change: builds the demo (vigie-cli demo, fixed seed and day), plays docs/guides/shots.tsv with
# vigie-guide-shots (each picture signed in as the demo account of its role, at 1366x768, in French),
# then copies into docs/guides/images/ exactly the pictures the guides reference (images/NAME.png in
# the .md files) and removes those no guide uses. Fails, naming them, when a referenced picture is not
# in shots.tsv or could not be taken.
#
#   docs/guides/update-images.sh [--build DIR] [--out DIR] [--demo "DEMO OPTIONS"]
#
# --build: the build folder holding bin/vigie-cli and bin/vigie-guide-shots (default build/ci);
# --out: where the pictures go (default docs/guides/images; the guide_shots test uses a temporary
# folder); --demo: options for `vigie-cli demo` (default: the default demo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build/ci"
dest="$here/images"
demo_options=""
today="2026-03-10" # a Tuesday: the physicians' day and the agendas' week are full
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --out) dest="$2"; shift 2 ;;
        --demo) demo_options="$2"; shift 2 ;;
        *) echo "update-images: unknown option $1 (--build DIR, --out DIR, --demo \"OPTIONS\")" >&2; exit 2 ;;
    esac
done
for tool in vigie-cli vigie-guide-shots; do
    if [ ! -x "$build/bin/$tool" ]; then
        echo "update-images: no $build/bin/$tool (run ./dev build first)" >&2
        exit 1
    fi
done

mapfile -t wanted < <(grep -ohE 'images/[A-Za-z0-9_.-]+\.png' "$here"/*.md | sed 's|^images/||' | sort -u)
if [ "${#wanted[@]}" -eq 0 ]; then
    echo "update-images: no image referenced by the guides" >&2
    exit 1
fi
missing=()
for name in "${wanted[@]}"; do
    [ "$name" = dmst-attestation.png ] && continue # a PDF, rendered below
    grep -qP "^\Q$name\E\t" "$here/shots.tsv" || missing+=("$name")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "update-images: referenced by the guides but not in shots.tsv: ${missing[*]}" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'Demo-Vigie-2026!\n' > "$work/password"
chmod 600 "$work/password"
echo "update-images: demo database (seed 1, $today)…" >&2
# shellcheck disable=SC2086 # the demo options are words
"$build/bin/vigie-cli" demo --db "$work/demo.db" --password-file "$work/password" --seed 1 --today "$today" \
    $demo_options > "$work/accounts.tsv" 2> "$work/demo.log" || { cat "$work/demo.log" >&2; exit 1; }
only=()
for name in "${wanted[@]}"; do
    [ "$name" = dmst-attestation.png ] || only+=(--only "$name") # a PDF, rendered below
done
QT_QPA_PLATFORM=offscreen "$build/bin/vigie-guide-shots" --db "$work/demo.db" --password-file "$work/password" \
    --accounts "$work/accounts.tsv" --script "$here/shots.tsv" --out "$work/shots" --today "$today" "${only[@]}"

# The printed attestation de suivi: the demo physician's latest signed one, printed by vigie-cli as
# for its recipient (same policy and audit as the screen), first page rendered by pdftoppm. The
# document is found with the test tools' SQLCipher shell, under the key the administrator may show.
if printf '%s\n' "${wanted[@]}" | grep -qxF dmst-attestation.png; then
    cli=("$build/bin/vigie-cli" --db "$work/demo.db" --password-file "$work/password")
    "${cli[@]}" --user admin key show > "$work/key" 2> "$work/pragmas"
    document=$({ printf 'PRAGMA key = "x'"'"'%s'"'"'";\n' "$(cat "$work/key")"; cat "$work/pragmas"
                 echo "SELECT d.id FROM dmst_documents d JOIN accounts a ON a.id = d.signed_by WHERE a.login = 'medecin'"
                 echo "  AND d.kind = 'attestation' AND d.status = 'signed' AND d.deleted = 0 ORDER BY d.issued_on DESC, d.id LIMIT 1;"
               } | "$build/bin/sqlcipher-shell" "$work/demo.db" | grep -vx ok | tail -1)
    if [ -z "$document" ]; then
        echo "update-images: the demo has no attestation signed by the physician 'medecin'" >&2
        exit 1
    fi
    "${cli[@]}" --user medecin dmst document print --id "$document" --out "$work/attestation.pdf" > /dev/null
    pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$work/attestation.pdf" "$work/shots/dmst-attestation"
fi

mkdir -p "$dest"
for name in "${wanted[@]}"; do
    cp -f "$work/shots/$name" "$dest/$name"
done
# Only what the guides use is kept (they are packaged and embedded in the application).
for file in "$dest"/*.png; do
    [ -e "$file" ] || continue
    name="$(basename "$file")"
    printf '%s\n' "${wanted[@]}" | grep -qxF "$name" || rm -f "$file"
done
echo "update-images: ${#wanted[@]} image(s) taken from the demo into $dest ($(du -sh "$dest" | cut -f1))"
