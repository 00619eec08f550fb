"""SRT and WebVTT transcripts: speakers, encodings, replace, and nothing written from a broken file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.store.models import AuditEntry, TranscriptCue
from tests.support.rows import row_counts

SRT = """1
00:00:01,000 --> 00:00:03,500
KLANTMANAGER: Goedemorgen, fijn dat je er bent.

2
00:00:03,600 --> 00:00:06,250
CLIËNT: Ik wist al wat er ging komen.
Dat voelde ik gewoon.

3
00:00:07,000 --> 00:00:09,000
<i>(stilte)</i>
"""

VTT = """WEBVTT

NOTE gemaakt met een transcriptiedienst

intro
00:01.000 --> 00:03.500 align:start
<v Sanne de Vries>Goedemorgen &amp; welkom.</v>

00:00:03.600 --> 00:00:06.000
<v.stil Cliënt>Ja.</v><v Sanne de Vries>Zullen we beginnen?
"""


def _cues(ctx, recording_id):
    with ctx.store.read() as session:
        return [
            (c.start_ms, c.end_ms, c.speaker, c.text)
            for c in session.scalars(
                select(TranscriptCue)
                .where(TranscriptCue.recording_id == recording_id)
                .order_by(TranscriptCue.start_ms, TranscriptCue.id)
            )
        ]


def test_srt_with_speaker_prefixes(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    path = tmp_path / "gesprek.srt"
    path.write_text(SRT, encoding="utf-8")
    result = exchange.import_transcript(ctx, recording_id, path)
    assert result.added == 3
    assert _cues(ctx, recording_id) == [
        (1000, 3500, "KLANTMANAGER", "Goedemorgen, fijn dat je er bent."),
        (3600, 6250, "CLIËNT", "Ik wist al wat er ging komen.\nDat voelde ik gewoon."),
        (7000, 9000, "", "(stilte)"),
    ]
    with ctx.store.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "transcript.import")) is not None


def test_vtt_voices_become_speakers(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    path = tmp_path / "gesprek.vtt"
    path.write_text(VTT, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, path)
    assert _cues(ctx, recording_id) == [
        (1000, 3500, "Sanne de Vries", "Goedemorgen & welkom."),
        (3600, 6000, "Cliënt", "Ja."),
        (3600, 6000, "Sanne de Vries", "Zullen we beginnen?"),
    ]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16-le", "utf-16", "utf-8-sig"])
def test_srt_in_other_encodings_reads_the_same(case_setup, recording_id, tmp_path, encoding):
    ctx = case_setup["ctx"]
    path = tmp_path / "gesprek.srt"
    path.write_bytes(SRT.replace("\n", "\r\n").encode(encoding))
    exchange.import_transcript(ctx, recording_id, path)
    assert _cues(ctx, recording_id)[1] == (
        3600,
        6250,
        "CLIËNT",
        "Ik wist al wat er ging komen.\nDat voelde ik gewoon.",
    )


def test_second_transcript_needs_replace(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    path = tmp_path / "a.srt"
    path.write_text(SRT, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, path)
    other = tmp_path / "b.vtt"
    other.write_text(VTT, encoding="utf-8")
    with pytest.raises(BadInput, match="al een transcript"):
        exchange.import_transcript(ctx, recording_id, other)
    assert len(_cues(ctx, recording_id)) == 3
    exchange.import_transcript(ctx, recording_id, other, replace=True)
    assert [c[2] for c in _cues(ctx, recording_id)] == ["Sanne de Vries", "Cliënt", "Sanne de Vries"]


@pytest.mark.parametrize(
    "text, reason",
    [
        (SRT.replace("00:00:06,250", "00:00:02,000"), "eindtijd"),
        (SRT.replace("00:00:07,000", "-00:00:07,000"), "ongeldige tijd"),
        (SRT.replace("00:00:07,000 --> 00:00:09,000", "00:00:07,000"), "tijdregel"),
        (SRT + "\n4\n00:99:00,000 --> 01:00:00,000\nx\n", "59"),
        (SRT + "\n4\n09:00:00,000 --> 09:00:01,000\nna het einde\n", "na het einde"),
        ("", "geen ondertitels"),
    ],
)
def test_a_broken_file_writes_nothing(case_setup, recording_id, tmp_path, text, reason):
    ctx = case_setup["ctx"]
    before = row_counts(ctx)
    path = tmp_path / "kapot.srt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput, match=reason):
        exchange.import_transcript(ctx, recording_id, path)
    assert row_counts(ctx) == before


def test_vtt_without_header_is_refused(case_setup, recording_id, tmp_path):
    path = tmp_path / "x.vtt"
    path.write_text(VTT.replace("WEBVTT", "WEBVTX", 1), encoding="utf-8")
    with pytest.raises(BadInput, match="WEBVTT"):
        exchange.import_transcript(case_setup["ctx"], recording_id, path)


def test_transcript_track_follows_playback_and_searches(case_setup, recording_id, tmp_path):
    from kijkwijzer.services import transcripts

    ctx = case_setup["ctx"]
    path = tmp_path / "gesprek.srt"
    path.write_text(SRT, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, path)
    cues = transcripts.list_cues(ctx, recording_id)
    assert transcripts.cue_index_at(cues, 4000) == 1
    assert transcripts.cue_index_at(cues, 6500) is None
    assert [c.text for c in transcripts.search(ctx, recording_id, "voelde")] == [cues[1].text]
    assert [c.speaker for c in transcripts.search(ctx, recording_id, "klantmanager")] == ["KLANTMANAGER"]
