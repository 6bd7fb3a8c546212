"""The Linux menu entry, the AppStream file and the icons: valid by the freedesktop tools, and consistent."""

from __future__ import annotations

import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carelink import __version__
from carelink.autostart import APP_ID
from tests.installers.tools import require_tool

pytestmark = pytest.mark.noqt

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
DESKTOP = INSTALLERS / "linux" / f"{APP_ID}.desktop"
METAINFO = INSTALLERS / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = INSTALLERS / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _desktop_values(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values[key] = value
    return values


def test_the_menu_entry_is_valid() -> None:
    tool = require_tool("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    values = _desktop_values(DESKTOP)
    assert values["Name"] == "CareLink"
    assert values["Icon"] == APP_ID
    assert values["Exec"] == "carelink"  # install.sh points it at the installed program
    assert values["Terminal"] == "false"


def test_the_appstream_file_is_valid() -> None:
    tool = require_tool("appstreamcli")
    done = subprocess.run([tool, "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_appstream_file_says_what_software_centres_need() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.find("screenshots/screenshot[@type='default']/image") is not None
    description = " ".join(root.find("description").itertext())  # type: ignore[union-attr]
    assert "email" in description and len(description.split()) > 60
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version to the metainfo file"


@pytest.mark.parametrize("size", [48, 64, 128, 256, 512])
def test_each_icon_size_is_rendered(size: int) -> None:
    png = ICONS / f"carelink-{size}.png"
    assert png_size(png.read_bytes()) == (size, size), "run python installers/render_icons.py"


def test_the_windows_and_mac_icons_hold_pngs() -> None:
    ico = (ICONS / "carelink.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    icns = (ICONS / "carelink.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns  # 512 x 512
