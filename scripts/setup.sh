#!/usr/bin/env bash
# Install what CareLink needs on a Debian or Ubuntu machine, then the app itself into .venv (editable).
#
#   ./scripts/setup.sh          the app's system libraries, .venv, pip install -e .
#   ./scripts/setup.sh --test   also what the tests need (gnome-keyring, D-Bus, secret-tool, desktop-file-utils,
#                               appstream, faketime, binutils and libpython for PyInstaller; Xvfb, xdotool,
#                               at-spi2-core, python3-pyatspi for the screen-reader tests; pip extra "test")
#
# Safe to run again: apt is skipped when every package is already installed.
set -euo pipefail

usage() {
    echo "usage: $0 [--test]" >&2
    exit 2
}

with_tests=0
for arg in "$@"; do
    case "$arg" in
        --test) with_tests=1 ;;
        -h | --help)
            echo "usage: $0 [--test]"
            exit 0
            ;;
        *) usage ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Qt offscreen/xcb, QtMultimedia (libpulse0), fonts, espeak-ng for pyttsx3 and aplay (alsa-utils) to play its speech,
# and Qt WebEngine's libraries.
packages=(
    python3-venv libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
    fonts-dejavu-core libpulse0 espeak-ng alsa-utils libxcb-cursor0
    # Qt WebEngine (Chromium), for calls inside CareLink's window: what ldd finds missing on a bare Debian 12.
    libnss3 libnspr4 libasound2 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libgbm1 libdrm2
    libxcb-dri3-0 libxfixes3 libxrender1 libxext6 libwayland-server0 libgssapi-krb5-2
)
if ((with_tests)); then
    # A real Secret Service for the keyring tests: gnome-keyring-daemon, dbus-run-session, secret-tool.
    packages+=(gnome-keyring dbus libsecret-tools)
    # The installer tests: the freedesktop validators, and what PyInstaller needs to build the bundle (objdump
    # from binutils, and the shared libpython of the Python the virtual environment is made from).
    python_for_venv=python3
    if [[ -x .venv/bin/python ]]; then
        python_for_venv=.venv/bin/python
    fi
    packages+=(desktop-file-utils appstream binutils)
    # libfaketime: the clock-jump tests run real processes with the computer's clock set wrong.
    packages+=(faketime)
    # tests/accessibility: a real X window (Xvfb), clicks (xdotool), the AT-SPI bus and a reader (pyatspi, for
    # the system python3), the same Linux accessibility bus Orca reads.
    packages+=(xvfb xdotool at-spi2-core python3-pyatspi libxcb-icccm4 libxcb-keysyms1 libxcb-image0
        libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0)
    if command -v "$python_for_venv" >/dev/null; then
        packages+=("libpython$("$python_for_venv" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
    fi
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    if ! command -v apt-get >/dev/null; then
        echo "setup.sh: apt-get not found; install these yourself: ${missing[*]}" >&2
        exit 1
    fi
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null; then
            echo "setup.sh: run as root, or install sudo, to install: ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "setup.sh: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "setup.sh: CareLink needs Python 3.11 or newer; python3 here is $(python3 -V 2>&1)" >&2
        exit 1
    fi
    python3 -m venv .venv
fi

target=.
if ((with_tests)); then
    target=.[test]
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable "$target"
echo "setup.sh: ready (.venv)"
