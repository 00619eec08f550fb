"""ELAN export of the transcript (a tier per speaker) and of the labels (a vocabulary), and reading both back."""

from __future__ import annotations

from pympi.Elan import Eaf
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.formats import elan
from kijkwijzer.services import annotations
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.store.models import AuditEntry
from tests.support.rows import add_recording_row

SRT = """1
00:00:01,000 --> 00:00:03,500
KLANTMANAGER: Goedemorgen, fijn dat je er bent.

2
00:00:03,600 --> 00:00:06,250
CLIËNT: Ik wist al wat er ging komen.
Dat voelde ik gewoon.

3
00:00:07,000 --> 00:00:09,000
(stilte)
"""
OTHER_SRT = """1
00:00:02,000 --> 00:00:03,000
Een ander transcript.
"""
CUES = [
    (1000, 3500, "KLANTMANAGER", "Goedemorgen, fijn dat je er bent."),
    (3600, 6250, "CLIËNT", "Ik wist al wat er ging komen.\nDat voelde ik gewoon."),
    (7000, 9000, "", "(stilte)"),
]


def _cues(ctx, recording_id):
    with ctx.store.read() as session:
        return [(c.start_ms, c.end_ms, c.speaker, c.text) for c in exchange_eaf.transcript_cues(session, recording_id)]


def _labels(ctx, recording_id):
    return sorted((a.start_ms, a.observation, a.tags) for a in annotations.list_for_recording(ctx, recording_id))


def _fill(ctx, recording_id, tmp_path):
    srt = tmp_path / "gesprek.srt"
    srt.write_text(SRT, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, srt)
    annotations.add(ctx, AnnotationDraft(recording_id, 1_000, 2_000, observation="eerste", tags=("keerpunt", "stil")))
    annotations.add(ctx, AnnotationDraft(recording_id, 1_500, 2_500, observation="tweede", tags=("stil",)))
    annotations.add(ctx, AnnotationDraft(recording_id, 5_000, None, observation="zonder label"))


def test_export_opens_in_pympi_with_a_cue_tier_per_speaker_and_the_used_labels(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(ctx, recording_id, tmp_path)
    path = exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "g.eaf").path
    eaf = Eaf(str(path))
    cue_tiers = eaf.get_tier_ids_for_linguistic_type(elan.LT_TRANSCRIPT)
    assert sorted(cue_tiers) == ["transcript", "transcript | CLIËNT", "transcript | KLANTMANAGER"]
    assert eaf.tiers["transcript | CLIËNT"][2]["PARTICIPANT"] == "CLIËNT"
    assert sorted(
        (start, end, value) for tier in cue_tiers for start, end, value in eaf.get_annotation_data_for_tier(tier)
    ) == [(start, end, text) for start, end, _speaker, text in CUES]
    entries = eaf.get_cv_entries(elan.LABEL_CV)
    assert sorted(values[0][0] for values, _ref in entries.values()) == ["keerpunt", "stil"]
    label_tiers = eaf.get_tier_ids_for_linguistic_type(elan.LT_LABEL)
    parents = {eaf.tiers[t][2]["PARENT_REF"] for t in label_tiers}
    assert parents == {"Sanne de Vries | observatie", "Sanne de Vries | observatie 2"}  # overlap: 2 lanes
    assert eaf.linguistic_types[elan.LT_LABEL]["CONTROLLED_VOCABULARY_REF"] == elan.LABEL_CV
    values = sorted(v for t in label_tiers for _ref, v, _prev, _svg in eaf.tiers[t][1].values())
    assert values == ["keerpunt", "stil", "stil"]


def test_own_export_brings_back_cues_and_labels_into_a_recording_without_transcript(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(ctx, recording_id, tmp_path)
    path = exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "g.eaf").path
    target = add_recording_row(ctx, case_setup["conversation"].id)
    result = exchange_eaf.import_eaf(ctx, target, path)
    assert (result.added, result.cues, result.transcript_kept) == (3, 3, False)
    assert _cues(ctx, target) == CUES
    assert _labels(ctx, target) == _labels(ctx, recording_id)
    with ctx.store.read() as session:
        details = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "import")))
    assert details == ["eaf: 3 annotaties, 0 fragmenten, 0 reacties, 3 transcriptregels"]
    again = exchange_eaf.import_eaf(ctx, target, path)  # the same transcript again: nothing changes
    assert (again.added, again.cues, again.transcript_kept) == (0, 0, False)
    assert _cues(ctx, target) == CUES


def test_a_different_transcript_is_kept_unless_replace_transcript(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(ctx, recording_id, tmp_path)
    path = exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "g.eaf").path
    target = add_recording_row(ctx, case_setup["conversation"].id)
    other = tmp_path / "ander.srt"
    other.write_text(OTHER_SRT, encoding="utf-8")
    exchange.import_transcript(ctx, target, other)
    kept = exchange_eaf.import_eaf(ctx, target, path)
    assert (kept.added, kept.cues, kept.transcript_kept) == (3, 0, True)
    assert _cues(ctx, target) == [(2000, 3000, "", "Een ander transcript.")]
    replaced = exchange_eaf.import_eaf(ctx, target, path, replace_transcript=True)
    assert (replaced.added, replaced.skipped, replaced.cues) == (0, 3, 3)
    assert _cues(ctx, target) == CUES
