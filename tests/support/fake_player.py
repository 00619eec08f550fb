"""FakePlayer: the Player interface (kijkwijzer/media/player.py) without VLC, for window and review tests whose
subject is not playback (annotating, lists, panels, menus, dialogs). Real VLC stays in tests/media, in the
tests about playing, seeking and snapshots (`vlc_window` in tests/ui/conftest.py) and in the end-to-end tests.

What it keeps of VlcPlayer, so code above media/ cannot tell the difference where it matters:
- load() reads the recording for real (PyAV through the MediaSource: a sealed vault file with its key), so a
  missing, empty, damaged or foreign file is refused with the same BadInput / SealBroken; duration, frame rate
  and picture come from the file; a new recording starts paused on frame 0;
- the position advances while playing, by `clock` times the rate (the wall clock by default, or a
  ManualClock the test moves); it stops at the end and calls the end callbacks once; time callbacks follow
  the position while playing;
- seek() clamps to the start of the last frame, pause() stops on the start of the frame shown, step_frame()
  pauses and moves one average frame, set_rate() refuses what VLC refuses (0.25-4);
- snapshot_png() is the frame at the position (PyAV), snapshot() writes it sealed with the recording's key.
What it does not do: show a picture or make sound (set_output_window and redraw are recorded only).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.player import PlayerError, loadable, unplayable
from kijkwijzer.media.source import MediaSource, write_derived

MIN_RATE, MAX_RATE = 0.25, 4.0  # as kijkwijzer.media.vlc_player


class WallClock:
    """Real time, as a player playing in front of the user."""

    def now_ms(self) -> float:
        return time.monotonic() * 1000.0


class ManualClock:
    """Time that moves only when the test says so: `advance(ms)`."""

    def __init__(self) -> None:
        self._ms = 0.0

    def now_ms(self) -> float:
        return self._ms

    def advance(self, ms: float) -> None:
        self._ms += ms


def _unplayable(name: str, nl: str = "het bestand is beschadigd of geen video",
                en: str = "the file is damaged or not a video") -> BadInput:
    return unplayable(name, nl, en)


class FakePlayer:
    """A Player for tests: see the module docstring for what it keeps of VLC."""

    def __init__(self, clock: WallClock | ManualClock | None = None) -> None:
        self.clock = clock or WallClock()
        self.window_id = 0
        self.redraws = 0
        self.closed = False
        self.source: MediaSource | None = None
        self._duration = 0
        self._fps = 25.0
        self._has_video = False
        self._picture: tuple[int, int] | None = None
        self._rate = 1.0
        self._volume = 100
        self._muted = False
        self._playing = False
        self._ended = False
        self._anchor_ms = 0.0  # the position when playing last started, or where it stands while paused
        self._anchor_at = 0.0
        self._reported = -1
        self._callbacks: dict[str, list[Callable[..., None]]] = {"time": [], "end": [], "error": []}

    # --- loading ----------------------------------------------------------------------------------
    def load(self, source: MediaSource | Path) -> None:
        from kijkwijzer.media.decoding import info_of

        if self.closed:
            raise PlayerError("De speler is al gesloten.", "The player has been closed.")
        source, _path, name = loadable(source)
        self.unload()
        info = info_of(source)  # SealBroken for a damaged or foreign sealed file, BadInput if unreadable
        if not info.has_video and not info.has_audio:
            raise _unplayable(name, "geen beeld of geluid gevonden (beschadigd?)", "no video or audio found (damaged?)")
        self.source, self._duration, self._has_video = source, int(info.duration_ms), info.has_video
        self._picture = info.display_size if info.has_video else None
        self._fps = info.fps if info.has_video and 1.0 <= info.fps <= 240.0 else 25.0
        self._anchor_ms, self._anchor_at = 0.0, self.clock.now_ms()

    def unload(self) -> None:
        self.source, self._duration, self._has_video = None, 0, False
        self._playing = self._ended = False
        self._anchor_ms, self._reported = 0.0, -1

    def problem(self) -> KijkwijzerError | None:
        return None

    # --- frames -----------------------------------------------------------------------------------
    def _frame_ms(self) -> float:
        return 1000.0 / self._fps

    def _frame_index(self, ms: float) -> int:
        return math.floor(ms / self._frame_ms() + 1e-6)

    def _last_frame_ms(self) -> int:
        return max(0, int(self._duration - math.ceil(self._frame_ms())))

    # --- transport --------------------------------------------------------------------------------
    def set_output_window(self, window_id: int) -> None:
        self.window_id = int(window_id)

    def redraw(self) -> None:
        self.redraws += 1

    def picture_size(self) -> tuple[int, int] | None:
        return self._picture if self.source is not None and self._has_video else None

    def play(self) -> None:
        if self.source is None or self._playing:
            return
        if self._ended:  # as VLC: after the end the recording is opened again from its start
            self._ended, self._anchor_ms = False, 0.0
        self._anchor_at = self.clock.now_ms()
        self._playing = True

    def pause(self) -> None:
        if self.source is None or not self._playing:
            return
        at = self.position()
        self._playing = False
        self.seek(math.ceil(self._frame_index(at) * self._frame_ms()))

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def is_playing(self) -> bool:
        self.position()  # reaching the end while nobody looked stops it too
        return self._playing

    def seek(self, ms: int) -> None:
        if self.source is None:
            return
        self._ended = False
        self._anchor_ms = float(max(0, min(int(ms), self._last_frame_ms())))
        self._anchor_at = self.clock.now_ms()

    def step_frame(self, direction: int = 1) -> None:
        if self.source is None or direction == 0:
            return
        if self._playing:
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
        if self._playing:
            self._anchor_ms, self._anchor_at = float(self.position()), self.clock.now_ms()
        self._rate = float(rate)

    def rate(self) -> float:
        return self._rate

    def position(self) -> int:
        if not self._playing:
            return int(self._anchor_ms)
        at = self._anchor_ms + (self.clock.now_ms() - self._anchor_at) * self._rate
        if at >= self._duration:
            self._playing, self._ended, self._anchor_ms = False, True, float(self._duration)
            self._emit("end")
            return self._duration
        if int(at) != self._reported:
            self._reported = int(at)
            self._emit("time", int(at))
        return int(at)

    def duration(self) -> int:
        return self._duration

    # --- sound ------------------------------------------------------------------------------------
    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))

    def volume(self) -> int:
        return self._volume

    def set_mute(self, muted: bool) -> None:
        self._muted = bool(muted)

    def is_muted(self) -> bool:
        return self._muted

    # --- snapshot ---------------------------------------------------------------------------------
    def snapshot_png(self) -> bytes:
        from kijkwijzer.media.decoding import info_of
        from kijkwijzer.media.stills import still_image

        if self.source is None or not self._has_video:
            raise BadInput("Er is geen beeld om vast te leggen.", "There is no picture to capture.")
        width = info_of(self.source).width
        return still_image(self.source, self.position(), width=width, kind="PNG")

    def snapshot(self, target: Path) -> Path:
        target = Path(target)
        if target.suffix.lower() != ".png":
            raise BadInput("Een momentopname is altijd .png.", "A snapshot is always .png.")
        data = self.snapshot_png()
        return write_derived(target, data, self.source.key if self.source is not None else None)

    # --- callbacks and lifetime -------------------------------------------------------------------
    def _emit(self, kind: str, *args: object) -> None:
        for callback in list(self._callbacks[kind]):
            callback(*args)

    def on_time_changed(self, callback: Callable[[int], None]) -> None:
        self._callbacks["time"].append(callback)

    def on_end_reached(self, callback: Callable[[], None]) -> None:
        self._callbacks["end"].append(callback)

    def on_error(self, callback: Callable[[], None]) -> None:
        self._callbacks["error"].append(callback)

    def close(self) -> None:
        self.closed = True
        self.unload()
