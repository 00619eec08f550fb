"""Transcripts from older Dutch subtitle editors: Windows-1252, Latin-1 and ISO-8859-15 read as the editor wrote them."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput
from kijkwijzer.formats.textfile import decode_text
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.store.models import TranscriptCue
from tests.support.rows import row_counts

# A subtitle file as a Dutch editor writes it: diacritics, a "´" used as apostrophe (byte B4), Windows line ends.
DUTCH = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\n"
    "KLANTMANAGER: Goedemorgen, zo{apostrophe}n gesprek is nieuw voor u.\r\n\r\n"
    "2\r\n00:00:03,600 --> 00:00:06,250\r\n"
    "CLIËNT: Ik heb één vraag over de coördinatie, café en ruïne.\r\n\r\n"
    "3\r\n00:00:07,000 --> 00:00:09,000\r\n"
    "KLANTMANAGER: De eigen bijdrage is {money} per maand.\r\n"
)


def _texts(ctx, recording_id) -> list[str]:
    with ctx.store.read() as session:
        return list(
            session.scalars(
                select(TranscriptCue.text)
                .where(TranscriptCue.recording_id == recording_id)
                .order_by(TranscriptCue.start_ms)
            )
        )


@pytest.mark.parametrize(
    "encoding, money, apostrophe",
    [
        ("cp1252", "€ 12,50", "´"),  # byte 80: only Windows-1252 has the euro there
        ("latin-1", "EUR 12,50", "´"),  # Latin-1 has no euro sign at all
        ("iso-8859-15", "€ 12,50", "'"),  # byte A4: the euro in ISO-8859-15, "¤" in the other two; no "´"
    ],
)
def test_dutch_subtitles_in_single_byte_encodings(
    case_setup, recording_id, tmp_path, encoding, money, apostrophe
):
    ctx = case_setup["ctx"]
    path = tmp_path / f"gesprek-{encoding}.srt"
    path.write_bytes(DUTCH.format(money=money, apostrophe=apostrophe).encode(encoding))
    exchange.import_transcript(ctx, recording_id, path)
    assert _texts(ctx, recording_id) == [
        f"Goedemorgen, zo{apostrophe}n gesprek is nieuw voor u.",
        "Ik heb één vraag over de coördinatie, café en ruïne.",
        f"De eigen bijdrage is {money} per maand.",
    ]


def test_utf8_is_tried_first():
    # "Ã©" is what UTF-8 "é" looks like in Windows-1252: a detector alone might prefer that reading.
    assert decode_text("Café één".encode(), "x.srt") == "Café één"


def test_utf16_without_bom_from_windows_tools():
    text = DUTCH.format(money="€ 3", apostrophe="´")
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_text(text.encode(encoding), "x.srt") == text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4000),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        DUTCH.format(money="1", apostrophe="´")
        .encode("cp1252")
        .replace(b"\xe9", b"\x81"),  # a byte no code page defines
    ],
)
def test_binary_data_is_refused_in_both_languages(case_setup, recording_id, tmp_path, data):
    ctx = case_setup["ctx"]
    path = tmp_path / "film.srt"
    path.write_bytes(data)
    before = row_counts(ctx)
    with pytest.raises(BadInput) as caught:
        exchange.import_transcript(ctx, recording_id, path)
    assert caught.value.nl == "film.srt is geen tekstbestand (bevat binaire gegevens)."
    assert caught.value.en == "film.srt is not a text file (contains binary data)."
    assert row_counts(ctx) == before
