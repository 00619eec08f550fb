"""Generates .eaf files in the shapes ELAN itself writes, with pympi-ling: controlled vocabularies on child
tiers, symbolic associations and subdivisions, time subdivision, included-in, and files longer than the
recording. Each `make_*` writes one file and returns its path; `big_file` writes thousands of annotations.
"""

from __future__ import annotations

import random
from pathlib import Path

from pympi.Elan import Eaf

LANG = "nld"


def _eaf() -> Eaf:
    eaf = Eaf(author="onderzoeker")
    eaf.remove_tier("default")
    eaf.add_language(LANG)
    return eaf


def _cv(eaf: Eaf, cv_id: str, values: list[str]) -> None:
    eaf.add_controlled_vocabulary(cv_id)
    for n, value in enumerate(values):
        eaf.add_cv_entry(cv_id, f"cveid_{cv_id}_{n}", [(value, LANG, None)])


def _type(eaf: Eaf, lt: str, constraint: str | None = None, cv: str | None = None) -> None:
    symbolic = constraint in ("Symbolic_Association", "Symbolic_Subdivision")
    eaf.add_linguistic_type(lt, constraint, timealignable=not symbolic)
    if cv:
        eaf.linguistic_types[lt]["CONTROLLED_VOCABULARY_REF"] = cv


def _aligned(eaf: Eaf, tier: str, start: int, end: int, value: str) -> str:
    eaf.add_annotation(tier, start, end, value)
    return next(reversed(eaf.tiers[tier][0]))


def _ref(eaf: Eaf, tier: str, parent_aid: str, value: str, prev: str | None = None) -> str:
    """A reference annotation attached by id (pympi's own lookup goes by time and is ambiguous)."""
    aid = eaf.generate_annotation_id()
    eaf.annotations[aid] = tier
    eaf.tiers[tier][1][aid] = (parent_aid, value, prev, None)
    return aid


def _write(eaf: Eaf, path: Path) -> Path:
    eaf.to_file(str(path))
    return path


def language_and_pos(path: Path) -> Path:
    """Utterances with a language (CV en/jp/nl, Symbolic_Association), words by Time_Subdivision and a part
    of speech per word (CV adj/noun/verb, Symbolic_Association under the words)."""
    eaf = _eaf()
    _cv(eaf, "talen", ["en", "jp", "nl"])
    _cv(eaf, "woordsoort", ["adj", "noun", "verb"])
    _type(eaf, "utterance")
    _type(eaf, "language", "Symbolic_Association", "talen")
    _type(eaf, "words", "Time_Subdivision")
    _type(eaf, "pos", "Symbolic_Association", "woordsoort")
    _type(eaf, "translation", "Symbolic_Association")
    eaf.add_tier("utt@A", "utterance", part="A")
    eaf.add_tier("lang@A", "language", "utt@A", part="A")
    eaf.add_tier("words@A", "words", "utt@A", part="A")
    eaf.add_tier("pos@A", "pos", "words@A", part="A")
    eaf.add_tier("vertaling@A", "translation", "utt@A", part="A")
    sentences = [
        (1_000, 4_000, "big red car", "en", ["adj", "adj", "noun"], "grote rode auto"),
        (5_000, 7_000, "hashiru inu", "jp", ["verb", "noun"], "rennende hond"),
        (8_000, 9_500, "loopt snel", "nl", ["verb", "adj"], ""),
    ]
    for start, end, text, lang, tags, translation in sentences:
        utt = _aligned(eaf, "utt@A", start, end, text)
        _ref(eaf, "lang@A", utt, lang)
        if translation:
            _ref(eaf, "vertaling@A", utt, translation)
        words = text.split()
        step = (end - start) // len(words)
        for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
            w_end = end if i == len(words) - 1 else start + (i + 1) * step
            word_aid = _aligned(eaf, "words@A", start + i * step, w_end, word)
            _ref(eaf, "pos@A", word_aid, tag)
    return _write(eaf, path)


