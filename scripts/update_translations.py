"""Refresh resources/i18n/kijkwijzer_en.ts from the UI code (pyside6-lupdate) and compile the .qm.

Dutch is the source language: every self.tr()/QCoreApplication.translate() text is Dutch, the .ts
holds the English. Edit translations in Qt Linguist (pyside6-linguist) or by hand, then run this again.
    .venv/bin/python scripts/update_translations.py [--check]
--check fails when a UI text has no English translation (used by tests/ui/test_translations.py).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "kijkwijzer_en.ts"
QM = TS.with_suffix(".qm")
SOURCES = ["kijkwijzer/app.py", "kijkwijzer/ui/*.py", "kijkwijzer/ui/*/*.py"]  # every panel package too


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files: list[str] = []
    for pattern in SOURCES:
        files += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern))
    return files


def unfinished(ts: Path = TS) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        if forms:  # a %n text: every plural form must be there
            empty = not all(f.strip() for f in forms)
        else:
            empty = translation is None or not (translation.text or "").strip()
        if kind != "vanished" and (kind == "unfinished" or empty):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    if "--check" in argv:
        missing = unfinished()
        for text in missing:
            print(f"zonder Engelse vertaling / untranslated: {text!r}")
        return 1 if missing else 0
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    missing = unfinished()
    if missing:
        print(f"{len(missing)} teksten zonder vertaling / untranslated texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
