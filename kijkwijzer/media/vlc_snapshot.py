"""The picture VLC shows, as PNG bytes in memory. libvlc 3 can only write a snapshot to a file name, so on
POSIX it is given a FIFO in a private temporary folder and a thread reads the PNG from the pipe: the decoded
picture of a (sealed) recording never lands on the disk. Elsewhere a private temporary file is read and
overwritten at once.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import vlc

from kijkwijzer.files import shred_file

_PNG = b"\x89PNG"
_WAIT_S = 0.2


def take_png(player: vlc.MediaPlayer) -> bytes | None:
    """One PNG of what `player` shows now, or None when VLC produced none (no picture yet)."""
    folder = Path(tempfile.mkdtemp(prefix="kw-beeld-"))  # 0700
    target = folder / "beeld.png"
    try:
        if hasattr(os, "mkfifo"):
            os.mkfifo(target, 0o600)
            data = _through_pipe(player, target)
        else:  # pragma: no cover - Windows
            data = _through_file(player, target)
    finally:
        if target.is_file():
            shred_file(target)
        else:
            target.unlink(missing_ok=True)
        os.rmdir(folder)
    return data if data.startswith(_PNG) else None


def _through_pipe(player: vlc.MediaPlayer, fifo: Path) -> bytes:
    chunks: list[bytes] = []
    opened = threading.Event()

    def pump() -> None:
        fd = os.open(fifo, os.O_RDONLY)  # waits for VLC (or for the unblocking below)
        opened.set()
        try:
            while data := os.read(fd, 1 << 16):
                chunks.append(data)
        finally:
            os.close(fd)

    reader = threading.Thread(target=pump, name="vlc-snapshot", daemon=True)
    reader.start()
    player.video_take_snapshot(0, str(fifo), 0, 0)  # writes synchronously when there is a picture
    if not opened.wait(_WAIT_S):
        try:  # VLC never opened the pipe: let the reader see an empty stream
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    reader.join(5.0)
    return b"".join(chunks)


def _through_file(player: vlc.MediaPlayer, path: Path) -> bytes:  # pragma: no cover - Windows
    player.video_take_snapshot(0, str(path), 0, 0)
    try:
        return path.read_bytes()
    except OSError:
        return b""
