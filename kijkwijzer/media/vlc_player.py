"""The Player on libvlc 3 (python-vlc): what the reviewer sees and hears, frame-accurate when paused.

What libvlc 3 does and how this class copes (measured with libvlc 3.0.2x, see tests/media):
- get_time() and the TimeChanged event move in steps of 250-500 ms and lag the picture. While
  playing, position() interpolates from the last report with a monotonic clock and the rate, never
  runs backwards, and never runs more than 1.5 s ahead of a report. When paused, position() is
  exactly what this class asked VLC to show.
- Pausing leaves VLC on a frame it does not report, so pause() re-seeks to the start of the frame
  the playhead is on: the picture the reviewer annotates is the frame position() names.
- set_time(t) shows the last frame that starts *before* t, so seeks go to t + 1 ms.
- next_frame() does not advance on its first call after a pause or seek, and a later play() jumps
  ahead by up to two seconds, so step_frame() seeks to the neighbouring frame instead.
- load() prerolls: plays muted until the first picture exists, then pauses on frame 0. Without that,
  paused seeks and snapshots have nothing to draw on.
- Callbacks run on VLC's event thread; they must not call back into the player (libvlc would
  deadlock) and UI code must hand them to its own thread.
- The video window must be set before load(); setting it later restarts the output at the same spot.
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

log = logging.getLogger(__name__)

BASE_ARGS = ("--quiet", "--no-video-title-show", "--no-snapshot-preview", "--no-osd", "--no-sub-autodetect-file")
# Headless: no window, no sound card; --no-xlib because nothing here initialised Xlib for threads.
# With a Qt window Xlib may stay on: Qt calls XInitThreads() itself, which VLC's GL output needs.
HEADLESS_ARGS = ("--vout=dummy", "--aout=dummy", "--no-xlib")
MIN_RATE, MAX_RATE = 0.25, 4.0
PARSE_TIMEOUT_MS = 5000
PREROLL_TIMEOUT_S = 5.0
MAX_AHEAD_MS = 1500
SEEK_GUARD_S = 0.5
SNAPSHOT_SETTLE_S = 0.1
_S = vlc.State


def _wait(predicate: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def _unplayable(path: Path, nl: str = "VLC kan het niet afspelen", en: str = "VLC cannot play it") -> BadInput:
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


def _call_all(callbacks: Sequence[Callable[..., None]], *args: object) -> None:
    for callback in callbacks:
        try:
            callback(*args)
        except Exception:  # noqa: BLE001 - an exception must never unwind into VLC's thread
            log.exception("player callback failed")


class VlcPlayer:
    def __init__(self, headless: bool = False, extra_args: Sequence[str] = ()) -> None:
        args = [*BASE_ARGS, *(HEADLESS_ARGS if headless else ()), *extra_args]
        instance = vlc.Instance(args)
        if instance is None:
            raise PlayerError("VLC kon niet worden gestart.", f"VLC could not be started ({' '.join(args)}).")
        self._instance: vlc.Instance = instance
        self._mp: vlc.MediaPlayer = instance.media_player_new()
        self._lock = threading.Lock()  # guards the fields below; never held while calling libvlc
        self._media: vlc.Media | None = None
        self._path: Path | None = None
        self._duration = 0
        self._fps = 25.0
        self._has_video = False
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._playing = False
        self._ended = False
        self._quiet = False  # during preroll VLC's events are ours, not the caller's
        self._anchor_ms = 0
        self._anchor_clock = time.monotonic()
        self._reported = 0
        self._guard_until = 0.0
        self._resync = False
        self._closed = False
        self._time_callbacks: list[Callable[[int], None]] = []
        self._end_callbacks: list[Callable[[], None]] = []
        self._error_callbacks: list[Callable[[], None]] = []
        self._events = self._mp.event_manager()
        self._handlers = {
            vlc.EventType.MediaPlayerTimeChanged: self._vlc_time,
            vlc.EventType.MediaPlayerEndReached: self._vlc_end,
            vlc.EventType.MediaPlayerEncounteredError: self._vlc_error,
        }
        for kind, handler in self._handlers.items():
            self._events.event_attach(kind, handler)

    # --- VLC's thread ---------------------------------------------------------------------------
    def _vlc_time(self, event: vlc.Event) -> None:
        reported = int(event.u.new_time)
        now = time.monotonic()
        with self._lock:
            if self._quiet:
                return
            if self._playing and (now >= self._guard_until or abs(reported - self._interpolate(now)) < 300):
                self._anchor_ms, self._anchor_clock = reported, now
            callbacks = list(self._time_callbacks)
        _call_all(callbacks, reported)

    def _vlc_end(self, _event: vlc.Event) -> None:
        with self._lock:
            if self._quiet:
                return
            self._playing, self._ended = False, True
            self._anchor_ms = self._reported = self._duration
            callbacks = list(self._end_callbacks)
        _call_all(callbacks)

    def _vlc_error(self, _event: vlc.Event) -> None:
        with self._lock:
            if self._quiet:
                return
            self._playing = False
            callbacks = list(self._error_callbacks)
        _call_all(callbacks)

    # --- clock ----------------------------------------------------------------------------------
    def _interpolate(self, now: float) -> float:
        if not self._playing:
            return self._anchor_ms
        ahead = min((now - self._anchor_clock) * 1000.0 * self._rate, MAX_AHEAD_MS * self._rate)
        value = self._anchor_ms + ahead
        return min(value, self._duration) if self._duration else value

    def _set_anchor(self, ms: int) -> None:
        self._anchor_ms = self._reported = ms
        self._anchor_clock = time.monotonic()

    def _frame_ms(self) -> float:
        return 1000.0 / self._fps if self._fps > 0 else 40.0

    def _frame_index(self, ms: float) -> int:
        return int(math.floor(ms / self._frame_ms() + 1e-6))

    def _last_frame_ms(self) -> int:
        return max(0, int(self._duration - math.ceil(self._frame_ms())))

    # --- loading --------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
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
            raise _unplayable(path, "geen beeld of geluid gevonden (beschadigd?)", "no video or audio found (damaged?)")
        with self._lock:
            self._media, self._path, self._has_video = media, path, has_video
            self._duration = max(int(media.get_duration()), 0)
        self._mp.set_media(media)
        try:
            self._preroll()
        except BadInput:
            self._unload()
            raise
        fps = float(self._mp.get_fps() or 0.0) if has_video else 0.0
        with self._lock:
            self._fps = fps if 1.0 <= fps <= 240.0 else 25.0
            self._duration = max(self._duration, int(self._mp.get_length()))

    def _preroll(self) -> None:
        """Play muted until there is a picture (or sound), then pause on the first frame."""
        assert self._path is not None
        with self._lock:
            self._quiet, self._playing, self._ended = True, False, False
        try:
            self._mp.audio_set_mute(True)
            self._mp.play()

            def ready() -> bool:
                state = self._mp.get_state()
                if state in (_S.Error, _S.Ended):
                    return True
                return bool(self._mp.has_vout()) if self._has_video else state == _S.Playing

            if not _wait(ready, PREROLL_TIMEOUT_S) or self._mp.get_state() in (_S.Error, _S.Ended, _S.Stopped):
                self._mp.stop()
                raise _unplayable(self._path)
            self._mp.set_pause(1)
            _wait(lambda: self._mp.get_state() == _S.Paused, 2.0)
            self._mp.set_time(1)  # redraws frame 0; a pause during start-up can leave the output stale
            self._mp.audio_set_volume(self._volume)
            self._mp.audio_set_mute(self._muted)
            self._mp.set_rate(self._rate)
        finally:
            with self._lock:
                self._quiet = False
                self._set_anchor(0)

    def _unload(self) -> None:
        with self._lock:
            media, self._media, self._path = self._media, None, None
            self._playing, self._ended, self._duration, self._has_video = False, False, 0, False
            self._set_anchor(0)
        self._mp.stop()
        if media is not None:
            media.release()

    def _restart_if_finished(self) -> bool:
        """After the end (or an error) VLC has no input left to seek in: preroll again."""
        if self._media is None:
            return False
        if self._ended or self._mp.get_state() in (_S.Ended, _S.Stopped, _S.Error):
            self._mp.stop()
            self._preroll()
        return True

    # --- transport ------------------------------------------------------------------------------
    def set_output_window(self, window_id: int) -> None:
        window_id = int(window_id)
        if sys.platform.startswith("win"):
            self._mp.set_hwnd(window_id)
        elif sys.platform == "darwin":
            self._mp.set_nsobject(window_id)
        else:
            self._mp.set_xwindow(window_id)
        if self._media is not None and self._mp.has_vout():  # move the picture: restart at the same spot
            at, playing = self.position(), self._playing
            self._mp.stop()
            self._preroll()
            self.seek(at)
            if playing:
                self.play()

    def play(self) -> None:
        if not self._restart_if_finished():
            return
        if self._resync:  # the rate changed while paused: same jump as above, same cure
            self.seek(self._anchor_ms)
        with self._lock:
            self._playing, self._resync = True, False
            self._anchor_clock = time.monotonic()
        self._mp.play()

    def pause(self) -> None:
        if self._media is None or not self._playing:
            return
        with self._lock:
            at = self._interpolate(time.monotonic())
            self._playing = False
        self._mp.set_pause(1)
        _wait(lambda: self._mp.get_state() != _S.Playing, 1.0)  # a seek during the switch leaves no picture
        self.seek(int(math.ceil(self._frame_index(at) * self._frame_ms())))

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def is_playing(self) -> bool:
        return self._playing

    def seek(self, ms: int) -> None:
        if not self._restart_if_finished():
            return
        ms = max(0, min(int(ms), self._last_frame_ms()))
        with self._lock:
            self._set_anchor(ms)
            self._guard_until = time.monotonic() + SEEK_GUARD_S
        self._mp.set_time(ms + 1)  # VLC shows the frame *before* t; +1 ms shows the frame containing ms

    def step_frame(self, direction: int = 1) -> None:
        """Pause, then show the neighbouring frame (direction -1 goes back). Uses the average frame
        rate, so on variable-frame-rate recordings a step may skip or repeat a frame."""
        if self._media is None or direction == 0:
            return
        if self._playing:
            self.pause()
        index = self._frame_index(self.position()) + direction
        last = self._frame_index(self._last_frame_ms())
        self.seek(int(math.ceil(max(0, min(index, last)) * self._frame_ms())))

    def set_rate(self, rate: float) -> None:
        if not MIN_RATE <= float(rate) <= MAX_RATE:
            raise BadInput(
                f"Snelheid {rate} kan niet; kies tussen {MIN_RATE} en {MAX_RATE}.",
                f"Speed {rate} is not possible; choose between {MIN_RATE} and {MAX_RATE}.",
            )
        with self._lock:
            now = time.monotonic()
            self._anchor_ms, self._anchor_clock = int(self._interpolate(now)), now
            self._rate = float(rate)
            at, playing = self._anchor_ms, self._playing
            self._resync = not playing
        self._mp.set_rate(float(rate))
        if playing:  # VLC jumps ahead by its read-ahead (file-caching) on a rate change; a seek resets it
            self.seek(at)

    def rate(self) -> float:
        return self._rate

    def position(self) -> int:
        with self._lock:
            value = int(self._interpolate(time.monotonic()))
            if self._playing:
                value = max(value, self._reported)  # reports lag: hold still rather than jump back
            self._reported = value
            return value

    def duration(self) -> int:
        return self._duration

    # --- sound ----------------------------------------------------------------------------------
    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        self._mp.audio_set_volume(self._volume)

    def volume(self) -> int:
        return self._volume

    def set_mute(self, muted: bool) -> None:
        self._muted = bool(muted)
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
                if not self._playing:  # paused, VLC may not redraw (no snapshot): show the frame again
                    self._mp.set_time(self._anchor_ms + 1)
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
            self._time_callbacks.append(callback)

    def on_end_reached(self, callback: Callable[[], None]) -> None:
        with self._lock:
            self._end_callbacks.append(callback)

    def on_error(self, callback: Callable[[], None]) -> None:
        with self._lock:
            self._error_callbacks.append(callback)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for kind in self._handlers:
            self._events.event_detach(kind)
        self._unload()
        self._mp.release()
        self._instance.release()
