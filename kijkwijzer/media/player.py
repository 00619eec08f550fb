"""The player interface: everything above media/ talks to this, never to VLC directly.

Times are integer milliseconds. Callbacks may arrive on a foreign thread (VLC's event thread);
UI code must hand them to the Qt thread itself. A recording of the workspace comes as a MediaSource (the
sealed vault file with its key, from the services); a plain path is only for a file of the user's own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.source import MediaSource, as_source


class PlayerError(KijkwijzerError):
    """The player could not do what was asked (no video output, snapshot failed); the file is fine."""


class Player(Protocol):
    def load(self, source: MediaSource | Path) -> None: ...
    def set_output_window(self, window_id: int) -> None:
        """Render video into a native window (X11 window id / HWND); 0 detaches."""

    def play(self) -> None: ...
    def pause(self) -> None: ...
    def toggle(self) -> None: ...
    def is_playing(self) -> bool: ...
    def seek(self, ms: int) -> None: ...
    def step_frame(self, direction: int = 1) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    def rate(self) -> float: ...
    def position(self) -> int: ...
    def duration(self) -> int: ...
    def set_volume(self, percent: int) -> None: ...
    def volume(self) -> int: ...
    def set_mute(self, muted: bool) -> None: ...
    def is_muted(self) -> bool: ...
    def snapshot(self, target: Path) -> Path:
        """The frame on screen as a PNG file, sealed with the recording's key when the recording is sealed."""

    def snapshot_png(self) -> bytes:
        """The frame on screen as PNG bytes, in memory."""

    def problem(self) -> KijkwijzerError | None:
        """What went wrong reading the loaded recording while it played (a damaged sealed file), if anything."""

    def redraw(self) -> None:
        """Paint the paused frame again: the window it was drawn in was resized or painted over."""

    def picture_size(self) -> tuple[int, int] | None:
        """The loaded recording's picture as shown (width, height in square pixels); None without a picture."""
        return None
    def on_time_changed(self, callback: Callable[[int], None]) -> None: ...
    def on_end_reached(self, callback: Callable[[], None]) -> None: ...
    def on_error(self, callback: Callable[[], None]) -> None: ...
    def unload(self) -> None:
        """Let go of the current file (e.g. after its erasure), keeping the player usable."""
    def close(self) -> None: ...


def unplayable(name: str, nl: str = "VLC kan het niet afspelen", en: str = "VLC cannot play it") -> BadInput:
    """The one message for a recording a player cannot play, with the reason in both languages."""
    return BadInput(f"{name} kan niet worden afgespeeld: {nl}.", f"{name} cannot be played: {en}.")


def loadable(source: MediaSource | Path) -> tuple[MediaSource, Path, str]:
    """What every Player checks before it opens a recording: the file is there and not empty. Returns the source,
    its path and the name to show; BadInput otherwise."""
    source = as_source(source)
    path, name = Path(source.path), source.label
    if not path.is_file():
        shown = name if source.name else str(path)
        raise BadInput(f"Opname niet gevonden: {shown}", f"Recording not found: {shown}")
    if path.stat().st_size == 0:
        raise unplayable(name, "het bestand is leeg", "the file is empty")
    return source, path, name
