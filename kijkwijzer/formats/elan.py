"""ELAN (.eaf) export with pympi-ling: tiers per reviewer and per layer, the themes as a controlled vocabulary.

Per reviewer one time-aligned `observatie` tier (more "lanes" when that reviewer's annotations overlap,
which ELAN does not allow on one tier) with symbolic child tiers: `thema` (subdivision, one child per
theme, values from the CV "kijkwijzer-themas"), `citaat`, `waterlijn` (below the waterline),
`niet gezegd` (felt but not said), `labels` (subdivision, one child per label, values from the CV
"kijkwijzer-labels" that holds exactly the labels used) and `gegevens` (JSON: level, pillars, still, and the
true end of a moment annotation, which ELAN shows as POINT_MS long). Fragments get a `fragmenten` tier and the
client's reactions a `reactie cliënt` tier per client-researcher with `gevoel` and `aanvulling` children.
The transcript cues get a `transcript | <spreker>` tier per speaker (PARTICIPANT = the speaker; `transcript`
for cues without one), one annotation per cue (a zero-length cue keeps its true end in a `gegevens` child).
Reading it back is in elan_import.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pympi.Elan import Eaf, to_adocument

from .cues import Cue
from .records import AnnotationRecord, FragmentRecord, ReactionRecord

FORMAT_PROPERTY = "kijkwijzer-formaat"
FORMAT_VERSION = "1"
THEME_CV = "kijkwijzer-themas"
LABEL_CV = "kijkwijzer-labels"
TRANSCRIPT_TIER = "transcript"
LANGUAGE = ("nld", "http://cdb.iso.org/lg/CDB-00138580-001", "Dutch (nld)")
POINT_MS = 1000  # how long a moment (annotation without end) is drawn in ELAN

LT_OBSERVATION = "kw-observatie"
LT_THEME = "kw-thema"
LT_QUOTE = "kw-citaat"
LT_WATERLINE = "kw-waterlijn"
LT_UNSAID = "kw-niet-gezegd"
LT_DATA = "kw-gegevens"
LT_FRAGMENT = "kw-fragment"
LT_REACTION = "kw-reactie"
LT_FEELING = "kw-gevoel"
LT_ADDITION = "kw-aanvulling"
LT_LABEL = "kw-label"
LT_TRANSCRIPT = "kw-transcript"

# child layer -> (tier label, annotation field)
ANNOTATION_CHILDREN = (
    (LT_QUOTE, "citaat", "quote"),
    (LT_WATERLINE, "waterlijn", "below_waterline"),
    (LT_UNSAID, "niet gezegd", "felt_unsaid"),
)
REACTION_CHILDREN = ((LT_FEELING, "gevoel", "feeling"), (LT_ADDITION, "aanvulling", "addition"))

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class ThemeEntry:
    id: str
    title: str
    key_question: str = ""


def xml_text(text: str) -> str:
    """XML 1.0 cannot hold most control characters at all; they are dropped (a carriage return is kept)."""
    return _NOT_XML.sub("", text)


def shown_span(start_ms: int, end_ms: int | None) -> tuple[int, int]:
    """The span ELAN draws: annotations without (or with an equal) end get POINT_MS."""
    if end_ms is None or end_ms <= start_ms:
        return start_ms, start_ms + POINT_MS
    return start_ms, end_ms


def lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """Lane per span (input order) so that spans in one lane never overlap; touching is allowed."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    ends: list[int] = []
    lane_of = [0] * len(spans)
    for i in order:
        start, end = spans[i]
        for lane, last_end in enumerate(ends):
            if last_end <= start:
                ends[lane] = end
                lane_of[i] = lane
                break
        else:
            lane_of[i] = len(ends)
            ends.append(end)
    return lane_of


