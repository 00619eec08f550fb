"""Nothing acknowledged is lost: a child adds annotations as fast as it can and prints each id after
commit; we SIGKILL it at 20 random moments; every printed id must be in the database afterwards.
The workspace is encrypted (SQLCipher), as every new one is; the child unlocks it by KIJKWIJZER_PASSPHRASE."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kijkwijzer.services import recordings

CHILD = Path(__file__).parents[1] / "support" / "annotate_forever.py"


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_sigkill_at_random_moments_loses_no_acknowledged_annotation(case_setup, test_video):
    ctx = case_setup["ctx"]
    rec = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    rng = random.Random(20261123)
    acknowledged: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(ctx.workspace.root), str(rec.id), str(case_setup["reviewer"].id)],
            stdout=subprocess.PIPE, env=env, text=True, bufsize=1,
        )
        first = child.stdout.readline()  # "ready": the child has opened the store
        assert first.strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged += [int(line) for line in out.splitlines() if line.strip().isdigit()]
        db = ctx.workspace.root / "kijkwijzer.db"
        conn = ctx.store.connect_file(db)  # with the workspace key, outside SQLAlchemy
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in conn.execute("SELECT id FROM annotations")}
        finally:
            conn.close()
        missing = set(acknowledged) - stored
        assert not missing, f"acknowledged but lost after SIGKILL: {sorted(missing)[:10]}"
    assert len(acknowledged) > 20, "the child should have committed annotations between kills"
    print(f"\n{len(acknowledged)} acknowledged annotations survived 20 SIGKILLs")
