#!/usr/bin/env bash
# The packages, as an administrator installs them (issue 20 items 1–3): cpack builds the .deb files
# from this build folder; lintian finds no error in them (warnings are printed); the desktop entry and
# the AppStream metadata validate; the packages install into a clean root made here (dpkg --root, no
# maintainer script touches this machine), their binaries answer --version, the systemd unit passes
# `systemd-analyze verify`; removal keeps the data folders, purge removes them.
#   test_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD=$1
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "ÉCHEC : $*" >&2; exit 1; }

for tool in cpack lintian appstreamcli desktop-file-validate dpkg dpkg-deb; do
  command -v "$tool" >/dev/null || fail "outil absent : $tool (./dev deps l'installe)"
done

echo "== cpack"
(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
mapfile -t DEBS < <(ls "$WORK"/out/*.deb)
[ ${#DEBS[@]} -ge 1 ] || fail "aucun paquet produit"
printf '  %s\n' "${DEBS[@]##*/}"

echo "== lintian"
status=0
for deb in "${DEBS[@]}"; do
  lintian --tag-display-limit 0 "$deb" >"$WORK/lintian.txt" 2>&1 || true
  sed 's/^/  /' "$WORK/lintian.txt"
  if grep -q '^E: ' "$WORK/lintian.txt"; then status=1; fi
done
[ $status -eq 0 ] || fail "lintian signale des erreurs"

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$SRC/resources/fr.vigie.Vigie.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$SRC/resources/fr.vigie.Vigie.metainfo.xml" || fail "appstreamcli validate"

echo "== install into a clean root"
ROOT="$WORK/root"
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/etc"
touch "$ROOT/var/lib/dpkg/status"
DPKG=(dpkg --root="$ROOT" --log=/dev/null --force-depends --force-not-root)
vigie_deb=$(printf '%s\n' "${DEBS[@]}" | grep '/vigie_' || true)
[ -n "$vigie_deb" ] || fail "paquet vigie absent"
"${DPKG[@]}" --unpack "$vigie_deb" >/dev/null
"${DPKG[@]}" --configure vigie >/dev/null
for f in usr/bin/vigie usr/bin/vigie-cli usr/share/applications/fr.vigie.Vigie.desktop usr/share/metainfo/fr.vigie.Vigie.metainfo.xml \
         usr/share/icons/hicolor/48x48/apps/fr.vigie.Vigie.png usr/share/icons/hicolor/256x256/apps/fr.vigie.Vigie.png \
         usr/share/icons/hicolor/scalable/apps/fr.vigie.Vigie.svg usr/share/doc/vigie/copyright usr/share/doc/vigie/changelog.gz; do
  [ -e "$ROOT/$f" ] || fail "fichier non installé : /$f"
done
version=$(sed -n 's/^project(Vigie VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
out=$("$ROOT/usr/bin/vigie-cli" --version)
[ "$out" = "vigie-cli $version" ] || fail "vigie-cli --version a répondu « $out », attendu « vigie-cli $version »"
out=$(QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/vigie" --version)
[ "$out" = "vigie $version" ] || fail "vigie --version a répondu « $out », attendu « vigie $version »"
[ "$(dpkg-deb -f "$vigie_deb" Version)" = "$version" ] || fail "version du paquet vigie"
dpkg-deb -f "$vigie_deb" Depends | grep -q 'libqt6' || fail "le paquet vigie ne déclare pas Qt"
echo "  vigie $version installé ; vigie et vigie-cli répondent à --version"

server_deb=$(printf '%s\n' "${DEBS[@]}" | grep '/vigie-server_' || true)
if [ -n "$server_deb" ]; then
  # Maintainer scripts would create a system user and start a service on this machine: unpack only,
  # then play the data folders the postinst would create, to check what removal and purge do.
  "${DPKG[@]}" --unpack "$server_deb" >/dev/null
  [ -e "$ROOT/usr/lib/systemd/system/vigie-server.service" ] || fail "unité systemd non installée"
  out=$("$ROOT/usr/bin/vigie-server" --version)
  [ "$out" = "vigie-server $version" ] || fail "vigie-server --version a répondu « $out »"
  # The unit as installed, its ExecStart pointed at the binary of the test root (this machine has no
  # /usr/bin/vigie-server); the man page of Documentation= is in the package, not on this machine.
  mkdir -p "$WORK/unit"
  sed "s|/usr/bin/vigie-server|$ROOT/usr/bin/vigie-server|" "$ROOT/usr/lib/systemd/system/vigie-server.service" > "$WORK/unit/vigie-server.service"
  systemd-analyze verify --man=no "$WORK/unit/vigie-server.service" 2>"$WORK/verify.txt" || { cat "$WORK/verify.txt"; fail "systemd-analyze verify"; }
  grep -q '^ProtectSystem=strict' "$ROOT/usr/lib/systemd/system/vigie-server.service" || fail "ProtectSystem=strict absent"
  grep -q '^NoNewPrivileges=true' "$ROOT/usr/lib/systemd/system/vigie-server.service" || fail "NoNewPrivileges absent"
  echo "  vigie-server $version décompressé ; l'unité systemd est acceptée"
  mkdir -p "$ROOT/var/lib/vigie-server" && echo data > "$ROOT/var/lib/vigie-server/store"
  DPKG_ROOT="$ROOT" sh "$SRC/packaging/debian/server/postrm" remove
  [ -e "$ROOT/var/lib/vigie-server/store" ] || fail "la désinstallation a supprimé les données du serveur"
  DPKG_ROOT="$ROOT" sh "$SRC/packaging/debian/server/postrm" purge
  [ ! -e "$ROOT/var/lib/vigie-server" ] || fail "la purge a laissé les données du serveur"
fi

echo "== removal keeps data folders, purge removes the package's files"
mkdir -p "$ROOT/home/medecin/.local/share/vigie" && echo data > "$ROOT/home/medecin/.local/share/vigie/vigie.db"
"${DPKG[@]}" --remove vigie >/dev/null
[ ! -e "$ROOT/usr/bin/vigie" ] || fail "vigie encore présent après désinstallation"
[ -e "$ROOT/home/medecin/.local/share/vigie/vigie.db" ] || fail "la base de l'utilisateur a disparu"
"${DPKG[@]}" --purge vigie >/dev/null
[ ! -e "$ROOT/usr/share/doc/vigie/copyright" ] || fail "purge incomplète"
echo "OK : paquets construits, vérifiés, installés, désinstallés"
