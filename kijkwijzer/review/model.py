"""The review of one recording as plain state: what is open, the playhead, the marked span, the loop, the selection
and the recording's annotations. The only copy of that state: the Qt view and the player clock read and change it
here and re-render from its observers (`model.events.<field>.connect(...)`), which fire only on a real change.
"""

from __future__ import annotations

from typing import Protocol

from kijkwijzer.domain.annotation import AnnotationView

from .annotations import FAR, RecordingAnnotations
from .observe import Emitter

DEFAULT_FRAME_MS = 40


class OpenRecording(Protocol):
    """What the review needs of the open recording; the services' RecordingView is one."""

    @property
    def id(self) -> int: ...
    @property
    def duration_ms(self) -> int: ...
    @property
    def fps(self) -> float: ...
    @property
    def has_video(self) -> bool: ...
    @property
    def text_only(self) -> bool: ...  # a written account (the casebook): nothing to play or picture


class ReviewEvents:
    def __init__(self) -> None:
        self.recording = Emitter("recording")  # OpenRecording | None
        self.media = Emitter("media")  # duration_ms, frame_ms
        self.position = Emitter("position")  # ms
        self.marks = Emitter("marks")  # mark_in, mark_out (ms or None)
        self.loop = Emitter("loop")  # bool
        self.selection = Emitter("selection")  # annotation id or None


class ReviewModel:
    def __init__(self) -> None:
        self.events = ReviewEvents()
        self.annotations = RecordingAnnotations()
        self.recording: OpenRecording | None = None
        self.duration_ms = 0
        self.fps = 0.0
        self.frame_ms = DEFAULT_FRAME_MS
        self.position = 0
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.loop = False
        self.selected_id: int | None = None

    # --- the open recording --------------------------------------------------------------------------
    def open(self, recording: OpenRecording, items: list[AnnotationView]) -> None:
        """A recording was opened: nothing selected, its annotations, its length; marks gone, playhead at 0."""
        self._set_recording(recording)
        self.select(None)
        self.annotations.load(recording.id, items)
        self.set_media(recording.duration_ms, recording.fps)

    def close(self) -> None:
        """The media is closed; what it showed stays until another recording is opened or it is forgotten."""
        self._set_recording(None)

    def forget(self) -> None:
        """The recording was erased: nothing of it stays, not even its marks."""
        self._set_recording(None)
        self.select(None)
        self.annotations.load(None, [])
        self.clear_marks()

    def _set_recording(self, recording: OpenRecording | None) -> None:
        if recording is not self.recording:
            self.recording = recording
            self.events.recording.emit(recording)

    def set_media(self, duration_ms: int, fps: float) -> None:
        """New media: its length and frame time; the marks go (the loop stays as the user set it), playhead at 0."""
        duration_ms = max(int(duration_ms), 0)
        frame_ms = round(1000 / fps) if fps and fps > 0 else DEFAULT_FRAME_MS
        self.fps = float(fps or 0.0)
        if (duration_ms, frame_ms) != (self.duration_ms, self.frame_ms):
            self.duration_ms, self.frame_ms = duration_ms, frame_ms
            self.events.media.emit(duration_ms, frame_ms)
        self._set_marks(None, None)
        self.set_position(0)

    # --- the playhead --------------------------------------------------------------------------------
    def set_position(self, ms: int) -> None:
        ms = int(ms)
        if ms != self.position:
            self.position = ms
            self.events.position.emit(ms)

    def clamp(self, ms: int) -> int:
        """A seek target within the recording (any ms >= 0 while the length is unknown)."""
        upper = self.duration_ms if self.duration_ms else ms
        return int(max(0, min(ms, upper)))

    def end_target(self) -> int:
        """Where End goes: the last frame, so the picture still shows."""
        return max(self.duration_ms - self.frame_ms, 0)

    def at_end(self) -> bool:
        """Play from here would end at once: play starts again from the beginning."""
        return bool(self.duration_ms) and self.position >= self.duration_ms - 50

    def current(self) -> AnnotationView | None:
        """The annotation the playhead is in or last passed."""
        return self.annotations.current_at(self.position)

    # --- marks and loop ------------------------------------------------------------------------------
    def set_mark_in(self, ms: int | None = None) -> None:
        """I: the span begins here (or at `ms`); an end at or before it goes."""
        mark_in = self.position if ms is None else int(ms)
        mark_out = self.mark_out if self.mark_out is not None and self.mark_out > mark_in else None
        self._set_marks(mark_in, mark_out)

    def set_mark_out(self, ms: int | None = None) -> None:
        """O: the span ends here (or at `ms`); a begin at or after it goes."""
        mark_out = self.position if ms is None else int(ms)
        mark_in = self.mark_in if self.mark_in is not None and self.mark_in < mark_out else None
        self._set_marks(mark_in, mark_out)

    def clear_marks(self) -> None:
        """Both marks go, and with them the loop."""
        self._set_marks(None, None)
        if self.loop:
            self.set_loop(False)

    def has_marks(self) -> bool:
        return self.mark_in is not None or self.mark_out is not None

    def _set_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        if (mark_in, mark_out) != (self.mark_in, self.mark_out):
            self.mark_in, self.mark_out = mark_in, mark_out
            self.events.marks.emit(mark_in, mark_out)

    def set_loop(self, on: bool) -> None:
        on = bool(on)
        if on != self.loop:
            self.loop = on
            self.events.loop.emit(on)

    def loop_start_target(self) -> int | None:
        """With the loop on and a begin mark, a playhead outside the span goes to the begin: that ms, else None."""
        if not self.loop or self.mark_in is None:
            return None
        end = self.mark_out if self.mark_out is not None else FAR
        return None if self.mark_in <= self.position < end else self.mark_in

    def loop_restart(self, shown: int, playing: bool) -> int | None:
        """While playing a looped span: at its end the playhead goes back to its begin (that ms), else None."""
        if self.loop and playing and self.mark_in is not None and self.mark_out is not None and shown >= self.mark_out:
            return self.mark_in
        return None

    # --- selection and annotations -------------------------------------------------------------------
    def select(self, annotation_id: int | None) -> None:
        """Any id may be chosen, also one whose added-event has not arrived yet."""
        if annotation_id != self.selected_id:
            self.selected_id = annotation_id
            self.events.selection.emit(annotation_id)

    def selected(self) -> AnnotationView | None:
        return self.annotations.get(self.selected_id) if self.selected_id is not None else None

    def annotation_stored(self, view: AnnotationView) -> None:
        """Added or changed (by us, the CLI or another reviewer): the list takes it in."""
        self.annotations.store(view)

    def annotation_deleted(self, view: AnnotationView) -> None:
        """Deleted: it leaves the list, and the selection if it was selected."""
        self.annotations.discard(view)
        if view.id == self.selected_id:
            self.select(None)
