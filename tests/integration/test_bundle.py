"""Build the real one-folder bundle and Linux tarball, and run them like a computer with no Python would.

Slow (PyInstaller takes ~20-60 s on two cores, the tarball ~10 s more). Prints the build time, the bundle's size
and its start-up time as a ratio against ``python -m carelink`` measured in the same run. Skips off Linux, and
when PyInstaller is missing outside CI (CI installs it with ``scripts/setup.sh --test``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from installers import build
from tests.installers.test_linux_files import png_size
from tests.installers.tools import in_ci

pytestmark = [pytest.mark.slow, pytest.mark.noqt,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the Linux bundle")]

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 120
TIMED_RUNS = 3
# No Python on PATH, no PYTHONPATH or PYTHONHOME, no virtual environment: only what a plain desktop session has.
CLEAN_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """The bundle, the Linux tarball, and how long build.py took to make both."""
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install -e '.[test]' or '.[build]')"
        if in_ci():
            pytest.fail(f"{reason}; CI must have it", pytrace=False)
        pytest.skip(reason)
    dist = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "installers" / "build.py"), "--dist", str(dist),
                           "--work", str(dist.parent / "work"), "--tarball"],
                          capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, f"build.py failed:\n{done.stdout}\n{done.stderr[-4000:]}"
    path, tarball = (Path(line) for line in done.stdout.strip().splitlines()[-2:])
    assert path == dist / "carelink" and (path / "carelink").is_file(), done.stdout
    assert tarball.is_file() and tarball.parent == dist, done.stdout
    return path, tarball, seconds


@pytest.fixture(scope="module")
def bundle(built: tuple[Path, Path, float]) -> tuple[Path, float]:
    return built[0], built[2]


def _run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
                          check=False)
    return time.perf_counter() - started, done


def test_the_bundle_takes_a_screenshot_with_no_python(bundle: tuple[Path, float], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder, build_seconds = bundle
    program = folder / "carelink"
    out = tmp_path / "x.png"
    env = {**CLEAN_ENV, "HOME": str(tmp_path / "home")}

    def bundled() -> list[str]:
        return [str(program), "--data-dir", str(tmp_path / "bundled"), "--demo", "screenshot", "home", "--out",
                str(out)]

    def from_source() -> list[str]:
        return [sys.executable, "-m", "carelink", "--data-dir", str(tmp_path / "source"), "--demo", "screenshot",
                "home", "--out", str(tmp_path / "source.png")]

    # The first run makes the demo household (through the Alembic migrations bundled as data files).
    _, first = _run(bundled(), env, tmp_path)
    assert first.returncode == 0, f"the bundle failed:\n{first.stdout}\n{first.stderr}"
    assert first.stdout.strip() == str(out)
    assert png_size(out.read_bytes()) == (1280, 800)
    assert out.stat().st_size > 20_000, "a screenshot this small is probably blank"
    _, warm = _run(from_source(), {**env, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}, ROOT)
    assert warm.returncode == 0, warm.stderr

    bundled_times, source_times = [], []
    for _ in range(TIMED_RUNS):  # alternating, so a busy moment hurts both alike
        seconds, done = _run(bundled(), env, tmp_path)
        assert done.returncode == 0, done.stderr
        bundled_times.append(seconds)
        seconds, done = _run(from_source(), {**env, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}, ROOT)
        assert done.returncode == 0, done.stderr
        source_times.append(seconds)
    bundled_median, source_median = statistics.median(bundled_times), statistics.median(source_times)
    size_mb = build.folder_size(folder) / 1e6
    with capsys.disabled():
        print(f"\nbundle: built (with the tarball) in {build_seconds:.0f} s, {size_mb:.0f} MB on disk; "
              f"screenshot home {bundled_median:.2f} s vs python -m carelink {source_median:.2f} s, "
              f"ratio {bundled_median / source_median:.2f}x (median of {TIMED_RUNS})")


def test_the_bundle_opens_the_call_window_with_qt_webengine(bundle: tuple[Path, float], tmp_path: Path) -> None:
    """Settings → Calls → Check my camera and microphone, from the bundle: Qt WebEngine (its QtWebEngineProcess,
    resources and locales) starts and shows the page made on the computer, with Chromium's fake camera."""
    folder, _ = bundle
    env = {**CLEAN_ENV, "HOME": str(tmp_path / "home"),
           "QTWEBENGINE_CHROMIUM_FLAGS": "--use-fake-device-for-media-stream"}
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium's sandbox refuses root; CI runs as root
    out = tmp_path / "check.png"
    _, done = _run([str(folder / "carelink"), "--data-dir", str(tmp_path / "data"), "--demo", "screenshot",
                    "camera-check", "--out", str(out)], env, tmp_path)
    assert done.returncode == 0, f"the call window did not open from the bundle:\n{done.stdout}\n{done.stderr}"
    assert png_size(out.read_bytes()) == (1280, 800) and out.stat().st_size > 20_000
    assert list(folder.rglob("QtWebEngineProcess*")), "Chromium's helper program is in the bundle"


