"""The workbench's entry point (main.py, the `kijkwijzer` command, the bundle's launcher): what may begin before the
window's modules are imported begins here, each in a thread of its own (the workspace key's unlock,
crypto/early_unlock.py; loading VLC, media/vlc_early.py); then the window comes on screen (ui/first_window.py) and
app.main opens the workspace in it. No Qt, no SQLAlchemy at this module's import: it is imported first.

The cyclic garbage collector is off until the window is built (app.start turns it on again, after freezing what the
start made): the imports alone set off ~200 collections among ~170,000 objects that all stay, ~35 ms of every
start (bench/bench_boris.py, alternating with and without)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys

log = logging.getLogger(__name__)


def prepare(argv: list[str]) -> None:
    """What begins before the window's modules are imported (also in the benches that start the window in their
    own process, so they measure the same start). A wrong argument or --help ends the program here, as the
    window's start would, only sooner."""
    from kijkwijzer.media import vlc_early
    from kijkwijzer.start_arguments import headless, parse

    gc.disable()
    args = parse(argv)
    vlc_early.begin(vlc_early.player_args(headless(args)))  # the window's player takes it (media/vlc_player.py)
    _unlock_early(args)


def unlock_early(argv: list[str]) -> None:
    """Begin unlocking the workspace the arguments name (crypto/early_unlock.py): its Argon2 run or keyring
    lookup then overlaps the imports. Whatever fails here is met again, and said, by the window's start."""
    from kijkwijzer.start_arguments import parse

    _unlock_early(parse(argv))


def _unlock_early(args: argparse.Namespace) -> None:
    from kijkwijzer.crypto import early_unlock
    from kijkwijzer.start_arguments import workspace_of

    try:
        workspace = workspace_of(args)
    except Exception as error:  # noqa: BLE001 - a head start only
        log.info("no early unlock: %r", error)
        return
    early_unlock.begin(workspace)


def main() -> int:
    """The window comes on screen as soon as Qt is loaded (ui/first_window.py), before the store, the services and
    the review's widgets are imported; a passphrase, if one must be asked, is asked over it at once, while the store
    and the services load (ui/unlock/at_start.py); the workbench then opens the workspace in it (app.main)."""
    prepare(sys.argv[1:])
    from kijkwijzer.files import private_umask
    from kijkwijzer.ui.first_window import show_start_window

    private_umask()
    frame = show_start_window(sys.argv[1:])
    from kijkwijzer.ui.unlock.at_start import ready_at_start

    if not ready_at_start(sys.argv[1:], frame):  # the passphrase, if asked, before the workbench's modules load
        return 0  # Annuleren
    from kijkwijzer.app import main as workbench

    return workbench(frame=frame)
