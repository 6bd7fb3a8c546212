"""Build CareLink's one-folder bundle for this computer's platform with PyInstaller, and optionally the Linux tarball.

    python installers/build.py [--dist DIR] [--work DIR] [--tarball]

Prints the bundle's folder (Linux and Windows) or CareLink.app (macOS) on stdout; with --tarball (Linux only) it
then prints the tarball's path on a second line. Progress and PyInstaller's own log go to stderr.

Needs PyInstaller in the running interpreter (`pip install -e .[build]`, or the `test` extra) and, on Linux,
binutils (objdump) and the shared libpython. The bundle needs no Python on the computer it runs on.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

INSTALLERS = Path(__file__).resolve().parent
ROOT = INSTALLERS.parent
SPEC = INSTALLERS / "carelink.spec"
APP_ID = "org.carelink.CareLink"
ICON_SIZES = (48, 64, 128, 256, 512)


def version() -> str:
    text = (ROOT / "carelink" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("build: no __version__ in carelink/__init__.py")
    return found.group(1)


def bundle_path(dist: Path, platform_name: str = sys.platform) -> Path:
    """Where PyInstaller puts the bundle for this spec under dist."""
    if platform_name == "darwin":
        return dist / "CareLink.app"
    return dist / ("CareLink" if platform_name == "win32" else "carelink")


def executable_in(bundle: Path, platform_name: str = sys.platform) -> Path:
    """The program to run inside a bundle (the console one on Windows, so the admin commands print)."""
    if platform_name == "darwin":
        return bundle / "Contents" / "MacOS" / "CareLink"
    if platform_name == "win32":
        return bundle / "carelink-cli.exe"
    return bundle / "carelink"


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on installers/carelink.spec; return the bundle."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("build: PyInstaller is not installed here; run: pip install -e '.[build]'")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=sys.stderr, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build: PyInstaller failed (exit {done.returncode})")
    bundle = bundle_path(dist)
    if not executable_in(bundle).is_file():
        raise SystemExit(f"build: PyInstaller finished but {executable_in(bundle)} is missing")
    print(f"build: bundle ready in {time.perf_counter() - started:.0f} s, {folder_size(bundle) / 1e6:.0f} MB",
          file=sys.stderr)
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _machine() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def make_tarball(bundle: Path, dist: Path, compresslevel: int = 6) -> Path:
    """carelink-<version>-linux-<machine>.tar.gz: the bundle, install.sh, uninstall.sh, the menu entry, the
    AppStream file and the icons, all in one top folder so that `tar xf` never spills into the current folder."""
    name = f"carelink-{version()}-linux-{_machine()}"
    stage = dist / name
    if stage.exists():
        shutil.rmtree(stage)
    (stage / "share" / "icons").mkdir(parents=True)
    linux = INSTALLERS / "linux"
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(linux / script, stage / script)
        (stage / script).chmod(0o755)
    shutil.copy2(linux / "README.txt", stage / "README.txt")
    for suffix in (".desktop", ".metainfo.xml"):
        shutil.copy2(linux / f"{APP_ID}{suffix}", stage / "share" / f"{APP_ID}{suffix}")
    icons = INSTALLERS / "icons"
    shutil.copy2(icons / "carelink.svg", stage / "share" / "icons" / "carelink.svg")
    for size in ICON_SIZES:
        shutil.copy2(icons / f"carelink-{size}.png", stage / "share" / "icons" / f"carelink-{size}.png")
    shutil.copytree(bundle, stage / "carelink", symlinks=True)
    tarball = dist / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=compresslevel) as archive:
        archive.add(stage, arcname=name)
    shutil.rmtree(stage)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build CareLink's bundle (and the Linux tarball) with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: build/ beside --dist)")
    parser.add_argument("--tarball", action="store_true", help="also make the Linux .tar.gz with install.sh")
    args = parser.parse_args(argv)
    if args.tarball and not sys.platform.startswith("linux"):
        parser.error("--tarball makes the Linux installer; build it on Linux")
    dist: Path = args.dist.resolve()
    work: Path = (args.work or dist.parent / "build").resolve()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt to find its files
    bundle = build_bundle(dist, work)
    print(bundle, flush=True)
    if args.tarball:
        print(make_tarball(bundle, dist), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
