"""Crash-test child: starts a real import or backup through the services and stops half-way (the recording
copied into the vault's temporary file, or the sealed backup written to its `.deel` file, but not yet renamed into
place), prints "midway" and waits to be killed with SIGKILL by tests/privacy/test_holes_leftovers.py.

    python killed_midway.py import WORKSPACE CONVERSATION_ID VIDEO
    python killed_midway.py backup WORKSPACE TARGET_ZIP
"""

import sys
import time
from pathlib import Path

from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace


def _wait_for_the_kill() -> None:
    print("midway", flush=True)
    time.sleep(120)
    sys.exit("not killed")


def import_midway(root: str, conversation_id: int, video: str) -> None:
    from kijkwijzer.services import recordings

    ctx = open_context(Workspace.at(root))
    # progress is called after a chunk is written: with a short recording that is the whole file
    recordings.import_recording(ctx, conversation_id, Path(video), progress=lambda done, total: _wait_for_the_kill())


def backup_midway(root: str, target: str) -> None:
    from kijkwijzer.formats import backup_zip as backup
    from kijkwijzer.services.exchange import backup as exchange_backup

    written = backup.write_backup

    def then_wait(*args, **kwargs):
        written(*args, **kwargs)  # the whole zip is in the temporary file now
        _wait_for_the_kill()

    backup.write_backup = then_wait
    exchange_backup.create_backup(open_context(Workspace.at(root)), Path(target), passphrase="paard-batterij-nietje",
                                  include_media=True)


if __name__ == "__main__":
    if sys.argv[1] == "import":
        import_midway(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        backup_midway(sys.argv[2], sys.argv[3])
