"""The ELAN round trip as a property: any times (to the millisecond) and any text XML can hold come back
exactly, for any number of reviewers and overlapping annotations, with their labels (the labels vocabulary)
and the recording's transcript cues (a tier per speaker)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kijkwijzer.formats.cues import Cue
from kijkwijzer.formats.elan import LABEL_CV, ThemeEntry, write_eaf
from kijkwijzer.formats.elan_import import Vocabulary, plan_import
from kijkwijzer.formats.elan_read import read_eaf
from kijkwijzer.formats.records import AnnotationRecord

THEMES = [
    ThemeEntry("thema.raakmomenten", "Raakmomenten"),
    ThemeEntry("thema.echtheid", "Echtheid"),
    ThemeEntry("thema.taal", "Duidelijk taalgebruik"),
]
XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff", min_codepoint=0x20)
    | st.sampled_from("\t\n\r"),
    max_size=60,
)
REVIEWERS = {1: "Sanne de Vries", 2: "Coach | Ahmed", 3: "Sanne de Vries"}  # a shared name, a '|' in a name


@st.composite
def annotations(draw):
    out = []
    for i in range(draw(st.integers(1, 15))):
        start = draw(st.integers(0, 10**9))
        end = draw(st.one_of(st.none(), st.integers(start, start + 10**7)))
        reviewer = draw(st.sampled_from(sorted(REVIEWERS)))
        themes = tuple(draw(st.lists(st.sampled_from([t.id for t in THEMES]), unique=True, max_size=3)))
        out.append(
            AnnotationRecord(
                id=i + 1,
                recording_id=1,
                reviewer_id=reviewer,
                reviewer_name=REVIEWERS[reviewer],
                reviewer_role="coach",
                start_ms=start,
                end_ms=end,
                themes=themes,
                theme_titles=tuple(next(t.title for t in THEMES if t.id == x) for x in themes),
                pillars=tuple(
                    draw(st.lists(st.sampled_from(["pijler.begrijpen", "pijler.kunnen"]), unique=True))
                ),
                level=draw(st.sampled_from([None, "niveau.gevoel"])),
                observation=draw(XML_TEXT),
                quote=draw(XML_TEXT),
                below_waterline=draw(XML_TEXT),
                felt_unsaid=draw(XML_TEXT),
                tags=tuple(draw(st.lists(XML_TEXT.filter(lambda t: t != ""), max_size=2))),
                still_name=draw(st.sampled_from([None, "annotatie-1-500.jpg"])),
            )
        )
    return out


def _key(a):
    return (
        a.reviewer_id,
        a.start_ms,
        a.end_ms,
        tuple(a.themes),
        tuple(a.pillars),
        a.level,
        a.observation,
        a.quote,
        a.below_waterline,
        a.felt_unsaid,
        tuple(a.tags),
        a.still_name,
    )


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(rows=annotations())
def test_round_trip_is_exact(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("eaf") / "rond.eaf"
    path.write_bytes(write_eaf(rows, THEMES, author="test"))
    plan = plan_import(read_eaf(path), Vocabulary(REVIEWERS, {t.id: t.title for t in THEMES}), {}, {})
    assert sorted(map(_key, plan.annotations), key=repr) == sorted(map(_key, rows), key=repr)


SPEAKERS = ["", "Sanne de Vries", "Coach | Ahmed", "transcript", "cliënt 2"]  # '' = no speaker; names like tiers


@st.composite
def cues(draw):
    out = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 10**8))
        end = draw(st.integers(start, start + 10**6))  # a zero-length cue too
        out.append(Cue(start, end, draw(XML_TEXT), draw(st.sampled_from(SPEAKERS))))
    return out


def _cue_key(c):
    return (c.start_ms, c.end_ms, c.text, c.speaker)


@settings(max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(rows=annotations(), transcript=cues())
def test_round_trip_keeps_labels_and_transcript_cues(tmp_path_factory, rows, transcript):
    path = tmp_path_factory.mktemp("eaf") / "rond.eaf"
    path.write_bytes(write_eaf(rows, THEMES, author="test", cues=transcript))
    doc = read_eaf(path)
    plan = plan_import(doc, Vocabulary(REVIEWERS, {t.id: t.title for t in THEMES}), {}, {})
    assert sorted(map(_cue_key, plan.cues)) == sorted(map(_cue_key, transcript))
    labels = sorted((repr((a.reviewer_id, a.start_ms, a.end_ms, a.observation)), a.tags) for a in plan.annotations)
    assert labels == sorted((repr((a.reviewer_id, a.start_ms, a.end_ms, a.observation)), a.tags) for a in rows)
    # the vocabulary holds exactly the labels used, each once
    assert set(doc.cv_values[LABEL_CV]) == {t for a in rows for t in a.tags}
