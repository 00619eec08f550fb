"""The review model's tests pass in a Python where PySide6 cannot be imported (napari's headless job): proof that
kijkwijzer/review needs no Qt, checked by running them in a subprocess with Qt blocked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve()

WITHOUT_QT = """
import sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: the review model must work without Qt")
        return None

sys.meta_path.insert(0, NoQt())
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    sys.exit("PySide6 could still be imported")

import pytest

code = pytest.main(sys.argv[1:])
leaked = sorted(name for name in sys.modules if name.startswith(("PySide6", "kijkwijzer.ui")))
if leaked:
    sys.exit(f"imported during the run: {leaked}")
sys.exit(code)
"""


def test_review_model_tests_pass_with_pyside6_blocked():
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, "-q", "-p", "no:cacheprovider", "-p", "no:pytest-qt",
         str(HERE.parent), f"--ignore={HERE}"],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=240,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    passed = re.search(r"(\d+) passed", output)
    assert passed and int(passed.group(1)) >= 30 and "failed" not in output, output
