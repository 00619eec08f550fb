"""Before an export leaves: what its pseudonymisation would replace, from the same gathering the export itself
does (so the preview lists exactly what the export replaces), with no file written and no audit row (nothing
leaves the workspace; the export that follows is audited as always).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput
from kijkwijzer.formats.replacements import PreviewRow
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange.csv_and_subtitles import (
    conversation_of_recording,
    csv_build,
    preview,
    srt_build,
)

KINDS = ("csv", "srt", "eaf", "report", "story")


@dataclass(frozen=True)
class ExportPreview:
    kind: str
    rows: tuple[PreviewRow, ...]  # each distinct replacement once, in the export's order, with how often
    total: int  # replacements in the whole export (the export's `replaced`)


def _plan(
    ctx: Context, kind: str, target_id: int, with_pseudonym: bool
) -> tuple[tuple[int, ...], Callable[[Session], object]]:
    if kind == "csv":
        return (target_id,), csv_build(ctx, target_id)
    if kind == "srt":
        return (conversation_of_recording(ctx, target_id),), srt_build(ctx, target_id)
    if kind == "eaf":
        from kijkwijzer.services.exchange.eaf import eaf_build

        return (conversation_of_recording(ctx, target_id),), eaf_build(ctx, target_id)
    if kind == "report":
        from kijkwijzer.services.exchange.report_query import reflection_report

        return (target_id,), lambda session: reflection_report(session, ctx, target_id)
    if kind == "story":
        from kijkwijzer.services.exchange.report import story_conversations
        from kijkwijzer.services.exchange.story import case_story

        with ctx.store.read() as session:
            ids = story_conversations(session, target_id)
        return ids, lambda session: case_story(session, ctx, target_id, ids, with_pseudonym)
    raise BadInput(
        f"Onbekende export: {kind} (kies uit {', '.join(KINDS)}).",
        f"Unknown export: {kind} (choose from {', '.join(KINDS)}).",
    )


def preview_export(ctx: Context, kind: str, target_id: int, *, with_pseudonym: bool = False) -> ExportPreview:
    """`target_id` is what the export itself takes: the conversation (csv, report), the recording (srt, eaf)
    or the case (story). Same consent and access checks as the export."""
    conversation_ids, gather = _plan(ctx, kind, target_id, with_pseudonym)
    log = preview(ctx, conversation_ids, gather)
    return ExportPreview(kind, log.rows(), log.total)
