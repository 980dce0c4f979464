#!/bin/sh
# Put dn-bodymap in this user's desktop menu (Linux: freedesktop menus, GNOME, KDE, Xfce...).
#   ./install-menu-entry.sh              from the unpacked bundle folder (dist/dn-bodymap/)
#   ./install-menu-entry.sh EXECUTABLE   any other dn-bodymap, e.g. .venv/bin/dn-bodymap
#   ./install-menu-entry.sh --remove     take the entry and the icons out again
# Writes ~/.local/share/applications/dn-bodymap.desktop (its Exec= names the program by its
# full path) and the icon sizes under ~/.local/share/icons/hicolor/. Nothing needs root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/dn-bodymap.desktop" "$icons/scalable/apps/dn-bodymap.svg"
    for s in $sizes; do rm -f "$icons/${s}x${s}/apps/dn-bodymap.png"; done
    echo "dn-bodymap: menu entry removed"
    exit 0
fi

exe=${1:-$here/dn-bodymap}
case "$exe" in /*) ;; *) exe="$(pwd)/$exe" ;; esac
if [ ! -x "$exe" ]; then
    echo "install-menu-entry: $exe is not a program (give the path of dn-bodymap)" >&2
    exit 2
fi
# The icons: beside this script in a bundle, or in the source tree.
for dir in "$here/_internal/dn_bodymap/ui/icons" "$here/../dn_bodymap/ui/icons"; do
    [ -f "$dir/dn-bodymap.svg" ] && icon_dir=$dir && break
done
if [ -z "${icon_dir:-}" ]; then
    echo "install-menu-entry: the icons (dn_bodymap/ui/icons) are not beside $0" >&2
    exit 2
fi
desktop="$here/dn-bodymap.desktop"
[ -f "$desktop" ] || desktop="$here/../packaging/dn-bodymap.desktop"

mkdir -p "$apps" "$icons/scalable/apps"
cp "$icon_dir/dn-bodymap.svg" "$icons/scalable/apps/dn-bodymap.svg"
for s in $sizes; do
    mkdir -p "$icons/${s}x${s}/apps"
    cp "$icon_dir/dn-bodymap-$s.png" "$icons/${s}x${s}/apps/dn-bodymap.png"
done
# Exec= with the full path, quoted as the desktop entry specification asks.
quoted=$(printf '%s' "$exe" | sed 's/[\\"`$]/\\\\&/g')
sed "s|^Exec=.*|Exec=\"$quoted\" gui|" "$desktop" > "$apps/dn-bodymap.desktop"
chmod 644 "$apps/dn-bodymap.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$icons" || true
echo "dn-bodymap: menu entry installed ($apps/dn-bodymap.desktop -> $exe)"
