#!/bin/sh
# Remove CareLink installed by install.sh: the program, the command, the menu entry, the icons and the
# "start when I sign in" entry. Your messages, contacts and settings stay, in CareLink's data folder
# (~/.local/share/CareLink); delete that folder yourself if you want them gone too.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case "$data_home" in /*) ;; *) data_home=$HOME/.local/share ;; esac
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
case "$config_home" in /*) ;; *) config_home=$HOME/.config ;; esac
app_id=org.carelink.CareLink
target=$data_home/carelink
link=$HOME/.local/bin/carelink

# Only remove the command if it is ours (a link into the installed program).
if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/carelink" ]; then
    rm -f "$link"
fi
rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml" \
    "$config_home/autostart/$app_id.desktop"
for size in 48 64 128 256 512; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
rm -f "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
# Only a program folder install.sh made (never the data folder, should the disk ignore upper and lower case).
if [ -d "$target/_internal" ] && [ ! -e "$target/carelink.sqlite" ]; then
    rm -rf "$target"
fi

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
echo "CareLink has been removed. Your messages and settings are still in $data_home/CareLink."
