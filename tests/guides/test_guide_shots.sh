#!/usr/bin/env bash
# The guides' screenshots are taken by a script from the demo (issue 20): docs/guides/update-images.sh
# builds a small demo and plays docs/guides/shots.tsv; every picture the guides reference must come
# out, at 1366x768, and the committed pictures must be exactly those the guides reference. A broken
# shot script is refused naming its line, and a step that cannot be played fails naming it.
#
#   test_guide_shots.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Every referenced picture taken from a small demo, at the size of the reference screen.
"$src/docs/guides/update-images.sh" --build "$build" --out "$work/images" \
    --demo "--establishments 60 --workers 2500 --years 3" 2> "$work/update.log" \
    || { cat "$work/update.log" >&2; fail "update-images.sh failed"; }
mapfile -t wanted < <(grep -ohE 'images/[A-Za-z0-9_.-]+\.png' "$src"/docs/guides/*.md | sed 's|^images/||' | sort -u)
[ "${#wanted[@]}" -ge 20 ] || fail "only ${#wanted[@]} pictures referenced by the guides"
for name in "${wanted[@]}"; do
    file="$work/images/$name"
    [ -s "$file" ] || fail "$name was not taken"
    # PNG header: width and height, big-endian, at bytes 16-23.
    read -r width height < <(od -An -tu1 -j16 -N8 "$file" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$width" -le 1366 ] && [ "$height" -le 768 ] || fail "$name is ${width}x${height}, larger than 1366x768"
done
for name in main_medecin.png main_planif.png dashboard.png; do
    read -r width height < <(od -An -tu1 -j16 -N8 "$work/images/$name" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$width" -eq 1366 ] && [ "$height" -eq 768 ] || fail "$name, a main window, is ${width}x${height} instead of 1366x768"
done
echo "ok: ${#wanted[@]} pictures taken from the demo, main windows at 1366x768"

# 2. The committed pictures are exactly those the guides reference.
mapfile -t committed < <(cd "$src/docs/guides/images" && ls -- *.png | sort)
[ "$(printf '%s\n' "${committed[@]}")" = "$(printf '%s\n' "${wanted[@]}")" ] \
    || fail "docs/guides/images differs from the pictures the guides reference: $(diff <(printf '%s\n' "${committed[@]}") <(printf '%s\n' "${wanted[@]}") | tr '\n' ' ')"

# 3. A broken script is refused before anything runs, naming the line and the value.
printf 'x.png\tphysician\tpage myday ; frobnicate 3\n' > "$work/bad.tsv"
set +e
"$build/bin/vigie-guide-shots" --db /nonexistent.db --password-file /dev/null --accounts /dev/null \
    --script "$work/bad.tsv" --out "$work/bad" --today 2026-03-10 2> "$work/bad.log"
code=$?
set -e
[ "$code" -eq 2 ] || fail "a script with an unknown step exits $code, not 2"
grep -q 'line 1: unknown step "frobnicate"' "$work/bad.log" || fail "unexpected message: $(cat "$work/bad.log")"

# 4. A step that cannot be played fails naming the picture and the step (here a page the role lacks).
printf 'Demo-Vigie-2026!\n' > "$work/pw"
"$build/bin/vigie-cli" demo --db "$work/d.db" --password-file "$work/pw" --establishments 5 --workers 50 --years 1 \
    --seed 3 --today 2026-03-10 > "$work/accounts.tsv" 2> /dev/null
printf 'planner.png\tplanner\tpage records\n' > "$work/deny.tsv"
set +e
QT_QPA_PLATFORM=offscreen "$build/bin/vigie-guide-shots" --db "$work/d.db" --password-file "$work/pw" \
    --accounts "$work/accounts.tsv" --script "$work/deny.tsv" --out "$work/deny" --today 2026-03-10 2> "$work/deny.log"
code=$?
set -e
[ "$code" -eq 1 ] || fail "a page the role lacks exits $code, not 1"
grep -q 'planner.png.*step 1 "page records": no page "records" for this role' "$work/deny.log" \
    || fail "unexpected message: $(cat "$work/deny.log")"
[ ! -e "$work/deny/planner.png" ] || fail "a picture was written although its step failed"
echo "ok: broken scripts and impossible steps are refused, naming them"
