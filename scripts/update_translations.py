"""Refresh resources/i18n/kijkwijzer_en.ts from the UI code (pyside6-lupdate) and compile the .qm.

Dutch is the source language: every self.tr()/QCoreApplication.translate() text is Dutch, the .ts
holds the English. Edit translations in Qt Linguist (pyside6-linguist) or by hand, then run this again.
    .venv/bin/python scripts/update_translations.py [--check]
--check fails when a UI text has no English translation (used by tests/ui/window/test_translations.py).
--pending also fills untranslated texts from resources/i18n/pending/*.tsv (context, Dutch, English per line;
plural English as `one||many`); delete those files once they are merged.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "kijkwijzer_en.ts"
QM = TS.with_suffix(".qm")
PENDING = TS.parent / "pending"
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


def _pending_rows() -> dict[tuple[str, str], str]:
    rows: dict[tuple[str, str], str] = {}
    for tsv in sorted(PENDING.glob("*.tsv")):
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv.name}:{number}: expected context<TAB>dutch<TAB>english")
            context, source, english = (part.replace("\\n", "\n") for part in parts)
            rows[(context, source)] = english
    return rows


def merge_pending(ts: Path = TS) -> int:
    """Fill untranslated messages of the .ts from the pending TSV files; returns how many were filled."""
    rows = _pending_rows()
    tree = ET.parse(ts)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            english = rows.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if english is None or translation is None:
                continue
            forms = list(translation.iter("numerusform"))
            if message.get("numerus") == "yes":
                one, _, many = english.partition("||")
                for form in forms:
                    translation.remove(form)
                for text in (one, many or one):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = english
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    if "--check" in argv:
        missing = unfinished()
        for text in missing:
            print(f"zonder Engelse vertaling / untranslated: {text!r}")
        return 1 if missing else 0
    lupdate = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(TS)]
    subprocess.run(lupdate, cwd=ROOT, check=True)
    if "--pending" in argv:
        print(f"{merge_pending()} vertalingen uit pending/ overgenomen / translations taken from pending/")
        subprocess.run(lupdate, cwd=ROOT, check=True)  # back to lupdate's own layout of the file
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    missing = unfinished()
    if missing:
        print(f"{len(missing)} teksten zonder vertaling / untranslated texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