def gestures(path: Path) -> Path:
    """Gesture units with phases as Included_In children (CV prep/stroke/hold/retract) and a
    Symbolic_Subdivision of handedness values under each unit."""
    eaf = _eaf()
    _cv(eaf, "fasen", ["prep", "stroke", "hold", "retract"])
    _cv(eaf, "hand", ["LH", "RH", "2H"])
    _type(eaf, "gesture")
    _type(eaf, "phase", "Included_In", "fasen")
    _type(eaf, "hands", "Symbolic_Subdivision", "hand")
    eaf.add_tier("gebaar", "gesture", part="cliënt")
    eaf.add_tier("fase", "phase", "gebaar", part="cliënt")
    eaf.add_tier("handen", "hands", "gebaar", part="cliënt")
    for start, phases, hands in [
        (2_000, ["prep", "stroke", "retract"], ["RH"]),
        (6_000, ["stroke", "hold"], ["LH", "2H"]),
    ]:
        unit = _aligned(eaf, "gebaar", start, start + 3_000, "")
        for i, phase in enumerate(phases):
            _aligned(eaf, "fase", start + i * 1_000 + 100, start + i * 1_000 + 800, phase)
        prev = None
        for hand in hands:
            prev = _ref(eaf, "handen", unit, hand, prev)
    return _write(eaf, path)


def story_chunks(path: Path) -> Path:
    """Story chunks on a top-level tier with a controlled vocabulary (Narration, Orientation, Evaluation) and
    a free-text comment tier under it."""
    eaf = _eaf()
    _cv(eaf, "verhaal", ["Narration", "Orientation", "Evaluation"])
    _type(eaf, "chunk", cv="verhaal")
    _type(eaf, "comment", "Symbolic_Association")
    eaf.add_tier("verhaal", "chunk", part="KM")
    eaf.add_tier("opmerking", "comment", "verhaal", part="KM")
    chunks = [(0, 12_000, "Orientation", "begin"), (12_000, 30_000, "Narration", ""), (30_000, 41_000, "Evaluation", "slot")]
    for start, end, value, comment in chunks:
        aid = _aligned(eaf, "verhaal", start, end, value)
        if comment:
            _ref(eaf, "opmerking", aid, comment)
    return _write(eaf, path)


def longer_than_recording(path: Path, recording_ms: int) -> Path:
    """Two annotations inside the recording, one running on past its end, one starting after it."""
    eaf = _eaf()
    _type(eaf, "obs")
    eaf.add_tier("observatie", "obs", part="A")
    _aligned(eaf, "observatie", 1_000, 2_000, "binnen")
    _aligned(eaf, "observatie", 3_000, 4_000, "ook binnen")
    _aligned(eaf, "observatie", recording_ms - 1_000, recording_ms + 2_000, "loopt door")
    _aligned(eaf, "observatie", recording_ms + 5_000, recording_ms + 6_000, "erna")
    return _write(eaf, path)


def big_file(path: Path, annotations: int = 5_000, seed: int = 15, span_ms: int = 3_600_000) -> Path:
    """`annotations` annotations on two tiers with a language child tier (a CV), spread over `span_ms`."""
    rnd = random.Random(seed)
    eaf = _eaf()
    _cv(eaf, "talen", ["en", "nl", "tr", "ar"])
    _type(eaf, "utterance")
    _type(eaf, "language", "Symbolic_Association", "talen")
    for who in ("A", "B"):
        eaf.add_tier(f"utt@{who}", "utterance", part=who)
        eaf.add_tier(f"lang@{who}", "language", f"utt@{who}", part=who)
    per_tier = annotations // 2
    for who, count in (("A", per_tier), ("B", annotations - per_tier)):
        span = span_ms // count
        for i in range(count):
            start = i * span
            aid = _aligned(eaf, f"utt@{who}", start, start + rnd.randint(span // 2, span), f"uiting {who}{i}")
            _ref(eaf, f"lang@{who}", aid, rnd.choice(["en", "nl", "tr", "ar"]))
    return _write(eaf, path)
