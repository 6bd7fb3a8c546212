#!/usr/bin/env bash
# Run every check and the whole test suite: ruff, mypy, import-linter, then pytest (arguments go to pytest,
# paths relative to the repository root). Needs ./scripts/setup.sh --test first.
#
# Everything runs inside a private D-Bus session with a private, unlocked gnome-keyring (its files live in a
# temporary folder, never in ~/.local/share/keyrings), so the keyring tests use a real Secret Service and never
# the user's own keyring. Qt runs offscreen. Stops at the first failing step and exits with its code; pytest
# collecting no tests (exit code 5) counts as a failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-tests.sh: $tool is missing; run ./scripts/setup.sh --test first" >&2
        exit 1
    fi
done
if [[ ! -x .venv/bin/python ]]; then
    echo "run-tests.sh: .venv is missing; run ./scripts/setup.sh --test first" >&2
    exit 1
fi

# gnome-keyring keeps its keyrings in $XDG_DATA_HOME/keyrings and its control socket in $XDG_RUNTIME_DIR, so
# both point into a fresh folder: a keyring left from an earlier run would not open with this run's password,
# and a desktop user's own keyring daemon is never touched. (Qt also wants XDG_RUNTIME_DIR, mode 0700.)
CARELINK_TEST_HOME=$(mktemp -d "${TMPDIR:-/tmp}/carelink-tests.XXXXXXXX")
trap 'rm -rf "$CARELINK_TEST_HOME"' EXIT
mkdir -m 700 "$CARELINK_TEST_HOME/data" "$CARELINK_TEST_HOME/runtime"
export CARELINK_TEST_HOME

export QT_QPA_PLATFORM=offscreen
export CARELINK_REQUIRE_KEYRING=1

# shellcheck disable=SC2016  # expanded by the inner shell
dbus-run-session -- bash -c '
    set -euo pipefail
    export XDG_RUNTIME_DIR="$CARELINK_TEST_HOME/runtime"

    # A fresh login keyring is created with this password and unlocked; it must not be empty.
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d " \n")
    keyring_env=$(printf "%s" "$password" |
        XDG_DATA_HOME="$CARELINK_TEST_HOME/data" gnome-keyring-daemon --unlock --components=secrets)
    unset password
    # It prints NAME=value lines to export (GNOME_KEYRING_CONTROL=... when XDG_RUNTIME_DIR is unset, and
    # SSH_AUTH_SOCK=... on older versions); with XDG_RUNTIME_DIR set, as here, it usually prints nothing.
    while IFS= read -r line; do
        if [[ "$line" == [A-Z]*=* ]]; then
            export "$line"
        fi
    done <<<"$keyring_env"

    # The daemon claims org.freedesktop.secrets on the bus ~0.1 s after it returns. Wait for that: a keyring
    # call made earlier fails, or has D-Bus activate a second gnome-keyring that was never unlocked. Its pid,
    # from the bus, lets us stop it on the way out (it can outlive the session otherwise).
    daemon_pid=""
    for _ in $(seq 100); do
        daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            awk "/uint32/ { print \$2 }") || true
        if [[ -n "$daemon_pid" ]]; then
            break
        fi
        sleep 0.1
    done
    if [[ -z "$daemon_pid" ]]; then
        echo "run-tests.sh: gnome-keyring-daemon did not start a Secret Service on the session bus" >&2
        exit 1
    fi
    trap "kill $daemon_pid 2>/dev/null || true" EXIT

    .venv/bin/ruff check carelink tests
    .venv/bin/mypy
    .venv/bin/lint-imports
    .venv/bin/python -m pytest "$@"
' run-tests "$@"
