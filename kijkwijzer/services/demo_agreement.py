"""A second look in the demo: on the first conversation the coach and the professional each also annotate a few
moments the other one annotated, a little earlier or later, so "Overeenstemming tussen kijkers" has agreement
and difference to show (resultaten stays seen differently, and most themes are still seen by one of them)."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView

from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from .context import Context

# (who looks again, the other's annotation by its theme, shift of the start in ms, widen a span by ms, observation)
SECOND_LOOKS: tuple[tuple[str, str, int, int | None, str], ...] = (
    ("coach", "thema.weerstand", 900, None, "Weerstand, maar tegen het formulier, niet tegen de klantmanager?"),
    ("coach", "thema.echtheid", 300, None, "Erkent eerlijk dat ze het te ingewikkeld zei."),
    ("pro", "thema.raakmomenten", -500, 1200, "Hier werd het hem te veel. Ik vroeg door."),
    ("coach", "thema.beleving", 400, None, "Geeft ruimte: vraagt hoe het voor hem is."),
    ("pro", "thema.taal", 1500, None, "Ik noem het wetsartikel zonder uitleg."),
    ("pro", "thema.feedback", 600, None, "Ik vraag hoe hij het gesprek vond."),
)


def second_looks(actors: dict[str, Context], notes: list[AnnotationView]) -> list[AnnotationView]:
    """The annotations of SECOND_LOOKS on the recording of `notes` (those of the first conversation)."""
    ids = {who: ctx.actor.reviewer_id for who, ctx in actors.items()}
    made = []
    for who, theme, shift, widen, observation in SECOND_LOOKS:
        other = next(n for n in notes if theme in n.themes and n.reviewer_id != ids[who])
        start = max(0, other.start_ms + shift)
        end = None if widen is None or other.end_ms is None else other.end_ms + widen
        made.append(annotation_service.add(actors[who], AnnotationDraft(
            recording_id=other.recording_id, start_ms=start, end_ms=end, themes=(theme,),
            pillars=other.pillars, level=other.level, observation=observation)))
    return made
