"""Finding the desktop tools the installer tests use (desktop-file-validate, appstreamcli).

Outside CI a missing tool skips its test with the package to install; in CI (CI set, as .ci/run runs) it fails,
because ``scripts/setup.sh --test`` installs them there.
"""

from __future__ import annotations

import os
import shutil

import pytest

PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def require_tool(name: str) -> str:
    """The tool's path; skips (or, in CI, fails) the test when it is not installed."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed (Debian package {PACKAGES.get(name, name)}; ./scripts/setup.sh --test)"
    if in_ci():
        pytest.fail(f"{reason}; CI must have it", pytrace=False)
    pytest.skip(reason)