def test_the_bundle_migrates_an_old_household_and_runs_the_admin_commands(bundle: tuple[Path, float],
                                                                          tmp_path: Path) -> None:
    folder, _ = bundle
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(SCHEMAS / "0001.sqlite", data / "carelink.sqlite")
    env = {**CLEAN_ENV, "HOME": str(tmp_path)}
    _, done = _run([str(folder / "carelink"), "--data-dir", str(data), "contacts", "list", "--json"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip().startswith("[")
    assert list((data / "backups").glob("pre-migration-0001-*.sqlite")), "no backup before the migration"
    _, version = _run([str(folder / "carelink"), "--version"], env, tmp_path)
    assert version.stdout.strip() == f"CareLink {build.version()}"
    _, lessons = _run([str(folder / "carelink"), "--data-dir", str(data), "tutorial", "list", "--json"], env,
                      tmp_path)
    assert lessons.returncode == 0, lessons.stderr
    bundled = {lesson["id"] for lesson in json.loads(lessons.stdout)}
    # reply.cy.toml is the Welsh of the lesson "reply", not a lesson of its own
    assert bundled == {path.name.partition(".")[0] for path in (ROOT / "assets" / "tutorials").glob("*.toml")}


def test_the_bundle_carries_its_data_files_and_keyring_backends(bundle: tuple[Path, float]) -> None:
    folder, _ = bundle
    internal = folder / "_internal"
    assert sorted(p.name for p in (internal / "carelink" / "storage" / "migrations" / "versions").glob("*.py"))
    assert (internal / "carelink" / "storage" / "migrations" / "env.py").is_file()
    fonts = internal / "assets" / "fonts"
    assert list(fonts.glob("*.woff")) and (fonts / "OFL.txt").is_file()
    assert (fonts / "NotoColorEmoji.ttf").is_file() and (fonts / "NotoColorEmoji-OFL.txt").is_file()
    assert list(internal.rglob("_pillow_heif*")), "pillow-heif's decoder, for iPhone photos"
    assert (internal / "assets" / "sounds" / "chime.wav").is_file()
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt")), "keyring finds its backends by entry point"
    assert list(internal.rglob("*qtwebengine_resources*.pak")), "Qt WebEngine's resources, for the call window"
    assert not list(internal.rglob("*Qt63D*")) and not list(internal.rglob("*QtCharts*")), "unused Qt left out"


def test_the_tarball_installs_a_command_that_starts_the_bundle(built: tuple[Path, Path, float],
                                                               tmp_path: Path) -> None:
    _, tarball, _ = built
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "download", filter="data")
    (unpacked,) = (tmp_path / "download").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {**CLEAN_ENV, "HOME": str(home)}
    _, installed = _run([str(unpacked / "install.sh")], env, tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    out = tmp_path / "installed.png"
    command = home / ".local" / "bin" / "carelink"  # a symbolic link: the bundle must still find _internal
    _, shot = _run([str(command), "--data-dir", str(tmp_path / "data"), "--demo", "screenshot", "calls", "--out",
                    str(out)], env, tmp_path)
    assert shot.returncode == 0, shot.stderr
    assert png_size(out.read_bytes()) == (1280, 800)


def test_the_bundle_keeps_a_password_in_the_secret_service(bundle: tuple[Path, float], tmp_path: Path) -> None:
    """keyring finds its Secret Service backend in the bundle (by entry point) and saves the password there."""
    if os.environ.get("CARELINK_REQUIRE_KEYRING") != "1" or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("needs the private, unlocked keyring that scripts/run-tests.sh starts")
    import keyring

    folder, _ = bundle
    address = f"bundle-{os.getpid()}@example.org"
    env = {**CLEAN_ENV, "HOME": str(tmp_path), "DBUS_SESSION_BUS_ADDRESS": os.environ["DBUS_SESSION_BUS_ADDRESS"],
           "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", "")}
    done = subprocess.run([str(folder / "carelink"), "--data-dir", str(tmp_path), "--demo", "setup", "email",
                           "--address", address, "--imap-host", "127.0.0.1", "--smtp-host", "127.0.0.1",
                           "--security", "none", "--password-stdin"], input="from-the-bundle\n", env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    try:
        assert done.returncode == 0, done.stderr
        assert keyring.get_password("CareLink-demo", address) == "from-the-bundle"
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password("CareLink-demo", address)