class _Writer:
    def __init__(
        self, author: str, media_url: str | None, mime: str | None, themes: Iterable[ThemeEntry]
    ) -> None:
        eaf = Eaf(author=xml_text(author))
        eaf.remove_tier("default")
        eaf.adocument.update(
            {
                "VERSION": "3.0",
                "FORMAT": "3.0",
                "xsi:noNamespaceSchemaLocation": "http://www.mpi.nl/tools/elan/EAFv3.0.xsd",
            }
        )
        eaf.header = {"MEDIA_FILE": "", "TIME_UNITS": "milliseconds"}
        eaf.properties = [(FORMAT_PROPERTY, FORMAT_VERSION)]
        eaf.add_language(*LANGUAGE)
        if media_url:
            eaf.add_linked_file(media_url, mimetype=mime or "video/mp4")
        eaf.add_controlled_vocabulary(THEME_CV)
        eaf.add_cv_description(THEME_CV, LANGUAGE[0], "Thema's van de Kijkwijzer")
        for theme in themes:
            eaf.add_cv_entry(
                THEME_CV,
                theme.id,
                [(xml_text(theme.title), LANGUAGE[0], xml_text(theme.key_question) or None)],
            )
        eaf.add_controlled_vocabulary(LABEL_CV)
        eaf.add_cv_description(LABEL_CV, LANGUAGE[0], "Labels")
        for lt in (LT_OBSERVATION, LT_FRAGMENT, LT_REACTION, LT_TRANSCRIPT):
            eaf.add_linguistic_type(lt)
        for lt, cv in ((LT_THEME, THEME_CV), (LT_LABEL, LABEL_CV)):
            eaf.add_linguistic_type(lt, "Symbolic_Subdivision", timealignable=False)
            eaf.linguistic_types[lt]["CONTROLLED_VOCABULARY_REF"] = cv
        for lt in (LT_QUOTE, LT_WATERLINE, LT_UNSAID, LT_DATA, LT_FEELING, LT_ADDITION):
            eaf.add_linguistic_type(lt, "Symbolic_Association", timealignable=False)
        self.eaf = eaf
        self._labels: dict[str, str] = {}  # label value -> CV entry id

    def label(self, value: str) -> str:
        """The label as a value of the CV "kijkwijzer-labels", added to it on first use."""
        value = xml_text(value)
        if value not in self._labels:
            self._labels[value] = f"label-{len(self._labels) + 1}"
            self.eaf.add_cv_entry(LABEL_CV, self._labels[value], [(value, LANGUAGE[0], None)])
        return value

    def unique_tier(self, base: str) -> str:
        """A tier id not used yet: the base, else the base with a number."""
        tier_id, n = xml_text(base), 1
        while tier_id in self.eaf.tiers:
            n += 1
            tier_id = xml_text(f"{base} #{n}")
        return tier_id

    def tier(self, tier_id: str, lt: str, person: str, parent: str | None = None) -> str:
        tier_id = xml_text(tier_id)
        if tier_id not in self.eaf.tiers:
            self.eaf.add_tier(
                tier_id,
                ling=lt,
                parent=parent,
                part=xml_text(person) or None,
                ann=xml_text(person) or None,
                language=LANGUAGE[0],
            )
        return tier_id

    def aligned(self, tier_id: str, start: int, end: int, value: str) -> str:
        self.eaf.add_annotation(tier_id, int(start), int(end), xml_text(value))
        return next(reversed(self.eaf.tiers[tier_id][0]))

    def ref(self, tier_id: str, parent_aid: str, value: str, prev: str | None = None) -> str:
        """A symbolic child annotation, attached by id (pympi's own lookup goes by time and is ambiguous)."""
        aid = self.eaf.generate_annotation_id()
        self.eaf.annotations[aid] = tier_id
        self.eaf.tiers[tier_id][1][aid] = (parent_aid, xml_text(value), prev, None)
        return aid

    def _chronological_slots(self) -> None:
        """ELAN keeps TIME_ORDER chronological; pympi numbers slots in order of creation."""
        old = sorted(self.eaf.timeslots.items(), key=lambda kv: (kv[1], int(kv[0][2:])))
        rename = {slot: f"ts{n}" for n, (slot, _v) in enumerate(old, start=1)}
        self.eaf.timeslots = {rename[slot]: value for slot, value in old}
        for aligned, _ref, _attrs, _n in self.eaf.tiers.values():
            for aid, (start, end, value, svg) in list(aligned.items()):
                aligned[aid] = (rename[start], rename[end], value, svg)

    def to_bytes(self) -> bytes:
        self._chronological_slots()
        self.eaf.properties.append(("lastUsedAnnotation", self.eaf.maxaid))
        root = to_adocument(self.eaf, pretty=True)
        data = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
        return data.replace(b"\r", b"&#13;")  # XML parsers turn a raw CR into LF; the reference survives


def _people_labels(names: dict[int | None, str]) -> dict[int | None, str]:
    """Tier label per person; a name shared by two people gets the id added."""
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    return {
        pid: (f"{name} #{pid}" if counts[name] > 1 and pid is not None else name)
        for pid, name in names.items()
    }


