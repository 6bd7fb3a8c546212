"""`carelink screenshot home` drawn as the window first paints Home: from a read-only glance at the database, with
no SQLAlchemy, no models and no services imported, and the very same picture as Home drawn from the services.

Each picture is made by its own CareLink process (as a family member or the README's script makes it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carelink.cli import main

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120
# Home drawn from the household's services, as `screenshot home` did before it had the first look's way
FROM_SERVICES = """
import sys
from pathlib import Path

from carelink.app import build_household
from carelink.ui.pictures import take_screenshot

home = build_household(Path(sys.argv[1]), demo=True)
try:
    take_screenshot(home, "home", Path(sys.argv[2]), (1280, 800), int(sys.argv[3]))
finally:
    home.close()
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def quick_home(data: Path, out: Path, text_size: int = 100) -> str:
    """`carelink --demo screenshot home`; returns the modules it imported (from -X importtime)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "carelink", "--data-dir", str(data), "--demo",
                             "screenshot", "home", "--out", str(out), "--text-size", str(text_size)],
                            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == str(out)
    return "\n".join(line.rpartition("|")[2].strip() for line in result.stderr.splitlines()
                     if line.startswith("import time:"))


def home_from_services(data: Path, out: Path, text_size: int = 100) -> None:
    subprocess.run([sys.executable, "-c", FROM_SERVICES, str(data), str(out), str(text_size)], cwd=ROOT, env=_env(),
                   capture_output=True, text=True, timeout=TIMEOUT_S, check=True)


def _imported(modules: str, package: str) -> bool:
    return any(name == package or name.startswith(f"{package}.") for name in modules.splitlines())


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A demo household, seeded (the first start seeds it, with its services)."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--demo", "contacts", "list"]) == 0
    capsys.readouterr()
    return data


@pytest.mark.parametrize("text_size", [100, 200])
def test_screenshot_home_loads_no_sqlalchemy_and_draws_the_same_home(demo: Path, tmp_path: Path,
                                                                     text_size: int) -> None:
    first, services, again = tmp_path / "first.png", tmp_path / "services.png", tmp_path / "again.png"
    modules = quick_home(demo, first, text_size)
    for package in ("sqlalchemy", "alembic", "keyring", "carelink.storage.models", "carelink.storage.database",
                    "carelink.services.settings", "carelink.services.wall", "carelink.services.contacts",
                    "carelink.cli", "carelink.cli_care", "carelink.cli_mail"):  # (nor the other commands)
        assert not _imported(modules, package), f"screenshot home imported {package}"
    assert _imported(modules, "PySide6.QtWidgets"), "(the import list is read right)"
    home_from_services(demo, services, text_size)
    quick_home(demo, again, text_size)
    # (the date line says the part of the day: should the day turn to afternoon between two pictures, the
    # services' picture still matches the one taken on its side of noon)
    assert services.read_bytes() in (first.read_bytes(), again.read_bytes()), "Home as the services draw it"


def test_a_home_with_a_care_line_is_drawn_from_the_services(demo: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A concern on its way is a line on Home that the first look does not know: the services draw that Home."""
    assert main(["--data-dir", str(demo), "--demo", "concern", "raise", "--category", "lonely"]) == 0
    capsys.readouterr()
    shot, services, again = tmp_path / "shot.png", tmp_path / "services.png", tmp_path / "again.png"
    assert _imported(quick_home(demo, shot), "sqlalchemy")
    home_from_services(demo, services)
    quick_home(demo, again)
    assert services.read_bytes() in (shot.read_bytes(), again.read_bytes())
