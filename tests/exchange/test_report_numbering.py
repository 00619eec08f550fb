"""The report numbers annotations and fragments as the review does: per recording, in the order they were
made; with two recordings in one conversation each label names its recording, so no two entries share one."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.domain.numbering import numbers
from kijkwijzer.services import annotations, fragments
from kijkwijzer.services.exchange import report_query as exchange_query
from tests.support.rows import add_recording_row


def test_numbers_run_per_recording_in_the_order_made():
    assert numbers([(1, 30), (2, 7), (1, 12), (2, 40), (1, 31)]) == {12: 1, 30: 2, 31: 3, 7: 1, 40: 2}


def test_two_recordings_of_one_conversation_get_labels_naming_their_recording(case_setup):
    ctx, conversation = case_setup["ctx"], case_setup["conversation"].id
    video = add_recording_row(ctx, conversation, name="gesprek.mp4")
    audio = add_recording_row(ctx, conversation, name="telefoon.m4a")

    def add(recording: int, start: int, end: int | None = None):
        return annotations.add(ctx, AnnotationDraft(recording, start, end, themes=("thema.raakmomenten",)))

    add(video, 90_000)
    add(audio, 10_000)
    moment = add(video, 30_000, 36_000)
    fragments.from_annotation(ctx, moment.id)
    with ctx.store.read() as session:
        report = exchange_query.reflection_report(session, ctx, conversation)
    labels = [e.label for e in report.entries]
    assert labels == ["Fragment 1 (gesprek.mp4)", "Annotatie 1 (gesprek.mp4)", "Annotatie 1 (telefoon.m4a)"]
    assert [e.number for e in report.entries] == [1, 1, 1] and len(set(labels)) == 3
