"""A sealed recording as VLC input through libvlc's media callbacks (open/read/seek/close), so VLC plays
the plaintext straight from a SealedReader and never from a file: nothing decrypted reaches the disk.

The four ctypes callbacks are made once for the process and never freed (VLC may call them on its own
threads until every player that was given the media has stopped). Each `SealedInput` is registered under a
small number that VLC carries as its opaque pointer; each open (VLC opens again for every new player and
after a stop) gets its own SealedReader, closed by VLC's close callback. A damaged chunk makes the read
fail (VLC then sees the end of the stream); the input keeps the error so the player can say what happened.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import logging
import threading

import vlc

from kijkwijzer.crypto.sealed import SealedReader
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.source import MediaSource

log = logging.getLogger(__name__)

_lock = threading.Lock()
_inputs: dict[int, SealedInput] = {}  # opaque number -> input
# open stream number -> (input, reader)
_streams: dict[int, tuple[SealedInput, SealedReader | io.BufferedReader]] = {}
_numbers = itertools.count(1)
# VLC reads a callback input ahead through its prefetch filter, 16 MiB at a time by default: every seek then
# decrypts megabytes before the picture. 2 MiB in 256-KiB reads keeps a seek in a two-hour sealed
# recording as fast as in the plain file (bench/bench_sealed.py: about 8-9 ms for both on this machine).
READ_AHEAD = (":prefetch-buffer-size=2048", ":prefetch-read-size=262144")


class SealedInput:
    """One recording handed to VLC; `media(instance)` makes the libvlc media, `release()` retires it."""

    def __init__(self, source: MediaSource) -> None:
        self.source = source
        self.error: KijkwijzerError | None = None
        self.bytes_read = 0
        with _lock:
            self.number = next(_numbers)
            _inputs[self.number] = self

    def media(self, instance: vlc.Instance) -> vlc.Media:
        media = instance.media_new_callbacks(_open_cb, _read_cb, _seek_cb, _close_cb,
                                             ctypes.c_void_p(self.number))
        if media is None:
            raise KijkwijzerError("VLC kon de opname niet openen.", "VLC could not open the recording.")
        media.add_options(*READ_AHEAD)
        return media

    def release(self) -> None:
        """Forget the input (call after the media is released and its players are stopped); streams VLC
        still has open are closed by their close callback or here."""
        with _lock:
            _inputs.pop(self.number, None)
            left = [n for n, (owner, _r) in _streams.items() if owner is self]
            readers = [_streams.pop(n)[1] for n in left]
        for reader in readers:
            reader.close()


def open_streams() -> int:
    """How many decrypting streams VLC holds open now (for tests: every stop closes its stream)."""
    with _lock:
        return len(_streams)


@vlc.CallbackDecorators.MediaOpenCb
def _open_cb(opaque: int | None, datap: ctypes._Pointer[ctypes.c_void_p],
             sizep: ctypes._Pointer[ctypes.c_uint64]) -> int:
    owner = None
    try:
        with _lock:
            owner = _inputs.get(int(opaque or 0))
        if owner is None:
            return -1
        reader = owner.source.open()
        size = reader.seek(0, 2)
        reader.seek(0)
        with _lock:
            number = next(_numbers)
            _streams[number] = (owner, reader)
        datap[0] = number
        sizep[0] = size
        return 0
    except KijkwijzerError as error:
        if owner is not None:
            owner.error = error
        return -1
    except Exception:  # an exception must never unwind into VLC's thread
        log.exception("opening a sealed recording for VLC failed")
        return -1


@vlc.CallbackDecorators.MediaReadCb
def _read_cb(opaque: int | None, buf: ctypes._Pointer[ctypes.c_char], length: int) -> int:
    stream = _streams.get(int(opaque or 0))
    if stream is None:
        return -1
    owner, reader = stream
    try:
        view = (ctypes.c_char * length).from_address(ctypes.addressof(buf.contents))
        count = reader.readinto(memoryview(view).cast("B"))
        owner.bytes_read += count
        return count
    except KijkwijzerError as error:  # a changed chunk: SealBroken
        owner.error = error
        return -1
    except Exception:
        log.exception("reading a sealed recording for VLC failed")
        return -1


@vlc.CallbackDecorators.MediaSeekCb
def _seek_cb(opaque: int | None, offset: int) -> int:
    stream = _streams.get(int(opaque or 0))
    if stream is None:
        return -1
    try:
        stream[1].seek(int(offset))
        return 0
    except Exception:
        log.exception("seeking in a sealed recording for VLC failed")
        return -1


@vlc.CallbackDecorators.MediaCloseCb
def _close_cb(opaque: int | None) -> None:
    with _lock:
        stream = _streams.pop(int(opaque or 0), None)
    if stream is not None:
        try:
            stream[1].close()
        except Exception:
            log.exception("closing a sealed recording for VLC failed")
