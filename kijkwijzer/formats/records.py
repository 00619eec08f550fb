"""Plain values the exporters and importers work on, so formats never touch a database session.

The service fills them from the store (already pseudonymised); importers return them for the service
to write in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kijkwijzer.domain.annotation import AnnotationView

from .cues import Cue


@dataclass(frozen=True)
class AnnotationRecord(AnnotationView):
    """One annotation with everything an export shows about it: the view plus names for the reader."""

    theme_titles: tuple[str, ...] = ()
    conversation_id: int = 0
    client: str = ""  # the pseudonym code, never the real name


@dataclass(frozen=True)
class FragmentRecord:
    id: int
    start_ms: int
    end_ms: int
    title: str = ""


@dataclass(frozen=True)
class ReactionRecord:
    """What the client said about a fragment (the client-interview layer)."""

    fragment_start_ms: int
    fragment_end_ms: int
    words: str = ""
    feeling: str = ""
    addition: str = ""
    comparison: str | None = None
    recorded_by_id: int | None = None
    recorded_by_name: str = ""
    fragment_title: str = ""


@dataclass(frozen=True)
class ImportedAnnotation:
    """An annotation read from a file, with the reviewer it belongs to already resolved."""

    reviewer_id: int
    start_ms: int
    end_ms: int | None
    themes: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()
    level: str | None = None
    observation: str = ""
    quote: str = ""
    below_waterline: str = ""
    felt_unsaid: str = ""
    tags: tuple[str, ...] = ()
    still_name: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    """Everything one file adds; written in one transaction or not at all."""

    annotations: tuple[ImportedAnnotation, ...] = ()
    fragments: tuple[FragmentRecord, ...] = ()
    reactions: tuple[ReactionRecord, ...] = ()
    skipped_tiers: tuple[str, ...] = field(default=())
    cues: tuple[Cue, ...] = ()  # transcript cues (only from our own exports)
