"""One numbering of annotations and fragments, the same in the review, the PDF report and the plan's evidence.

Numbers run per recording, from 1, in the order the items were made (their id): adding an annotation, at
whatever moment of the recording, never renumbers the others. Deleting one closes the gap behind it, and
an undo (which restores the same id) gives the old number back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

WORDS = {"annotation": ("Annotatie", "Annotation"), "fragment": ("Fragment", "Fragment")}


def numbers(items: Iterable[tuple[int, int]]) -> dict[int, int]:
    """(recording id, item id) pairs -> {item id: its number within its recording}."""
    by_recording: dict[int, set[int]] = defaultdict(set)
    for recording_id, item_id in items:
        by_recording[recording_id].add(item_id)
    return {item_id: n for ids in by_recording.values() for n, item_id in enumerate(sorted(ids), start=1)}


def label(kind: str, number: int, lang: str = "nl", *, where: str = "") -> str:
    """"Annotatie 4", "Fragment 2" (English: "Annotation 4"); `where` names the recording when a text
    covers more than one: "Annotatie 4 (gesprek-b.mp4)"."""
    nl, en = WORDS[kind]
    text = f"{en if lang == 'en' else nl} {number}"
    return f"{text} ({where})" if where else text


def lower(text: str) -> str:
    """A label inside a sentence: "fragment 2", "annotatie 4"."""
    return text[:1].lower() + text[1:]
