"""Agreement between the reviewers of one recording (issue 13 part 2): who annotated it, the figures of
kijkwijzer/analysis (kappa per theme per pair, alpha per theme, the span measures, the moments where they differ
most), the reading in plain Dutch and English, and the client's side (client_agreement.py) beside it.

Reading only: nothing is written, no audit row (the export writes one, agreement_export.py). The recording must
be open to the actor and its client must have consented to analysis, as for everything said about a recording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

from kijkwijzer.analysis.agreement import DEFAULT_TOLERANCE_MS, PairKappa, marks_of
from kijkwijzer.analysis.reviewer_agreement import ReviewerAgreement, reviewer_agreement
from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.errors import BadInput, KijkwijzerError

from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from .access import require_analysis_access
from .agreement_reading import alpha_sentence, client_sentence, pair_sentence, too_few_sentence
from .client_agreement import ClientAgreement, conversation_client_agreement
from .context import Context

MAX_TOLERANCE_S = 60.0


@dataclass(frozen=True)
class ReviewerRef:
    id: int
    name: str
    role: str
    short: str  # the first name, or the whole name when two reviewers share a first name


@dataclass(frozen=True)
class ThemeRef:
    id: str
    title: str
    title_en: str
    color: str = ""

    def label(self, lang: str = "nl") -> str:
        return self.title if lang == "nl" else self.title_en


@dataclass(frozen=True)
class RecordingAgreement:
    recording_id: int
    conversation_id: int
    recording_name: str
    duration_ms: int
    reviewers: tuple[ReviewerRef, ...]  # who annotated the recording: the professional first, then by id
    themes: tuple[ThemeRef, ...]  # those any of them marked, in the content's order
    figures: ReviewerAgreement
    reading_nl: tuple[str, ...]
    reading_en: tuple[str, ...]
    client: ClientAgreement | None  # the comparison with the client's reactions (conversation-wide)

    def reading(self, lang: str = "nl") -> tuple[str, ...]:
        return self.reading_nl if lang == "nl" else self.reading_en

    def reviewer(self, reviewer_id: int) -> ReviewerRef:
        return next(r for r in self.reviewers if r.id == reviewer_id)

    def theme(self, theme_id: str) -> ThemeRef:
        return next((t for t in self.themes if t.id == theme_id), ThemeRef(theme_id, theme_id, theme_id))


def tolerance_ms(tolerance_s: float) -> int:
    if not 0 <= tolerance_s <= MAX_TOLERANCE_S:
        raise BadInput(f"De tolerantie moet tussen 0 en {MAX_TOLERANCE_S:g} seconden liggen (niet {tolerance_s:g}).",
                       f"The tolerance must lie between 0 and {MAX_TOLERANCE_S:g} seconds (not {tolerance_s:g}).")
    return round(tolerance_s * 1000)


def reviewers_of(notes: list[AnnotationView]) -> tuple[ReviewerRef, ...]:
    seen: dict[int, tuple[str, str]] = {}
    for a in notes:
        seen.setdefault(a.reviewer_id, (a.reviewer_name, a.reviewer_role))
    order = sorted(seen, key=lambda rid: (seen[rid][1] != "professional", rid))
    firsts = [seen[rid][0].split()[0] if seen[rid][0].split() else seen[rid][0] for rid in order]
    return tuple(ReviewerRef(rid, seen[rid][0], seen[rid][1], first if firsts.count(first) == 1 else seen[rid][0])
                 for rid, first in zip(order, firsts, strict=True))


def _themes(ctx: Context, notes: list[AnnotationView]) -> tuple[ThemeRef, ...]:
    known = [ThemeRef(t.id, t.title, t.title_en, t.color) for t in ctx.content.themes]
    ids = {t.id for t in known}
    extra = sorted({theme for a in notes for theme in a.themes} - ids)  # (a theme since removed from the content)
    return tuple(known) + tuple(ThemeRef(t, t, t) for t in extra)


def _reading(result: RecordingAgreement, lang: str) -> tuple[str, ...]:
    figures = result.figures
    if not figures.enough_reviewers:
        return (too_few_sentence([r.short for r in result.reviewers], lang),)

    def title(theme_id: str, language: str) -> str:
        return result.theme(theme_id).label(language)

    lines = []
    for a, b in combinations(result.reviewers, 2):
        kappas = [k for k in figures.kappas if {k.reviewer_a, k.reviewer_b} == {a.id, b.id}]
        kappas = [k if k.reviewer_a == a.id else _swapped(k) for k in kappas]
        line = pair_sentence(a.short, b.short, kappas, title, lang)
        if line:
            lines.append(line)
    if len(result.reviewers) >= 3:
        lines.append(alpha_sentence(figures, title, lang))
    lines.append(client_sentence(result.client, lang))
    return tuple(line for line in lines if line)


def _swapped(k: PairKappa) -> PairKappa:
    """The same figure seen from the other reviewer."""
    return replace(k, reviewer_a=k.reviewer_b, reviewer_b=k.reviewer_a, units_a=k.units_b, units_b=k.units_a)


def recording_agreement(ctx: Context, recording_id: int, *, tolerance_s: float = DEFAULT_TOLERANCE_MS / 1000,
                        moments: int | None = 10) -> RecordingAgreement:
    """Every figure of the recording's reviewers with `tolerance_s` seconds of tolerance, the reading in both
    languages and the `moments` stretches where they differ most (None: all)."""
    window = tolerance_ms(tolerance_s)
    with ctx.store.read() as session:
        recording = require_analysis_access(session, ctx.actor, recording_id)
        facts = (recording.conversation_id, recording.original_name, recording.duration_ms)
    notes = annotation_service.list_for_recording(ctx, recording_id)
    reviewers = reviewers_of(notes)
    themes = _themes(ctx, notes)
    figures = reviewer_agreement(marks_of(notes), [r.id for r in reviewers], [t.id for t in themes], facts[2],
                                 tolerance_ms=window, moments=moments)
    try:
        client: ClientAgreement | None = conversation_client_agreement(ctx, facts[0])
    except KijkwijzerError:
        client = None
    shown = tuple(t for t in themes if t.id in figures.themes)
    result = RecordingAgreement(recording_id, facts[0], facts[1], facts[2], reviewers, shown, figures, (), (), client)
    return replace(result, reading_nl=_reading(result, "nl"), reading_en=_reading(result, "en"))
