"""Small builders for the review model tests: a recording the model can open and annotations as the services
hand them out. No Qt, no database: the model is the subject, and it only reads these values."""

from __future__ import annotations

from dataclasses import dataclass

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.review.model import ReviewModel

RECORDING_ID = 7
REVIEWER_ID = 3
RAAK, WEERSTAND = "thema.raakmomenten", "thema.weerstand"


@dataclass(frozen=True)
class FakeRecording:
    """Stands in for the services' RecordingView: the fields the review model reads of it."""

    id: int = RECORDING_ID
    duration_ms: int = 120_000
    fps: float = 25.0
    has_video: bool = True
    text_only: bool = False


def note(annotation_id: int, start_ms: int, end_ms: int | None = None, *, themes: tuple[str, ...] = (RAAK,),
         recording_id: int = RECORDING_ID, reviewer_id: int = REVIEWER_ID) -> AnnotationView:
    return AnnotationView(annotation_id, recording_id, reviewer_id, f"reviewer {reviewer_id}", "coach", start_ms,
                          end_ms, themes=themes)


def opened(*notes: AnnotationView, recording: FakeRecording | None = None, position: int = 0) -> ReviewModel:
    """A model with a recording open, these annotations loaded and the playhead at `position`."""
    model = ReviewModel()
    model.open(recording or FakeRecording(), list(notes))
    model.set_position(position)
    return model


class Recorder:
    """Collects what an observer is told, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args: object) -> None:
        self.calls.append(args)
