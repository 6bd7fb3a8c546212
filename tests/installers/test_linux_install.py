"""The Linux tarball's install.sh and uninstall.sh, run for real with HOME in a temporary folder.

A stand-in bundle (a shell script called carelink) keeps this fast; tests/integration/test_bundle.py builds and runs
the real one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from carelink.autostart import APP_ID, XdgAutostart
from installers import build
from tests.installers.test_linux_files import png_size
from tests.installers.tools import require_tool

pytestmark = [pytest.mark.noqt,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball is for Linux")]

FAKE_PROGRAM = '#!/bin/sh\necho "fake carelink $*"\n'


def fake_bundle(folder: Path) -> Path:
    bundle = folder / "carelink"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"not really")
    program = bundle / "carelink"
    program.write_text(FAKE_PROGRAM, encoding="utf-8")
    program.chmod(0o755)
    return bundle


def unpack(tarball: Path, into: Path) -> Path:
    with tarfile.open(tarball) as archive:
        tops = {member.name.split("/")[0] for member in archive.getmembers()}
        assert len(tops) == 1, f"the tarball must have one top folder, not {tops}"
        archive.extractall(into, filter="data")
    return into / tops.pop()


def run(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([str(script)], env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    tarball = build.make_tarball(fake_bundle(tmp_path / "built"), tmp_path / "dist", compresslevel=1)
    assert tarball.name.startswith(f"carelink-{build.version()}-linux-") and tarball.name.endswith(".tar.gz")
    return unpack(tarball, tmp_path / "download")


def test_install_puts_the_program_the_command_the_menu_entry_and_icons_under_local(unpacked: Path,
                                                                                   tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = run(unpacked / "install.sh", home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "applications menu" in done.stdout

    share = home / ".local" / "share"
    program = share / "carelink" / "carelink"
    assert os.access(program, os.X_OK)
    command = home / ".local" / "bin" / "carelink"
    assert command.is_symlink() and command.resolve() == program.resolve()
    ran = subprocess.run([str(command), "--version"], capture_output=True, text=True, timeout=30, check=True)
    assert ran.stdout.strip() == "fake carelink --version"

    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{program}"' in entry.read_text(encoding="utf-8").splitlines()
    checked = subprocess.run([require_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True,
                             timeout=30, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for size in build.ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon.read_bytes()) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert os.access(share / "carelink" / "uninstall.sh", os.X_OK)


def test_installing_again_updates_and_uninstall_removes_everything_but_the_data(unpacked: Path,
                                                                                 tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    share = home / ".local" / "share"
    data = share / "CareLink" / "carelink.sqlite"  # platformdirs' data folder on Linux
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the household")
    assert run(unpacked / "install.sh", home).returncode == 0
    (share / "carelink" / "left-from-the-old-version").write_text("old", encoding="utf-8")
    again = run(unpacked / "install.sh", home)
    assert again.returncode == 0, again.stderr
    assert not (share / "carelink" / "left-from-the-old-version").exists()
    autostart = XdgAutostart(home / ".config")
    autostart.enable([str(share / "carelink" / "carelink")])

    gone = run(share / "carelink" / "uninstall.sh", home)
    assert gone.returncode == 0, gone.stdout + gone.stderr
    assert not (share / "carelink").exists()
    assert not (home / ".local" / "bin" / "carelink").exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert not autostart.is_enabled()
    assert data.read_bytes() == b"the household"


def test_install_never_replaces_a_folder_that_is_not_carelink(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    stranger = home / ".local" / "share" / "carelink"
    stranger.mkdir(parents=True)
    (stranger / "carelink.sqlite").write_bytes(b"someone's data")
    done = run(unpacked / "install.sh", home)
    assert done.returncode == 1
    assert "not a CareLink program folder" in done.stderr
    assert (stranger / "carelink.sqlite").read_bytes() == b"someone's data"