def _annotation_data(a: AnnotationRecord, shown_end: int) -> str:
    data: dict[str, object] = {"id": a.id, "kijker_id": a.reviewer_id, "kijker": a.reviewer_name}
    if a.level:
        data["niveau"] = a.level
    if a.pillars:
        data["pijlers"] = list(a.pillars)
    if a.still_name:
        data["still"] = a.still_name
    if a.end_ms is None or a.end_ms != shown_end:
        data["eind_ms"] = a.end_ms
        data["getoond_eind_ms"] = shown_end
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def write_eaf(
    annotations: Sequence[AnnotationRecord],
    themes: Iterable[ThemeEntry],
    *,
    author: str,
    media_url: str | None = None,
    mime: str | None = None,
    fragments: Sequence[FragmentRecord] = (),
    reactions: Sequence[ReactionRecord] = (),
    cues: Sequence[Cue] = (),
) -> bytes:
    w = _Writer(author, media_url, mime, themes)
    labels = _people_labels({a.reviewer_id: a.reviewer_name for a in annotations})
    by_reviewer: dict[int, list[AnnotationRecord]] = {}
    for a in annotations:
        by_reviewer.setdefault(a.reviewer_id, []).append(a)
    for reviewer_id, rows in by_reviewer.items():
        label = labels[reviewer_id]
        spans = [shown_span(a.start_ms, a.end_ms) for a in rows]
        for a, span, lane in zip(rows, spans, lanes(spans), strict=True):
            suffix = f" {lane + 1}" if lane else ""
            parent = w.tier(f"{label} | observatie{suffix}", LT_OBSERVATION, a.reviewer_name)
            aid = w.aligned(parent, *span, a.observation)
            prev = None
            for theme_id in a.themes:
                prev = w.ref(
                    w.tier(f"{label} | thema{suffix}", LT_THEME, a.reviewer_name, parent),
                    aid,
                    theme_title(theme_id, a),
                    prev,
                )
            prev = None
            for tag in a.tags:
                prev = w.ref(
                    w.tier(f"{label} | labels{suffix}", LT_LABEL, a.reviewer_name, parent), aid, w.label(tag), prev
                )
            for lt, layer, attr in ANNOTATION_CHILDREN:
                if getattr(a, attr):
                    w.ref(
                        w.tier(f"{label} | {layer}{suffix}", lt, a.reviewer_name, parent),
                        aid,
                        getattr(a, attr),
                    )
            w.ref(
                w.tier(f"{label} | gegevens{suffix}", LT_DATA, a.reviewer_name, parent),
                aid,
                _annotation_data(a, span[1]),
            )
    _write_fragments(w, fragments)
    _write_reactions(w, reactions)
    _write_cues(w, cues)
    return w.to_bytes()


def _write_cues(w: _Writer, cues: Sequence[Cue]) -> None:
    """A time-aligned tier per speaker (more lanes when that speaker's cues overlap), in start order."""
    ordered = sorted(cues, key=lambda c: (c.start_ms, c.end_ms))
    by_speaker: dict[str, list[Cue]] = {}
    for c in ordered:
        by_speaker.setdefault(xml_text(c.speaker), []).append(c)
    for speaker, rows in by_speaker.items():
        spans = [(c.start_ms, max(c.end_ms, c.start_ms + 1)) for c in rows]
        names: dict[int, str] = {}
        data: dict[int, str] = {}
        base = f"{TRANSCRIPT_TIER} | {speaker}" if speaker else TRANSCRIPT_TIER
        for c, span, lane in zip(rows, spans, lanes(spans), strict=True):
            if lane not in names:
                tier_id = w.unique_tier(base + (f" {lane + 1}" if lane else ""))
                names[lane] = w.tier(tier_id, LT_TRANSCRIPT, speaker)
            aid = w.aligned(names[lane], *span, c.text)
            if span[1] != c.end_ms:  # a zero-length cue: ELAN cannot draw it, the true end is kept
                if lane not in data:
                    tier_id = w.unique_tier(f"{names[lane]} | gegevens")
                    data[lane] = w.tier(tier_id, LT_DATA, speaker, names[lane])
                w.ref(data[lane], aid, json.dumps({"eind_ms": c.end_ms}))


def theme_title(theme_id: str, a: AnnotationRecord) -> str:
    """The CV value of a theme: its title as exported with the annotation, else the id itself."""
    if theme_id in a.themes and len(a.theme_titles) == len(a.themes):
        return a.theme_titles[a.themes.index(theme_id)]
    return theme_id


def _write_fragments(w: _Writer, fragments: Sequence[FragmentRecord]) -> None:
    spans = [(f.start_ms, max(f.end_ms, f.start_ms + 1)) for f in fragments]
    for f, span, lane in zip(fragments, spans, lanes(spans), strict=True):
        tier = w.tier("fragmenten" + (f" {lane + 1}" if lane else ""), LT_FRAGMENT, "")
        w.aligned(tier, *span, f.title)


def _write_reactions(w: _Writer, reactions: Sequence[ReactionRecord]) -> None:
    labels = _people_labels({r.recorded_by_id: r.recorded_by_name or "onbekend" for r in reactions})
    groups: dict[int | None, list[ReactionRecord]] = {}
    for r in reactions:
        groups.setdefault(r.recorded_by_id, []).append(r)
    for person_id, rows in groups.items():
        label = labels[person_id]
        spans = [(r.fragment_start_ms, max(r.fragment_end_ms, r.fragment_start_ms + 1)) for r in rows]
        for r, span, lane in zip(rows, spans, lanes(spans), strict=True):
            suffix = f" {lane + 1}" if lane else ""
            person = r.recorded_by_name
            parent = w.tier(f"{label} | reactie cliënt{suffix}", LT_REACTION, person)
            aid = w.aligned(parent, *span, r.words)
            for lt, layer, attr in REACTION_CHILDREN:
                if getattr(r, attr):
                    w.ref(w.tier(f"{label} | {layer}{suffix}", lt, person, parent), aid, getattr(r, attr))
            data = {
                "vastgelegd_door_id": r.recorded_by_id,
                "vergelijking": r.comparison,
                "fragment": r.fragment_title,
                "fragment_eind_ms": r.fragment_end_ms,
            }
            w.ref(
                w.tier(f"{label} | gegevens reactie{suffix}", LT_DATA, person, parent),
                aid,
                json.dumps(data, ensure_ascii=False, sort_keys=True),
            )
