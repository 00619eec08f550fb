"""Plays a playlist's fragments straight through on the review view's Playback: seek to each fragment's
start, and when its end is reached go on to the next; pause after the last.

For the main window: `PlaylistRunner(review.playback).start(playlist_view)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kijkwijzer.services.fragments import FragmentView, PlaylistView

END_SLACK_MS = 60


class PlaylistRunner(QObject):
    fragment_started = Signal(int, int)  # index (0-based), fragment id
    finished = Signal()

    def __init__(self, playback: QObject, parent: QObject | None = None) -> None:
        """`playback` is the review's Playback (position_changed signal, seek, play, pause)."""
        super().__init__(parent)
        self.playback = playback
        self.fragments: tuple[FragmentView, ...] = ()
        self.index = -1
        self._entered = False
        playback.position_changed.connect(self._position)  # type: ignore[attr-defined]

    @property
    def running(self) -> bool:
        return 0 <= self.index < len(self.fragments)

    def start(self, playlist: PlaylistView, from_index: int = 0) -> None:
        self.fragments = playlist.fragments
        if not self.fragments:
            self.finished.emit()
            return
        self._go(max(0, min(from_index, len(self.fragments) - 1)))
        self.playback.play()  # type: ignore[attr-defined]

    def stop(self) -> None:
        if self.running:
            self.index = -1
            self.playback.pause()  # type: ignore[attr-defined]
            self.finished.emit()

    def _go(self, index: int) -> None:
        self.index = index
        self._entered = False
        fragment = self.fragments[index]
        self.playback.seek(fragment.start_ms)  # type: ignore[attr-defined]
        self.fragment_started.emit(index, fragment.id)

    def _position(self, ms: int) -> None:
        if not self.running:
            return
        fragment = self.fragments[self.index]
        if fragment.start_ms <= ms < fragment.end_ms:
            self._entered = True
        if self._entered and ms >= fragment.end_ms - END_SLACK_MS:
            if self.index + 1 < len(self.fragments):
                self._go(self.index + 1)
            else:
                self.stop()
