"""Transcripts with named speakers whose talk-and-listen figures are known by hand (issue 13), for the services,
CLI, report, series and window tests of the Gespreksverloop. The speaker track then comes from the transcript.

LONG (a 90-s recording): Sanne (the professional) asks, the client answers after 1 s, Sanne holds the floor for
65 s, a silence of 6.5 s is broken by the client's question, which Sanne answers after 0.5 s. Speech: professional
2.5 + 65 + 2.5 = 70 s, client 4 + 5 = 9 s: the client's share of the speaking time is 9/79 = 11 %.

SHORT (the 6-s test video): the professional 0.5-2.5 s ("Hoe gaat het?"), the client 3.0-4.0 s, the professional
4.2-5.0 s, the client 5.2-5.8 s (each name twice: a transcript's "Name:" prefix counts as a speaker once it
recurs). Professional 2.8 s, client 1.6 s: 64 % and 36 %; the professional's longest monologue (2 s at 00:00) is the
first moment to look at, the client's the second: 3.0-5.8 s, joined across the professional's 0.8-s "Fijn."
(shorter than a second: backchannel).
"""

from __future__ import annotations

from pathlib import Path

LONG = (
    "1\n00:00:00,500 --> 00:00:03,000\nSanne: Goedemorgen, hoe gaat het?\n\n"
    "2\n00:00:04,000 --> 00:00:08,000\nCliënt: Goed, dank u.\n\n"
    "3\n00:00:08,500 --> 00:01:13,500\nSanne: Ik wil vandaag alles uitleggen over de regels en de formulieren.\n\n"
    "4\n00:01:20,000 --> 00:01:25,000\nCliënt: Mag ik iets vragen?\n\n"
    "5\n00:01:25,500 --> 00:01:28,000\nSanne: Natuurlijk.\n"
)
LONG_SECONDS = 90
LONG_CLIENT_SHARE = "11 %"

SHORT = (
    "1\n00:00:00,500 --> 00:00:02,500\nSanne: Hoe gaat het?\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\nCliënt: Goed.\n\n"
    "3\n00:00:04,200 --> 00:00:05,000\nSanne: Fijn.\n\n"
    "4\n00:00:05,200 --> 00:00:05,800\nCliënt: Ja.\n"
)


def import_transcript(ctx, recording_id: int, text: str, folder: Path) -> None:
    """`text` as the recording's transcript, through the exchange service (as File > Import does)."""
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    folder.mkdir(parents=True, exist_ok=True)
    srt = folder / f"transcript-{recording_id}.srt"
    srt.write_text(text, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, srt, replace=True)
