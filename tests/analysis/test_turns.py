"""The talk-and-listen figures (analysis/turns.py) against small tracks computed by hand."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kijkwijzer.analysis.speech import SpeakerTrack, SpeechSegment
from kijkwijzer.analysis.turn_questions import is_question
from kijkwijzer.analysis.turns import Turn, clean_segments, turn_figures

S = 1000  # one second in milliseconds


def track(duration_s: float, *segments: tuple[float, float, str]) -> SpeakerTrack:
    return SpeakerTrack(7, int(duration_s * S), "transcript",
                        tuple(SpeechSegment(int(a * S), int(b * S), who) for a, b, who in segments))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


def test_an_empty_track_has_no_figures_and_no_moments():
    f = turn_figures(track(60))
    assert (f.speakers, f.turns, f.silences, f.overlaps, f.moments) == ((), (), (), (), ())
    assert f.turn_count == 0 and f.speech_ms == 0 and f.median_turn_ms == 0
    assert f.longest_turn is None and f.longest_monologue is None


def test_one_speaker_pauses_join_a_turn_and_a_silence_of_3_s_ends_it():
    f = turn_figures(track(30, (0, 5, "professional"), (6, 10, "professional"), (14, 20, "professional")))
    assert f.turns == (Turn("professional", 0, 10 * S), Turn("professional", 14 * S, 20 * S))
    pro = f.of("professional")
    assert pro is not None and f.of("client") is None
    assert (pro.speech_ms, pro.share_of_speech, pro.share_of_recording) == (15 * S, 1.0, 0.5)
    assert (pro.turns, pro.median_turn_ms, pro.longest_turn_ms, pro.longest_turn_start_ms) == (2, 8 * S, 10 * S, 0)
    assert [(s.start_ms, s.end_ms, s.before, s.broken_by) for s in f.silences] == [
        (10 * S, 14 * S, "professional", "professional")]
    assert pro.silences_broken == 1
    # the silence parts two monologues; the longer is a candidate moment, the 4-s silence is not
    assert f.longest_monologue is not None and (f.longest_monologue.start_ms, f.longest_monologue.end_ms) == (0, 10 * S)
    assert [(m.kind, m.start_ms, m.end_ms, m.speaker) for m in f.moments] == [("monologue", 0, 10 * S, "professional")]


def test_someone_speaking_in_the_pause_ends_a_turn_but_a_backchannel_not_a_monologue():
    f = turn_figures(track(20, (0, 4, "professional"), (4.5, 5, "client"), (5.5, 9, "professional")))
    assert f.turns == (Turn("professional", 0, 4 * S), Turn("client", 4500, 5 * S), Turn("professional", 5500, 9 * S))
    assert f.turn_count == 3 and f.of("professional").turns == 2  # type: ignore[union-attr]
    m = f.longest_monologue
    assert m is not None and (m.speaker, m.start_ms, m.end_ms, m.turns) == ("professional", 0, 9 * S, 2)


def test_a_real_answer_is_no_backchannel():
    f = turn_figures(track(20, (0, 4, "professional"), (4.5, 6, "client"), (6.5, 9, "professional")))
    assert f.longest_monologue is not None and f.longest_monologue.duration_ms == 4 * S
    assert {(m.speaker, m.start_ms) for m in f.moments} == {("professional", 0), ("client", 4500)}


def test_speaking_through_a_segment_is_an_overlap_not_an_interruption_and_keeps_the_turn():
    f = turn_figures(track(20, (0, 10, "professional"), (3, 4, "client")))
    assert f.of("professional").turns == 1  # type: ignore[union-attr]
    assert [(o.start_ms, o.end_ms, o.by, o.of, o.taken_over) for o in f.overlaps] == [
        (3 * S, 4 * S, "client", "professional", False)]
    client = f.of("client")
    assert client is not None and (client.overlaps_started, client.interruptions) == (1, 0)
    assert (f.speech_ms, f.overlap_ms) == (10 * S, 1 * S)
    assert client.share_of_speech == pytest.approx(1 / 11)  # overlapping speech counts for each who speaks


def test_taking_over_the_turn_is_an_interruption():
    f = turn_figures(track(20, (0, 10, "professional"), (8, 15, "client")))
    assert [(o.start_ms, o.end_ms, o.by, o.taken_over) for o in f.overlaps] == [(8 * S, 10 * S, "client", True)]
    assert f.of("client").interruptions == 1  # type: ignore[union-attr]
    assert f.of("professional").interruptions == 0  # type: ignore[union-attr]
    assert (f.speech_ms, f.overlap_ms) == (15 * S, 2 * S)


def test_overlaps_at_the_edges_of_the_recording():
    # both start at 0: nobody started it; the professional's speech past the end is cut off at the end
    f = turn_figures(track(10, (0, 5, "professional"), (0, 2, "client"), (8, 12, "professional"), (9, 10, "client")))
    assert [(o.start_ms, o.end_ms, o.by, o.taken_over) for o in f.overlaps] == [
        (0, 2 * S, None, False), (9 * S, 10 * S, "client", False)]
    assert f.of("professional").speech_ms == 7 * S  # type: ignore[union-attr]
    assert f.of("client").overlaps_started == 1  # type: ignore[union-attr]
    assert f.overlap_ms == 3 * S


def test_three_at_once_counts_once_in_the_overlap_time():
    f = turn_figures(track(20, (0, 10, "professional"), (2, 8, "client"), (4, 6, "other")))
    assert f.overlap_ms == 6 * S and f.speech_ms == 10 * S
    assert [o.by for o in f.overlaps] == ["client", "other", "other"]


def test_silences_name_who_broke_them_and_the_quiet_at_the_ends_is_no_silence():
    f = turn_figures(track(40, (5, 7, "professional"), (13, 15, "client"), (16, 20, "professional")))
    assert [(s.start_ms, s.end_ms, s.before, s.broken_by) for s in f.silences] == [
        (7 * S, 13 * S, "professional", "client")]
    assert f.of("client").silences_broken == 1  # type: ignore[union-attr]
    assert ("silence", 7 * S, 13 * S, "client") in [(m.kind, m.start_ms, m.end_ms, m.speaker) for m in f.moments]


def test_a_monologue_of_95_s_at_03_10_is_a_moment():
    f = turn_figures(track(400, (0, 20, "client"), (190, 220, "professional"), (220.3, 220.8, "client"),
                           (221, 285, "professional"), (287, 300, "client")))
    mono = [m for m in f.moments if m.kind == "monologue" and m.speaker == "professional"]
    assert [(m.start_ms, m.duration_ms) for m in mono] == [(190 * S, 95 * S)]
    assert f.longest_monologue is not None and f.longest_monologue.start_ms == 190 * S


def test_a_burst_of_interruptions_each_within_15_s():
    segs = [(0, 100, "professional")] + [(t, t + 2, "client") for t in (10, 20, 33)] + [(60, 61, "client")]
    f = turn_figures(track(120, *segs))
    bursts = [m for m in f.moments if m.kind == "interruptions"]
    assert [(m.start_ms, m.end_ms, m.count, m.speaker) for m in bursts] == [(10 * S, 35 * S, 3, "client")]


def test_the_wait_after_a_question_from_the_transcript():
    segs = [(0, 3, "professional"), (4, 8, "client"), (10, 12, "professional"), (13, 15, "professional"),
            (16, 18, "client"), (20, 22, "professional")]
    cues = [Cue(0, 3 * S, "Hoe gaat het?"), Cue(4 * S, 8 * S, "Goed."), Cue(10 * S, 12 * S, "En thuis?"),
            Cue(13 * S, 15 * S, "Ik bedoel: met uw dochter?"), Cue(20 * S, 22 * S, "Zullen we stoppen?")]
    f = turn_figures(track(30, *segs), cues)
    got = [(q.start_ms, q.speaker, q.answered_by, q.wait_ms, q.went_on) for q in f.questions]
    assert got == [(0, "professional", "client", 1 * S, False), (10 * S, "professional", "client", 4 * S, True),
                   (13 * S, "professional", "client", 1 * S, False), (20 * S, "professional", None, None, False)]
    pro = f.of("professional")
    assert pro is not None and (pro.questions, pro.questions_waited, pro.median_wait_ms, pro.longest_wait_ms) == (
        4, 2, 1 * S, 1 * S)
    assert f.has_transcript and not turn_figures(track(30, *segs)).has_transcript


def test_an_answer_that_starts_before_the_question_ends_waits_zero():
    f = turn_figures(track(10, (0, 4, "professional"), (3.5, 6, "client")), [Cue(0, 4 * S, "Klopt dat?")])
    assert [(q.wait_ms, q.went_on) for q in f.questions] == [(0, False)]


@pytest.mark.parametrize(("text", "asks"), [("Hoe gaat het?", True), ("Zei u ‘echt?’", True), ("Echt?)", True),
                                            ("Wat? Nee.", False), ("", False)])
def test_what_counts_as_a_question(text, asks):
    assert is_question(text) is asks


def test_clean_segments_clip_drop_and_merge():
    t = track(10, (-1, 2, "client"), (1, 3, "client"), (4, 4, "professional"), (9, 15, "professional"))
    assert [(s.start_ms, s.end_ms, s.speaker) for s in clean_segments(t)] == [
        (0, 3 * S, "client"), (9 * S, 10 * S, "professional")]
