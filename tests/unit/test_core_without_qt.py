"""The core (storage, services, the admin command line, the demo) runs in a fresh interpreter with no Qt loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from carelink.paths import DATA_DIR_ENV

pytestmark = pytest.mark.noqt

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    import carelink.cli
    from carelink.app import build_household

    data = Path(sys.argv[1])
    household = build_household(data / "plain", demo=False)
    household.contacts.add("Olive Plainhouse", "olive@example.net")
    household.close()
    code = carelink.cli.main(["--data-dir", str(data), "--demo", "contacts", "list"])
    qt = sorted(m for m in sys.modules if m.startswith("PySide6") or m.startswith("shiboken6"))
    print(json.dumps({"code": code, "qt": qt}))
    """
)


@pytest.mark.slow
def test_the_command_line_and_a_household_load_no_qt(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    result = json.loads(last)
    assert result == {"code": 0, "qt": []}
    assert "Olive" not in done.stdout  # the demo's own contacts were listed, not the plain household's
    assert "Jane Wilson" in done.stdout
    assert (tmp_path / "plain" / "carelink.sqlite").is_file()
    assert (tmp_path / "demo" / "carelink.sqlite").is_file()


def test_this_test_run_itself_can_tell_when_qt_is_loaded() -> None:
    """Guard the check above: the same probe does see PySide6 once it is imported (in a child process)."""
    probe = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
