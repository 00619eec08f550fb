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
- A sealed recording (a MediaSource with its key) is read through libvlc's media callbacks (vlc_input.py):
  VLC skips parsing such an input, so its tracks are learnt while it starts playing. Snapshots are PNG bytes
  in memory (vlc_snapshot.py); written to a file they are sealed with the recording's key.
"""

from __future__ import annotations

import ctypes
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import vlc

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media import vlc_early
from kijkwijzer.media.player import PlayerError, loadable
from kijkwijzer.media.player import unplayable as _unplayable
from kijkwijzer.media.playhead import Playhead
from kijkwijzer.media.source import MediaSource, write_derived
from kijkwijzer.media.vlc_input import SealedInput
from kijkwijzer.media.vlc_snapshot import take_png
from kijkwijzer.media.vlc_support import attach_window as _attach_window
from kijkwijzer.media.vlc_support import track_types as _track_types
from kijkwijzer.media.vlc_support import wait as _wait

log = logging.getLogger(__name__)

MIN_RATE, MAX_RATE = 0.25, 4.0
ORIENTATIONS_ACROSS = vlc.VideoOrient.left_top.value  # this and the orientations after it swap width and height
PARSE_TIMEOUT_MS = 5000
PREROLL_TIMEOUT_S = 5.0
PREROLL_SETTLE_S = 0.12
SNAPSHOT_SETTLE_S = 0.1
_S = vlc.State


class VlcPlayer:
    def __init__(self, headless: bool = False, extra_args: Sequence[str] = ()) -> None:
        args = [*vlc_early.player_args(headless), *extra_args]  # VLC's arguments: see vlc_early.py
        instance = vlc_early.take(args)  # begun by launch.py while the window's modules loaded
        if instance is None:
            instance = vlc.Instance(args)
        if instance is None:
            raise PlayerError("VLC kon niet worden gestart.", f"VLC could not be started ({' '.join(args)}).")
        self._instance: vlc.Instance = instance
        self._lock = threading.Lock()  # guards the callback lists; never held while calling libvlc
        self._media: vlc.Media | None = None
        self._path: Path | None = None
        self._source: MediaSource | None = None
        self._input: SealedInput | None = None  # a sealed recording, read through VLC's media callbacks
        self._duration = 0
        self._fps = 25.0
        self._has_video: bool | None = False  # None: a sealed input whose tracks VLC has not shown yet
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
            self._emit("error" if self.problem() is not None else "end")

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
    def load(self, source: MediaSource | Path) -> None:
        """Open a recording paused on its first frame: a MediaSource from the services (a sealed vault file
        with its key), or the path of a plain file of the user's own."""
        if self._closed:
            raise PlayerError("De speler is al gesloten.", "The player has been closed.")
        source, path, name = loadable(source)
        self._unload()
        if source.sealed:
            source.open().close()  # a damaged header or a wrong key: SealBroken, said at once
            self._input = SealedInput(source)
            media = self._input.media(self._instance)
            has_video: bool | None = None  # VLC does not parse a callback input: learnt while it starts
        else:
            media = self._instance.media_new_path(str(path))
            media.parse_with_options(vlc.MediaParseFlag.local, PARSE_TIMEOUT_MS)
            _wait(lambda: media.get_parsed_status() != 0, PARSE_TIMEOUT_MS / 1000 + 1)
            kinds = _track_types(media) if media.get_parsed_status() == vlc.MediaParsedStatus.done else set()
            has_video = int(vlc.TrackType.video.value) in kinds
            if not has_video and int(vlc.TrackType.audio.value) not in kinds:
                media.release()
                raise _unplayable(
                    name, "geen beeld of geluid gevonden (beschadigd?)", "no video or audio found (damaged?)"
                )
        self._media, self._path, self._source, self._has_video = media, path, source, has_video
        self._duration = max(int(media.get_duration()), 0)
        try:
            self._open()
        except BadInput:
            self._unload()
            raise
        fps = float(self._mp.get_fps() or 0.0) if self._has_video else 0.0
        self._fps = fps if 1.0 <= fps <= 240.0 else 25.0
        self._duration = max(self._duration, int(self._mp.get_length()))
        self._head.set_duration(self._duration)

    def problem(self) -> KijkwijzerError | None:
        """What went wrong reading the loaded recording (a sealed file found damaged while playing), if anything."""
        return self._input.error if self._input is not None else None

    def _learn_tracks(self) -> bool:
        """For a callback input: once VLC plays it, whether it has a picture (None: not known yet)."""
        if self._mp.get_state() != _S.Playing:
            return False
        videos, audios = self._mp.video_get_track_count(), self._mp.audio_get_track_count()
        if videos <= 0 and audios <= 0:
            return False
        self._has_video = videos > 0
        return True

    def _open(self) -> None:
        """Play the loaded media muted in a fresh libvlc player until there is a picture (or sound),
        then pause on the first frame."""
        assert self._path is not None and self._media is not None
        if self._input is not None:
            self._input.error = None
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
                if self._has_video is None and not self._learn_tracks():
                    return False
                return bool(self._mp.has_vout()) if self._has_video else state == _S.Playing

            failed = (_S.Error, _S.Ended, _S.Stopped)
            if not _wait(ready, PREROLL_TIMEOUT_S) or self._mp.get_state() in failed or self._has_video is None:
                problem = self.problem()
                raise problem if isinstance(problem, BadInput) else _unplayable(self._name())
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

    def _name(self) -> str:
        return self._source.label if self._source is not None else "?"

    def _unload(self) -> None:
        media, self._media, self._path, self._source = self._media, None, None, None
        self._ended, self._duration, self._has_video = False, 0, False
        self._head.reset()
        self._mp.stop()
        if media is not None:
            media.release()
        if self._input is not None:  # after the stop: VLC has closed its streams
            self._input.release()
            self._input = None

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
        if int(window_id) == self._window:  # it draws there already: reopening would only cost a start (~0.2 s)
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
        if self._input is not None:
            self._input.error = None  # a damaged part found before says nothing about where this goes
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

    def picture_size(self) -> tuple[int, int] | None:
        if self._closed or self._media is None or not self._has_video:
            return None
        for track in self._media.tracks_get() or ():
            if track.type != vlc.TrackType.video or not track.audio:
                continue
            # libvlc_media_track_t holds one pointer for audio/video/subtitle (a union); python-vlc names it
            # three times, and only the first name reads the pointer where libvlc put it
            video = ctypes.cast(track.audio, ctypes.POINTER(vlc.VideoTrack)).contents
            width, height = int(video.width), int(video.height)
            if video.sar_num > 0 and video.sar_den > 0:
                width = round(width * video.sar_num / video.sar_den)
            if video.orientation.value >= ORIENTATIONS_ACROSS:  # a phone held upright: VLC turns the picture
                width, height = height, width
            return (width, height) if width > 0 and height > 0 else None
        return None

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
    def snapshot_png(self) -> bytes:
        """The frame on screen as PNG bytes, in memory (nothing is written to disk)."""
        if self._media is None or not self._has_video:
            raise BadInput("Er is geen beeld om vast te leggen.", "There is no picture to capture.")
        for _attempt in range(3):
            if not self._head.running:  # paused VLC may not redraw (no snapshot): show it again
                self._mp.set_time(self._head.position() + 1)
                time.sleep(SNAPSHOT_SETTLE_S)  # or the snapshot catches a picture queued before
            data = take_png(self._mp)
            if data:
                return data
        raise PlayerError("De momentopname is mislukt.", "Taking the snapshot failed.")

    def snapshot(self, target: Path) -> Path:
        """Save the frame on screen as PNG (libvlc makes PNG only); sealed with the recording's key when the
        recording is sealed. For reports and annotation stills use media.stills."""
        target = Path(target)
        if target.suffix.lower() != ".png":
            raise BadInput("Een momentopname is altijd .png.", "A snapshot is always .png.")
        data = self.snapshot_png()
        key = self._source.key if self._source is not None else None
        return write_derived(target, data, key)

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
