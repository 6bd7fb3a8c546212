"""Put every sentence of CareLink's core (plain-language errors, the emails it sends) into the translation files.

The screens' sentences reach assets/translations/*.ts through pyside6-lupdate (tr() calls). The core has no Qt, so
lupdate cannot see its sentences: this script finds them (the first argument of every `UserError(...)` and of the
mail failures, which are UserErrors; every `sentence("...")`; the template of every `say(translate, "...")`; what
each setting means, for `carelink settings --help`) and
writes them in the "Core" context of each .ts file, keeping every translation already made. Run by
scripts/update-translations.sh after lupdate; safe to run again and again.

    python scripts/core_sentences.py [TS_FILE ...]     (default: every assets/translations/carelink*.ts)
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "Core"
# The calls whose argument (at this position) is a sentence to translate
MARKERS = {"UserError": 0, "TemporaryFailure": 0, "PermanentFailure": 0, "LoginFailure": 0, "CertificateFailure": 0,
           "sentence": 0, "say": 1, "SettingSpec": 2}
_CORE_BLOCK = re.compile(r"<context>\s*<name>" + CONTEXT + r"</name>.*?</context>\n", re.DOTALL)


def _name(call: ast.Call) -> str:
    target = call.func
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""


def core_sentences(folder: Path = ROOT / "carelink") -> list[str]:
    """Every marked sentence, in the order the code says them (file by file), each once."""
    found: dict[str, None] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and _name(node) in MARKERS and len(node.args) > MARKERS[_name(node)]:
                first = node.args[MARKERS[_name(node)]]
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.strip():
                    found.setdefault(first.value, None)
    return list(found)


def _existing(ts_text: str) -> dict[str, tuple[str, str | None]]:
    """English → (translation, its type) in the Core context of a .ts file as it is now."""
    match = _CORE_BLOCK.search(ts_text)
    if not match:
        return {}
    block = ElementTree.fromstring(match.group(0))
    out: dict[str, tuple[str, str | None]] = {}
    for message in block.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source is not None and translation is not None:
            out[source] = (translation.text or "", translation.get("type"))
    return out


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def core_block(sentences: list[str], existing: dict[str, tuple[str, str | None]]) -> str:
    """The Core context as lupdate would write it: translations kept; a sentence the code no longer says is kept
    as "vanished" only when it had a translation (lrelease leaves it out; a translator may reuse it)."""
    lines = ["<context>", f"    <name>{CONTEXT}</name>"]
    gone = [s for s, (text, _) in existing.items() if s not in sentences and text.strip()]
    for source in [*sentences, *gone]:
        text, kind = existing.get(source, ("", "unfinished"))
        if source in gone:
            kind = "vanished"
        elif kind in ("vanished", "obsolete"):
            kind = None if text.strip() else "unfinished"
        elif not text.strip():
            kind = "unfinished"
        attribute = f' type="{kind}"' if kind else ""
        lines += ["    <message>", f"        <source>{_xml(source)}</source>",
                  f"        <translation{attribute}>{_xml(text)}</translation>", "    </message>"]
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def update(ts: Path, sentences: list[str]) -> None:
    text = ts.read_text(encoding="utf-8")
    block = core_block(sentences, _existing(text))
    text = _CORE_BLOCK.sub("", text)
    ts.write_text(text.replace("</TS>", block + "</TS>", 1), encoding="utf-8")


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "assets" / "translations").glob("carelink*.ts"))
    sentences = core_sentences()
    for ts in files:
        update(ts, sentences)
    print(f"{len(sentences)} core sentences in {len(files)} translation file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
