"""The Player on libvlc 3 (python-vlc): what the reviewer sees and hears, frame-accurate when paused.

How libvlc 3 behaves (measured, see tests/media) and what this class does about it:
- Time reports come every 250-500 ms, late: position() is a Playhead (playhead.py) interpolating
  between them while playing; when paused it is exactly the frame this class asked VLC to show.
- A pause stops on a frame VLC does not report, so pause() re-seeks to the start of the playhead's
  frame. set_time(t) shows the frame *before* t, so seeks go to t + 1 ms.
- next_frame() skips its first call and makes the next play() jump ahead, so step_frame() seeks.
- A rate change jumps ahead by VLC's read-ahead (~1 s); a seek to the playhead cancels it.
- Each input gets a fresh libvlc player, played muted until a picture shows, then paused on frame 0.
  A re-used player recycles its video output, which a too-early pause leaves frozen for later seeks.
- Callbacks run on VLC's thread: never call the player from them; UI code hands them to its thread.
- Set the video window before load(); setting it later reopens the input at the same spot.
- Paused, VLC does not repaint its window after a resize or expose: redraw() asks it to (a seek in place).
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import vlc

from kijkwijzer.errors import BadInput
from kijkwijzer.media.player import PlayerError
from kijkwijzer.media.playhead import Playhead

log = logging.getLogger(__name__)

# No title or OSD text over the recording, no snapshot thumbnail, no subtitle files picked up.
BASE_ARGS = (
    "--quiet",
    "--no-video-title-show",
    "--no-osd",
    "--no-snapshot-preview",
    "--no-sub-autodetect-file",
)
# Headless: no window, no sound card; --no-xlib because nothing here initialised Xlib for threads.
# With a Qt window Xlib may stay on: Qt calls XInitThreads() itself, which VLC's GL output needs.
HEADLESS_ARGS = ("--vout=dummy", "--aout=dummy", "--no-xlib")
MIN_RATE, MAX_RATE = 0.25, 4.0
PARSE_TIMEOUT_MS = 5000
PREROLL_TIMEOUT_S = 5.0
PREROLL_SETTLE_S = 0.12
SNAPSHOT_SETTLE_S = 0.1
_S = vlc.State


def _wait(predicate: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def _unplayable(
    path: Path, nl: str = "VLC kan het niet afspelen", en: str = "VLC cannot play it"
) -> BadInput:
    return BadInput(f"{path.name} kan niet worden afgespeeld: {nl}.", f"{path.name} cannot be played: {en}.")


def _track_types(media: vlc.Media) -> set[int]:
    """Track kinds after parsing. python-vlc's MediaTrack declares the C union as three fields, so
    only the fields before it (type among them) are read."""
    tracks = ctypes.POINTER(vlc.MediaTrack)()
    count = vlc.libvlc_media_tracks_get(media, ctypes.byref(tracks))
    if not count:
        return set()
    array = ctypes.cast(tracks, ctypes.POINTER(ctypes.POINTER(vlc.MediaTrack)))
    kinds = {int(array[i].contents.type.value) for i in range(count)}
    vlc.libvlc_media_tracks_release(array, count)
    return kinds


def _attach_window(player: vlc.MediaPlayer, window_id: int) -> None:
    """Native window to draw into (X11 window id, HWND or NSView); 0 lets VLC open its own window."""
    if sys.platform.startswith("win"):
        player.set_hwnd(window_id)
    elif sys.platform == "darwin":
        player.set_nsobject(window_id)
    else:
        player.set_xwindow(window_id)


class VlcPlayer:
    def __init__(self, headless: bool = False, extra_args: Sequence[str] = ()) -> None:
        args = [*BASE_ARGS, *(HEADLESS_ARGS if headless else ()), *extra_args]
        instance = vlc.Instance(args)
        if instance is None:
            raise PlayerError("VLC kon niet worden gestart.", f"VLC could not be started ({' '.join(args)}).")
        self._instance: vlc.Instance = instance
        self._lock = threading.Lock()  # guards the callback lists; never held while calling libvlc
        self._media: vlc.Media | None = None
        self._path: Path | None = None
        self._duration = 0
        self._fps = 25.0
        self._has_video = False
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._ended = False
        self._quiet = False  # during preroll VLC's events are ours, not the caller's
        self._resync = False
        self._head = Playhead()
        self._window = 0
        self._closed = False
        self._callbacks: dict[str, list[Callable[..., None]]] = {"time": [], "end": [], "error": []}
        self._handlers = {
            vlc.EventType.MediaPlayerTimeChanged: self._vlc_time,
            vlc.EventType.MediaPlayerEndReached: self._vlc_end,
            vlc.EventType.MediaPlayerEncounteredError: self._vlc_error,
        }
        self._mp: vlc.MediaPlayer = self._fresh_player()

    def _fresh_player(self) -> vlc.MediaPlayer:
        """A new libvlc player per input: a re-used one recycles its video output (see module notes)."""
        old: vlc.MediaPlayer | None = getattr(self, "_mp", None)
        if old is not None:
            events = old.event_manager()
            for kind in self._handlers:
                events.event_detach(kind)
            old.stop()
            old.release()
        player = self._instance.media_player_new()
        events = player.event_manager()
        for kind, handler in self._handlers.items():
            events.event_attach(kind, handler)
        if self._window:
            _attach_window(player, self._window)
        self._mp = player
        return player

    # --- VLC's thread ---------------------------------------------------------------------------
    def _emit(self, kind: str, *args: object) -> None:
        with self._lock:
            callbacks = list(self._callbacks[kind])
        for callback in callbacks:
            try:
                callback(*args)
            except Exception:  # an exception must never unwind into VLC's thread
                log.exception("player callback failed")

    def _vlc_time(self, event: vlc.Event) -> None:
        if not self._quiet:
            self._head.report(int(event.u.new_time))
            self._emit("time", int(event.u.new_time))

    def _vlc_end(self, _event: vlc.Event) -> None:
        if not self._quiet:
            self._ended = True
            self._head.finish()
            self._emit("end")

    def _vlc_error(self, _event: vlc.Event) -> None:
        if not self._quiet:
            self._head.stop()
            self._emit("error")

    def _frame_ms(self) -> float:
        return 1000.0 / self._fps if self._fps > 0 else 40.0

    def _frame_index(self, ms: float) -> int:
        return math.floor(ms / self._frame_ms() + 1e-6)

    def _last_frame_ms(self) -> int:
        return max(0, int(self._duration - math.ceil(self._frame_ms())))

    # --- loading --------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        if self._closed:
            raise PlayerError("De speler is al gesloten.", "The player has been closed.")
        path = Path(path)
        if not path.is_file():
            raise BadInput(f"Opname niet gevonden: {path}", f"Recording not found: {path}")
        if path.stat().st_size == 0:
            raise _unplayable(path, "het bestand is leeg", "the file is empty")
        self._unload()
        media = self._instance.media_new_path(str(path))
        media.parse_with_options(vlc.MediaParseFlag.local, PARSE_TIMEOUT_MS)
        _wait(lambda: media.get_parsed_status() != 0, PARSE_TIMEOUT_MS / 1000 + 1)
        kinds = _track_types(media) if media.get_parsed_status() == vlc.MediaParsedStatus.done else set()
        has_video = int(vlc.TrackType.video.value) in kinds
        if not has_video and int(vlc.TrackType.audio.value) not in kinds:
            media.release()
            raise _unplayable(
                path, "geen beeld of geluid gevonden (beschadigd?)", "no video or audio found (damaged?)"
            )
        self._media, self._path, self._has_video = media, path, has_video
        self._duration = max(int(media.get_duration()), 0)
        try:
            self._open()
        except BadInput:
            self._unload()
            raise
        fps = float(self._mp.get_fps() or 0.0) if has_video else 0.0
        self._fps = fps if 1.0 <= fps <= 240.0 else 25.0
        self._duration = max(self._duration, int(self._mp.get_length()))
        self._head.set_duration(self._duration)

    def _open(self) -> None:
        """Play the loaded media muted in a fresh libvlc player until there is a picture (or sound),
        then pause on the first frame."""
        assert self._path is not None and self._media is not None
        self._fresh_player().set_media(self._media)
        self._quiet, self._ended = True, False
        self._head.reset(self._duration)
        try:
            self._mp.audio_set_mute(True)
            self._mp.play()

            def ready() -> bool:
                state = self._mp.get_state()
                if state in (_S.Error, _S.Ended):
                    return True
                return bool(self._mp.has_vout()) if self._has_video else state == _S.Playing

            failed = (_S.Error, _S.Ended, _S.Stopped)
            if not _wait(ready, PREROLL_TIMEOUT_S) or self._mp.get_state() in failed:
                raise _unplayable(self._path)
            if self._has_video:  # let the first pictures reach the screen: a pause before that freezes it
                time.sleep(PREROLL_SETTLE_S)
            self._mp.set_pause(1)
            _wait(lambda: self._mp.get_state() == _S.Paused, 2.0)
            self._mp.set_time(1)  # redraws frame 0; a pause during start-up can leave the output stale
            self._mp.audio_set_volume(self._volume)
            self._mp.audio_set_mute(self._muted)
            if self._rate != 1.0:
                self._mp.set_rate(self._rate)
                self._resync = True
        finally:
            self._quiet = False

    def unload(self) -> None:
        self._unload()

    def _unload(self) -> None:
        media, self._media, self._path = self._media, None, None
        self._ended, self._duration, self._has_video = False, 0, False
        self._head.reset()
        self._mp.stop()
        if media is not None:
            media.release()

    def _restart_if_finished(self) -> bool:
        """After the end (or an error) VLC has no input left to seek in: open it again."""
        if self._media is None:
            return False
        if self._ended or self._mp.get_state() in (_S.Ended, _S.Stopped, _S.Error):
            self._open()
        return True

    # --- transport ------------------------------------------------------------------------------
    def set_output_window(self, window_id: int) -> None:
        if self._closed:  # after close() the libvlc player is gone: every call below would crash
            return
        self._window = int(window_id)
        _attach_window(self._mp, self._window)
        if self._media is not None and self._has_video:  # move the picture: reopen at the same spot
            at, playing = self.position(), self._head.running
            self._open()
            self.seek(at)
            if playing:
                self.play()

    def play(self) -> None:
        if not self._restart_if_finished():
            return
        if self._resync:  # the rate changed while paused: same jump as above, same cure
            self._resync = False
            self.seek(self._head.position())
        self._head.start()
        self._mp.play()

    def pause(self) -> None:
        if self._media is None or not self._head.running:
            return
        at = self._head.stop()
        self._mp.set_pause(1)
        _wait(lambda: self._mp.get_state() != _S.Playing, 1.0)  # a seek during the switch leaves no picture
        self.seek(math.ceil(self._frame_index(at) * self._frame_ms()))

    def toggle(self) -> None:
        self.pause() if self._head.running else self.play()

    def is_playing(self) -> bool:
        return self._head.running

    def seek(self, ms: int) -> None:
        if not self._restart_if_finished():
            return
        ms = max(0, min(int(ms), self._last_frame_ms()))
        self._head.jump(ms)
        self._mp.set_time(ms + 1)  # VLC shows the frame *before* t; +1 ms shows the frame containing ms

    def redraw(self) -> None:
        """Paused, libvlc 3 never repaints by itself: after a resize its GL surface holds garbage, and
        whatever Qt painted over the window stays. A seek to the shown frame makes VLC draw it again
        (an async call of ~0.1 ms; VLC decodes from the previous key frame on its own thread)."""
        if self._closed or self._media is None or not self._has_video or self._head.running or self._ended:
            return
        if self._mp.get_state() in (_S.Ended, _S.Stopped, _S.Error):
            return
        self._mp.set_time(self._head.position() + 1)

    def step_frame(self, direction: int = 1) -> None:
        """Pause, then show the neighbouring frame (direction -1 goes back). Uses the average frame
        rate, so on variable-frame-rate recordings a step may skip or repeat a frame."""
        if self._media is None or direction == 0:
            return
        if self._head.running:
            self.pause()
        index = self._frame_index(self.position()) + direction
        last = self._frame_index(self._last_frame_ms())
        self.seek(math.ceil(max(0, min(index, last)) * self._frame_ms()))

    def set_rate(self, rate: float) -> None:
        if not MIN_RATE <= float(rate) <= MAX_RATE:
            raise BadInput(
                f"Snelheid {rate} kan niet; kies tussen {MIN_RATE} en {MAX_RATE}.",
                f"Speed {rate} is not possible; choose between {MIN_RATE} and {MAX_RATE}.",
            )
        self._rate = float(rate)
        self._head.set_rate(self._rate)
        if self._closed:
            return
        playing = self._head.running
        self._resync = not playing
        self._mp.set_rate(self._rate)
        if playing:  # VLC jumps ahead by its read-ahead (file-caching) on a rate change; a seek resets it
            self.seek(self._head.position())

    def rate(self) -> float:
        return self._rate

    def position(self) -> int:
        return self._head.position()

    def duration(self) -> int:
        return self._duration

    # --- sound ----------------------------------------------------------------------------------
    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        if not self._closed:
            self._mp.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_mute(self, muted: bool) -> None:
        self._muted = bool(muted)
        if not self._closed:
            self._mp.audio_set_mute(self._muted)

    def is_muted(self) -> bool:
        return self._muted

    # --- snapshot -------------------------------------------------------------------------------
    def snapshot(self, target: Path) -> Path:
        """Save the frame on screen as PNG (libvlc writes PNG only). For reports use stills.extract_still."""
        target = Path(target)
        if self._media is None or not self._has_video:
            raise BadInput("Er is geen beeld om vast te leggen.", "There is no picture to capture.")
        if target.suffix.lower() != ".png":
            raise BadInput("Een momentopname is altijd .png.", "A snapshot is always .png.")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.png")
        try:
            for _attempt in range(3):
                if not self._head.running:  # paused VLC may not redraw (no snapshot): show it again
                    self._mp.set_time(self._head.position() + 1)
                    time.sleep(SNAPSHOT_SETTLE_S)  # or the snapshot catches a picture queued before
                if self._mp.video_take_snapshot(0, str(tmp), 0, 0) == 0 and _wait(
                    lambda: tmp.is_file() and tmp.stat().st_size > 0, 0.2
                ):
                    os.replace(tmp, target)
                    return target
        finally:
            tmp.unlink(missing_ok=True)
        raise PlayerError("De momentopname is mislukt.", "Taking the snapshot failed.")

    # --- events and lifetime --------------------------------------------------------------------
    def on_time_changed(self, callback: Callable[[int], None]) -> None:
        with self._lock:
            self._callbacks["time"].append(callback)

    def on_end_reached(self, callback: Callable[[], None]) -> None:
        with self._lock:
            self._callbacks["end"].append(callback)

    def on_error(self, callback: Callable[[], None]) -> None:
        with self._lock:
            self._callbacks["error"].append(callback)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._unload()
        events = self._mp.event_manager()
        for kind in self._handlers:
            events.event_detach(kind)
        self._mp.release()
        self._instance.release()
