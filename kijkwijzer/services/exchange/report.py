"""The reflection report (PDF) and the anonymised case story (Markdown and PDF) as export use cases.

Stills: an annotation's own still when it has one, else a frame taken from the recording at the annotated
moment and kept in the media cache under the recording's hash (so erasing the recording erases it too). Both
are sealed with the recording's key and opened in memory while the PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.formats.replacements import ReplacementLog, active, collecting
from kijkwijzer.formats.report_data import ReflectionReport
from kijkwijzer.formats.report_pdf import render_report
from kijkwijzer.media.source import DerivedFile, MediaSource
from kijkwijzer.services import content_keys
from kijkwijzer.services.access import active_consent
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange.csv_and_subtitles import ExportResult, deliver
from kijkwijzer.services.exchange.report_flow import with_flow
from kijkwijzer.services.exchange.report_query import reflection_report
from kijkwijzer.store.models import Annotation, Case, Conversation, Recording

STILL_WIDTH_PX = 480


class StillPlan:
    """Decides the still of each moment while the report is gathered (inside the database session), and makes
    the missing ones afterwards, outside it."""

    def __init__(self, ctx: Context) -> None:
        ws = ctx.workspace
        self.stills_dir, self.cache_dir, self.vault_dir = ws.stills_dir, ws.cache_dir, ws.vault_dir
        self.jobs: dict[Path, tuple[MediaSource, int]] = {}
        self.keys: dict[str, bytes | None] = {}

    def _key(self, recording: Recording) -> bytes | None:
        if recording.sha256 not in self.keys:
            session = object_session(recording)
            self.keys[recording.sha256] = (
                content_keys.find(session, content_keys.media_key_id(recording.sha256)) if session else None
            )
        return self.keys[recording.sha256]

    def __call__(self, recording: Recording, at_ms: int, annotation: Annotation | None) -> DerivedFile | None:
        key = self._key(recording)
        if (
            annotation is not None
            and annotation.still_name
            and Path(annotation.still_name).name == annotation.still_name
        ):
            own = self.stills_dir / annotation.still_name
            if own.is_file():
                return DerivedFile(own, key)
        source = self.vault_dir / recording.vault_name
        if Path(recording.vault_name).name != recording.vault_name:  # never a path out of the vault
            return None
        if not recording.has_video or not source.is_file():
            return None
        target = self.cache_dir / f"{recording.sha256}-verslag-{max(at_ms, 0)}.jpg"
        if not target.is_file():
            self.jobs[target] = (MediaSource(source, key, recording.original_name), max(at_ms, 0))
        return DerivedFile(target, key)

    def make(self) -> int:
        """Extract every missing still (batched, see formats/report_stills.py); returns how many exist."""
        if not self.jobs:
            return 0
        from kijkwijzer.formats.report_stills import extract_many

        made = extract_many(
            [(source, at_ms, target) for target, (source, at_ms) in self.jobs.items()], width=STILL_WIDTH_PX
        )
        self.jobs.clear()
        return made


def export_report(ctx: Context, conversation_id: int, out: Path) -> ExportResult:
    """The reflection report of one conversation as a PDF."""
    stills = StillPlan(ctx)

    def render(report: ReflectionReport) -> tuple[bytes, int]:
        stills.make()
        report = with_flow(ctx, conversation_id, report)  # the Gespreksverloop computed before, never now
        return render_report(report), len(report.entries)

    return deliver(
        ctx,
        (conversation_id,),
        out,
        "pdf-verslag",
        lambda session: reflection_report(session, ctx, conversation_id, stills),
        render,
    )


@dataclass(frozen=True)
class StoryResult:
    paths: tuple[Path, ...]
    case_id: int
    conversation_ids: tuple[int, ...]
    replaced: int = 0  # pieces of text pseudonymisation replaced (the preview lists them)


def story_conversations(session: Session, case_id: int) -> tuple[int, ...]:
    """The conversations of a case that may go into a story: those with active analysis consent."""
    if session.get(Case, case_id) is None:
        raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
    ids = tuple(
        c.id
        for c in session.scalars(
            select(Conversation)
            .where(Conversation.case_id == case_id)
            .order_by(Conversation.sequence, Conversation.held_on)
        )
        if active_consent(session, c.id, "analysis") is not None
    )
    if not ids:
        raise NotAllowed(
            "Geen enkel gesprek in deze casus heeft toestemming voor analyse.",
            "No conversation in this case has consent for analysis.",
        )
    return ids


def export_story(
    ctx: Context, case_id: int, out: Path, *, pdf: Path | None = None, with_pseudonym: bool = False
) -> StoryResult:
    """The anonymised case story in the shape of 004's cases, as Markdown (and PDF when `pdf` is given)."""
    from kijkwijzer.formats.case_story import CaseStory, render_markdown, render_story_pdf
    from kijkwijzer.services.exchange.story import case_story

    with ctx.store.read() as session:
        conversation_ids = story_conversations(session, case_id)
    made: list[tuple[CaseStory, ReplacementLog]] = []  # the story, gathered once, and what it replaced

    def story(session: Session) -> CaseStory:
        if not made:
            with collecting() as log:  # passes its rows on to the export's own log
                made.append((case_story(session, ctx, case_id, conversation_ids, with_pseudonym), log))
        elif (current := active()) is not None:  # the PDF of the same story replaced the same
            current.replay(made[0][1])
        return made[0][0]

    first = deliver(
        ctx, conversation_ids, out, "verhaal-md", lambda s: (render_markdown(story(s)).encode("utf-8"), 1)
    )
    paths = [first.path]
    if pdf is not None:
        paths.append(
            deliver(ctx, conversation_ids, pdf, "verhaal-pdf", lambda s: (render_story_pdf(story(s)), 1)).path
        )
    return StoryResult(tuple(paths), case_id, conversation_ids, first.replaced)
