#!/bin/sh
# Install CareLink for you alone (no administrator password needed), from the folder this script is in:
#   the program        ~/.local/share/carelink
#   the command        ~/.local/bin/carelink
#   the menu entry     ~/.local/share/applications/org.carelink.CareLink.desktop
#   the icons          ~/.local/share/icons/hicolor/<size>/apps/org.carelink.CareLink.png (and scalable/.svg)
# Run it again to update CareLink; your messages and settings (kept elsewhere) are not touched.
# ~/.local/share/carelink/uninstall.sh removes it again.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case "$data_home" in /*) ;; *) data_home=$HOME/.local/share ;; esac
app_id=org.carelink.CareLink
target=$data_home/carelink
bin_dir=$HOME/.local/bin

if [ ! -x "$here/carelink/carelink" ]; then
    echo "install.sh: the CareLink program is not beside this script (expected $here/carelink/carelink)." >&2
    exit 1
fi

# Never replace a folder that is not an installed CareLink program (on a disk that ignores upper and lower
# case, ~/.local/share/carelink would be the data folder ~/.local/share/CareLink).
if [ -e "$target" ] && { [ ! -d "$target/_internal" ] || [ -e "$target/carelink.sqlite" ]; }; then
    echo "install.sh: $target exists and is not a CareLink program folder; not touching it." >&2
    exit 1
fi

echo "Installing CareLink into $target ..."
mkdir -p "$data_home" "$bin_dir" "$data_home/applications"
# Copy to a new folder first, then swap it in, so a running or interrupted copy never leaves half a program.
rm -rf "$target.new"
mkdir -p "$target.new"
cp -R "$here/carelink/." "$target.new/"
cp "$here/uninstall.sh" "$target.new/uninstall.sh"
chmod 755 "$target.new/uninstall.sh"
rm -rf "$target.old"
if [ -d "$target" ]; then
    mv "$target" "$target.old"
fi
mv "$target.new" "$target"
rm -rf "$target.old"

ln -sfn "$target/carelink" "$bin_dir/carelink"

# The menu entry starts the program by its full path: ~/.local/bin is not always on the desktop's PATH.
sed -e "s|^Exec=.*|Exec=\"$target/carelink\"|" "$here/share/$app_id.desktop" \
    >"$data_home/applications/$app_id.desktop"
chmod 644 "$data_home/applications/$app_id.desktop"

for size in 48 64 128 256 512; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/carelink-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps" "$data_home/metainfo"
cp "$here/share/icons/carelink.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
cp "$here/share/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"

# Tell the desktop about the new menu entry and icons (these tools are optional).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
fi

echo "CareLink is installed. Find it in your applications menu, or type: carelink"
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) echo "(To type 'carelink' in a terminal, sign out and in again, or use $bin_dir/carelink.)" ;;
esac
