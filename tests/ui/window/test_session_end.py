"""The session ending (a logout or shutdown sends SIGTERM; a closed terminal SIGHUP): the program closes as
Afsluiten does, in a fresh process started as a user starts it (main.py): it saves its window layout and ends
with exit code 0, instead of being cut off where it stands (ui/session_end.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _started(workspace_root: Path, home: Path) -> subprocess.Popen:
    ready = home / "klaar"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "KIJKWIJZER_BENCH_READY_FILE": str(ready)}
    program = subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(workspace_root)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and program.poll() is None:
        if ready.exists() and ready.read_text().count("\n") >= 2:
            return program
        time.sleep(0.05)
    program.kill()
    raise AssertionError(f"the workbench never came up: {program.communicate()[1][-2000:]}")


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGHUP], ids=["logout", "terminal-closed"])
def test_the_session_ending_closes_the_workbench_as_afsluiten_does(review_workspace, tmp_path, sent):
    settings = tmp_path / "Kijkwijzer" / "Kijkwijzer.conf"
    program = _started(review_workspace.workspace.root, tmp_path)
    assert "window" not in (settings.read_text() if settings.exists() else "")
    program.send_signal(sent)
    try:
        code = program.wait(20)
    finally:
        program.kill()
    assert code == 0, program.stderr.read()[-2000:]
    saved = settings.read_text()
    assert "[window]" in saved and "state=" in saved  # the dock layout, saved as on Afsluiten
