"""A backup SIGKILLed half-way through the recording leaves only ciphertext: its `.deel` file beside the target
holds the sealed beginning of the backup and not one plain byte of the recording, a client text or the real
name, nor does anything else under the workspace or in /tmp. The next open shreds the `.deel` file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kijkwijzer.formats import backup_seal
from kijkwijzer.services.open_workspace import open_context
from tests.support.sealed_backup import PASSPHRASE, blocks, fill_private, unique_video
from tests.support.temp_roots import temporary_roots

from .support import scan

ROOT = Path(__file__).parents[2]
# The child: a real backup through the service that stops (prints "midway", waits to be killed) once half the
# recording has gone into the sealed writer.
CHILD = """
import sys, time
from pathlib import Path
from kijkwijzer.crypto import sealed
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace

root, target, passphrase, stop_after = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
write = sealed.SealedWriter.write

def counting(self, data):
    done = write(self, data)
    if self.plain_size > stop_after:
        print("midway", flush=True)
        time.sleep(120)
        sys.exit("not killed")
    return done

sealed.SealedWriter.write = counting
exchange_backup.create_backup(open_context(Workspace.at(root)), Path(target), passphrase=passphrase,
                              include_media=True)
"""


def _recent_files_in_tmp(since: float, skip: list[Path]) -> list[Path]:
    """Regular files under the temporary folders changed since the test began, outside the folders scanned on their
    own."""
    found = []
    for folder, dirs, files in (entry for root in temporary_roots() for entry in os.walk(root)):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not any(here / d == s or s in (here / d).parents for s in skip)]
        for name in files:
            path = here / name
            try:
                status = path.lstat()
            except OSError:
                continue
            if path.is_file() and not path.is_symlink() and status.st_mtime >= since \
                    and status.st_size < 512 * 2**20 and path not in skip:
                found.append(path)
    return found


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)  # the child opens a folder
def test_a_killed_backup_leaves_no_plaintext_anywhere(case_setup, tmp_path_factory, tmp_path):
    began = time.time() - 1
    video = unique_video(tmp_path_factory.mktemp("bron"))
    ctx = case_setup["ctx"]
    texts = fill_private(case_setup, video, tmp_path)
    media = blocks(video)
    outside = tmp_path / "usb-stick"
    outside.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ctx.workspace.root), str(outside / "kopie.kwbackup"), PASSPHRASE,
         str(video.stat().st_size // 2)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    line = child.stdout.readline()
    if line.strip() != "midway":
        child.kill()
        pytest.fail(f"the backup did not get half-way: {line!r} {child.stderr.read()[-2000:]}")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    partial = list(outside.iterdir())
    assert len(partial) == 1 and partial[0].name.endswith(".deel"), partial
    data = partial[0].read_bytes()
    assert data.startswith(backup_seal.MAGIC) and len(data) > video.stat().st_size // 2
    assert b"tables/" not in data and b"files/" not in data, "no zip structure in plain (texts are deflated in it)"
    assert scan(outside, {**texts, **media}) == []
    # The workspace's database holds the texts (SQLCipher encrypts it); its media and the name are sealed.
    assert scan(ctx.workspace.root, {"real name": texts["real name"], **media}) == []
    leaks = []
    for path in _recent_files_in_tmp(began, [ctx.workspace.root, outside, video]):
        try:
            content = path.read_bytes()
        except OSError:  # gone meanwhile, or another account's
            continue
        leaks += [(str(path), label) for label, needle in {**texts, **media}.items() if needle in content]
    assert leaks == []

    ctx.store.dispose()
    reopened = open_context(ctx.workspace)
    try:
        assert list(outside.iterdir()) == [], "the next open shreds the killed backup's leftover"
    finally:
        reopened.store.dispose()
