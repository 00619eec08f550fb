"""English is complete: every UI text in the code has a translation, and the shipped .qm is current."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "update_translations.py"


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_text_has_an_english_translation(tmp_path):
    tool = _script()
    ts = tmp_path / "kijkwijzer_en.ts"
    shutil.copy(tool.TS, ts)
    lupdate = tool.tool("pyside6-lupdate")
    subprocess.run([lupdate, *tool.sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    assert tool.unfinished(ts) == [], "run scripts/update_translations.py and translate the new texts"


def test_shipped_qm_matches_the_ts(tmp_path):
    tool = _script()
    qm = tmp_path / "en.qm"
    subprocess.run([tool.tool("pyside6-lrelease"), str(tool.TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == tool.QM.read_bytes(), "run scripts/update_translations.py to rebuild the .qm"
    assert sys.executable
