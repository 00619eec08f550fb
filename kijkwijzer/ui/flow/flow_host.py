"""What the Gespreksverloop panel asks of the window and the review view: going to a moment, the marked stretch,
annotating through the review's undo history, and the speaker lane on the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kijkwijzer.analysis.speech import SpeakerTrack
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.review import keys
from kijkwijzer.services.conversation_flow import THEME_ID

from ..i18n import current_lang

if TYPE_CHECKING:
    from ..review.review_view import ReviewView
    from ..window_api import Workbench


class FlowHost:
    def __init__(self, window: Workbench, review: ReviewView) -> None:
        self.window = window
        self.review = review

    def say(self, text: str) -> None:
        self.window.show_message(text)

    def theme_key(self) -> str:
        """The user's key of the theme the moments become (W unless they chose another)."""
        return self.review.theme_keys.key_of(THEME_ID)

    def seek(self, recording_id: int, ms: int) -> None:
        self.window.open_moment(recording_id, ms)

    def _opened(self, recording_id: int, ms: int) -> bool:
        current = self.review.recording
        if current is None or current.id != recording_id:
            self.window.open_moment(recording_id, ms)
            current = self.review.recording
        return current is not None and current.id == recording_id

    def annotate(self, recording_id: int, start_ms: int, end_ms: int, observation: str) -> bool:
        """A span annotation of the turns theme, made like a theme key makes one: one step of the review's undo
        history, as the reviewer who annotates. False (and said why) when it cannot be made."""
        if not self._opened(recording_id, start_ms):
            return False
        problem = keys.ready(self.review.model, self.review.ctx.actor.reviewer_id)
        if problem is not None:
            self.say(problem.message(current_lang()))
            return False
        draft = AnnotationDraft(recording_id, int(start_ms), int(end_ms) if end_ms > start_ms else None,
                                themes=(THEME_ID,), observation=observation)
        return self.review.annotate.add(draft) is not None

    def marked(self, recording_id: int) -> tuple[int, int] | None:
        """The stretch the user marked in this recording: I..O on the timeline, else the selected span
        annotation; None when there is none (or another recording is open)."""
        review = self.review
        if review.recording is None or review.recording.id != recording_id:
            return None
        playback = review.playback
        if playback.mark_in is not None and playback.mark_out is not None and playback.mark_out > playback.mark_in:
            return int(playback.mark_in), int(playback.mark_out)
        selected = review.model.selected()
        if selected is not None and selected.is_span and selected.end_ms is not None:
            return selected.start_ms, selected.end_ms
        return None

    def show_track(self, track: SpeakerTrack) -> None:
        """The speaker lane follows a track just made, when its recording is the open one."""
        current = self.review.recording
        if current is not None and current.id == track.recording_id:
            self.review.show_speakers(track)


def no_marks_text() -> str:
    return QCoreApplication.translate("FlowHost", "Markeer eerst met I en O een stuk van minstens 3 seconden waarin "
                                                  "alleen u spreekt (of kies zo'n annotatie).")
