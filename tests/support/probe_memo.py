"""pytest plugin (registered in tests/conftest.py): the vault's probe remembers what it found for a file it has
already probed, unchanged, in this test process.

Importing a recording first probes it with ffprobe and a decode pass (two child processes, ~0.25 s). Most
tests import the same session-wide test video into their own workspace; for that file the answer cannot
differ. The memo is keyed by the file's identity and state (device, inode, size, modification time), so a
changed, truncated or replaced file is probed again; only files that passed are remembered (a refusal is
always probed anew, and raised as the real probe raises it). Tests whose subject is probing or the vault
itself (tests/media) run without the memo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

MEDIA_TESTS = Path(__file__).resolve().parents[1] / "media"
_seen: dict[tuple, object] = {}


def _remembering(real):
    def probe(path):
        try:
            status = Path(path).stat()
        except OSError:
            return real(path)
        key = (str(Path(path).resolve()), status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
        if key not in _seen:
            _seen[key] = real(path)
        return _seen[key]

    return probe


@pytest.fixture(autouse=True)
def remembered_probe(request, monkeypatch):
    if MEDIA_TESTS in Path(request.node.path).resolve().parents:
        yield
        return
    from kijkwijzer.media import vault

    monkeypatch.setattr(vault, "probe", _remembering(vault.probe))
    yield
