"""The folders where a test's temporary files land: the temporary folder (a pytest -n worker has its own,
tests/conftest.py) and the pytest folder of this process's tmp_path (outside it for a worker). The privacy tests
scan both for plaintext that should not be there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def temporary_roots() -> list[Path]:
    roots = [Path(tempfile.gettempdir()).resolve()]
    basetemp = os.environ.get("KW_TEST_BASETEMP")
    if basetemp:
        path = Path(basetemp).resolve()
        if not any(path == root or root in path.parents for root in roots):
            roots.append(path)
    return roots
