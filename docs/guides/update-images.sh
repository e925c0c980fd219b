#!/usr/bin/env bash
# Copies into docs/guides/images/ exactly the screenshots that the guides reference (images/NAME.png
# in the .md files), from the folder where the GUI tests write them (default: build/ci/screens), so
# that `./dev test` followed by this script keeps the guides' screens true when the screens change.
# Fails, naming them, when some referenced screenshots are missing; removes images no guide uses.
#
#   docs/guides/update-images.sh [SCREENS_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="${1:-build/ci/screens}"
case "$src" in
    /*) ;;
    *) src="$root/$src" ;;
esac
dest="$here/images"

if [ ! -d "$src" ]; then
    echo "update-images: no screenshots folder $src (run ./dev test first)" >&2
    exit 1
fi

mapfile -t wanted < <(grep -ohE 'images/[A-Za-z0-9_.-]+\.png' "$here"/*.md | sed 's|^images/||' | sort -u)
if [ "${#wanted[@]}" -eq 0 ]; then
    echo "update-images: no image referenced by the guides" >&2
    exit 1
fi

missing=()
for name in "${wanted[@]}"; do
    [ -f "$src/$name" ] || missing+=("$name")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "update-images: missing in $src: ${missing[*]}" >&2
    exit 1
fi

mkdir -p "$dest"
for name in "${wanted[@]}"; do
    cp -f "$src/$name" "$dest/$name"
done
# Only what the guides use is kept (they are packaged and embedded in the application).
for file in "$dest"/*.png; do
    [ -e "$file" ] || continue
    name="$(basename "$file")"
    printf '%s\n' "${wanted[@]}" | grep -qxF "$name" || rm -f "$file"
done
echo "update-images: ${#wanted[@]} image(s) copied from $src to $dest ($(du -sh "$dest" | cut -f1))"
