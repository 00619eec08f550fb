"""What a killed share leaves in media/clips/ is erased at the next open, like an import's `.part`; a shared clip is
never taken for a leftover, however old."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.media import clips
from kijkwijzer.services import lab, leftovers
from kijkwijzer.services.open_workspace import open_context

from .lab_support import make_lab_case

_CHILD = """
import sys, time
from pathlib import Path
from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.media import clips

def stop(*args):  # the sealed copy is written and fsynced, not yet renamed into place
    print("midway", flush=True)
    time.sleep(120)
    sys.exit("not killed")

clips.os.replace = stop
clips.seal_clip(Path(sys.argv[1]), b"geknipt fragment " * 20000, new_key(), 2000)
"""


def _old(path) -> None:
    then = time.time() - 3600
    os.utime(path, (then, then))


def test_a_clip_cut_half_way_is_erased_at_the_next_open(sqlite_workspace):
    folder = sqlite_workspace.clips_dir
    ctx = open_context(sqlite_workspace)
    ctx.store.dispose()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder)], stdout=subprocess.PIPE, text=True,
                             cwd=os.getcwd())
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "midway"
        part = next(folder.glob(".clip-*.part"))
        assert part.stat().st_size > 300_000  # the sealed copy, whole
        assert leftovers.clean(sqlite_workspace) == 0 and part.exists()  # locked: a live cut is left alone
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    open_context(sqlite_workspace).store.dispose()
    assert list(folder.iterdir()) == []


def test_a_clip_without_its_key_goes_and_a_shared_clip_stays(ctx, test_video):
    case = make_lab_case(ctx, test_video)
    share = lab.share_fragment(case.pro, case.shared.id, case.group.id)
    kept = lab.clip_source(case.pro, share.id).path
    orphan = clips.seal_clip(ctx.workspace.clips_dir, b"nooit gedeeld " * 5000, new_key(), 1000)
    orphan.release()  # killed after the rename, before its key and share were committed
    for path in (kept, orphan.path):
        _old(path)
    open_context(ctx.workspace).store.dispose()
    assert not orphan.path.exists() and kept.is_file()
    assert lab.clip_source(case.member, share.id).open().read(8)  # and it still opens with its key
