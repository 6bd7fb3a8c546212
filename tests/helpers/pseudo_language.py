"""Pseudo-translations made at test time from assets/translations/carelink.ts: every sentence of every context
"translated" by a rule that keeps its {placeholders}, so a test can tell at a glance that a screen, an error or an
email came out in the chosen language (and nothing in English was left), and a pseudo right-to-left language can be
shown before any real one exists. Never the real translations: those are the translators' (carelink_<xx>.ts)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from carelink.resources import assets_dir

TEMPLATE = assets_dir() / "translations" / "carelink.ts"
_PLACEHOLDER = re.compile(r"(\{[a-z_]*\})")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def marked(mark: str) -> Callable[[str], str]:
    """'Hello {name}' → '⟦cy⟧ Hello {name}': the language's mark in front of every sentence."""
    return lambda text: f"{mark} {text}"


# Hebrew letters for the Latin ones (placeholders kept): a language written right to left, of the same length.
_RTL = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     "אבגדהוזחטיכלמנסעפצקרשתאבגדאבגדהוזחטיכלמנסעפצקרשתאבגד")


def right_to_left(text: str) -> str:
    return "".join(part if _PLACEHOLDER.fullmatch(part) else part.translate(_RTL)
                   for part in _PLACEHOLDER.split(text))


def make_ts(folder: Path, language: str, rule: Callable[[str], str]) -> Path:
    """carelink_<language>.ts in `folder`: the template with every message translated by `rule`."""
    tree = ElementTree.parse(TEMPLATE)
    root = tree.getroot()
    root.set("language", language)
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        assert translation is not None
        translation.text = rule(source)
        translation.attrib.pop("type", None)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"carelink_{language}.ts"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def make_qm(ts: Path) -> Path:
    """The compiled .qm the screens load, made with pyside6-lrelease as scripts/update-translations.sh does."""
    qm = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm
