"""From a read .eaf to what it adds to a recording: annotations per reviewer, fragments, client reactions.

Two kinds of file:
- written by this workbench (elan.py): tiers are recognised by their linguistic types; reviewers are
  found by the tier map, else by the reviewer id and name stored in the file, else by a unique name;
- made elsewhere in ELAN: only tiers named in the tier map are read (`TIER=REVIEWER_ID`), with their
  children (elan_foreign.py). Values that the theme map (`VALUE=THEME_ID`) names, or that are a theme id
  or title, become themes; a vocabulary value without a theme is kept as a label, never guessed onto a
  theme and never dropped.
Our own files also bring back the labels (the `labels` tiers; older exports kept them in `gegevens`) and
the transcript cues (`kw-transcript` tiers, the speaker from PARTICIPANT).
Annotations that run past the recording's end are cut, skipped or refused as the user chooses
(`settle_overrun`), with counts (`count_overrun`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from kijkwijzer.errors import BadInput

from . import elan
from .cues import Cue
from .elan_foreign import CHILD_ROLES, plan_foreign
from .elan_read import EafAnnotation, EafDocument, EafTier
from .records import FragmentRecord, ImportedAnnotation, ImportPlan, ReactionRecord


@dataclass(frozen=True)
class Vocabulary:
    """What the workspace knows: reviewers (id -> name) and themes (id -> title)."""

    reviewers: Mapping[int, str]
    themes: Mapping[str, str]


def is_own_format(doc: EafDocument) -> bool:
    return elan.FORMAT_PROPERTY in doc.properties or any(
        t.linguistic_type == elan.LT_OBSERVATION for t in doc.tiers.values()
    )


def plan_import(
    doc: EafDocument,
    vocab: Vocabulary,
    tier_map: Mapping[str, int],
    theme_map: Mapping[str, str],
    child_roles: Mapping[str, str] | None = None,
) -> ImportPlan:
    """What the file adds; `child_roles` (symbolic tier -> label|citaat|observatie) only for foreign files."""
    for tier_key, reviewer_id in tier_map.items():
        if reviewer_id not in vocab.reviewers:
            raise BadInput(
                f"Laag {tier_key!r}: kijker {reviewer_id} bestaat niet.",
                f"Tier {tier_key!r}: reviewer {reviewer_id} does not exist.",
            )
    for value, theme_id in theme_map.items():
        if theme_id not in vocab.themes:
            raise BadInput(
                f"Thema-koppeling {value!r}: onbekend thema {theme_id}.",
                f"Theme mapping {value!r}: unknown theme {theme_id}.",
            )
    if is_own_format(doc):
        return _OwnFormat(doc, vocab, tier_map, theme_map).plan()
    if not tier_map:
        listing = "; ".join(f"{t.id} ({len(t.annotations)})" for t in doc.tiers.values()) or "geen"
        raise BadInput(
            f"Geef met --tier-map LAAG=KIJKER_ID aan welke lagen worden ingelezen. Lagen in het bestand: {listing}",
            f"Use --tier-map TIER=REVIEWER_ID to choose which tiers to import. Tiers in the file: {listing}",
        )
    for tier_key in tier_map:
        if tier_key not in doc.tiers:
            raise BadInput(
                f"Laag {tier_key!r} staat niet in het bestand.", f"Tier {tier_key!r} is not in the file."
            )
    for tier_key, role in (child_roles or {}).items():
        if role not in CHILD_ROLES:
            raise BadInput(
                f"Onderlaag {tier_key!r}: kies label, citaat of observatie, niet {role!r}.",
                f"Child tier {tier_key!r}: choose label, citaat (quote) or observatie, not {role!r}.",
            )
    common = _Common(doc, vocab, tier_map, theme_map)
    return plan_foreign(doc, tier_map, child_roles or {}, common.theme_for)


class _Common:
    def __init__(
        self, doc: EafDocument, vocab: Vocabulary, tier_map: Mapping[str, int], theme_map: Mapping[str, str]
    ) -> None:
        self.doc, self.vocab, self.tier_map, self.theme_map = doc, vocab, tier_map, theme_map
        self._titles = {title.casefold(): tid for tid, title in vocab.themes.items()}

    def theme_for(self, value: str, tier: EafTier) -> str | None:
        """The theme a value stands for, or None (the caller keeps it as a label or text)."""
        key = value.strip()
        if key in self.theme_map:
            return self.theme_map[key]
        if tier.cv and key in self.doc.cv_values.get(tier.cv, {}):
            entry = self.doc.cv_values[tier.cv][key]
            if entry in self.vocab.themes:
                return entry
        if key in self.vocab.themes:
            return key
        if key.casefold() in self._titles:
            return self._titles[key.casefold()]
        return None

    def mapped(self, tier: EafTier) -> int | None:
        for key in (tier.id, tier.participant):
            if key and key in self.tier_map:
                return self.tier_map[key]
        return None

    def children(self, tier: EafTier) -> list[EafTier]:
        return [t for t in self.doc.tiers.values() if t.parent == tier.id]


def _json(value: str) -> dict:
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return ()


def _with_unknown(labels: tuple[str, ...], unknown: list[str]) -> tuple[str, ...]:
    """The exported labels exactly as they were, then theme values this workspace does not know."""
    return labels + tuple(u for u in dict.fromkeys(unknown) if u not in labels)


def _by_parent(tiers: list[EafTier], lt: str) -> dict[str, list[EafAnnotation]]:
    out: dict[str, list[EafAnnotation]] = {}
    for tier in tiers:
        if tier.linguistic_type == lt:
            for ann in tier.annotations:
                if ann.parent is not None:
                    out.setdefault(ann.parent, []).append(ann)
    return out


def _subdivision_order(items: list[EafAnnotation]) -> list[EafAnnotation]:
    """Symbolic subdivisions in PREVIOUS_ANNOTATION order (file order when the chain is broken)."""
    by_prev = {a.previous: a for a in items}
    ordered, cur, seen = [], by_prev.get(None), set()
    while cur is not None and cur.id not in seen:
        ordered.append(cur)
        seen.add(cur.id)
        cur = by_prev.get(cur.id)
    return ordered if len(ordered) == len(items) else sorted(items, key=lambda a: a.id)


class _OwnFormat(_Common):
    def plan(self) -> ImportPlan:
        annotations: list[ImportedAnnotation] = []
        unresolved: list[str] = []
        for tier in self.doc.tiers.values():
            if tier.linguistic_type != elan.LT_OBSERVATION or tier.parent:
                continue
            kids = self.children(tier)
            data = {k: _json(v[0].value) for k, v in _by_parent(kids, elan.LT_DATA).items()}
            reviewer = self._reviewer(tier, data)
            if reviewer is None:
                unresolved.append(tier.id)
                continue
            themes = _by_parent(kids, elan.LT_THEME)
            labels = _by_parent(kids, elan.LT_LABEL)
            texts = {lt: _by_parent(kids, lt) for lt, _layer, _attr in elan.ANNOTATION_CHILDREN}
            theme_tiers = {t.id: t for t in kids}
            for ann in tier.annotations:
                meta = data.get(ann.id, {})
                theme_ids: list[str] = []
                unknown: list[str] = []  # a theme this workspace does not have stays as a label
                for child in _subdivision_order(themes.get(ann.id, [])):
                    theme = self.theme_for(child.value, theme_tiers[child.tier])
                    if theme and theme not in theme_ids:
                        theme_ids.append(theme)
                    elif not theme and child.value.strip():
                        unknown.append(" ".join(child.value.split()))
                fields = {
                    attr: (texts[lt].get(ann.id) or [EafAnnotation("", "", 0, 0, "")])[0].value
                    for lt, _layer, attr in elan.ANNOTATION_CHILDREN
                }
                annotations.append(
                    ImportedAnnotation(
                        reviewer_id=reviewer,
                        start_ms=ann.start_ms,
                        end_ms=self._end(ann, meta),
                        themes=tuple(theme_ids),
                        pillars=_strings(meta.get("pijlers")),
                        level=meta.get("niveau") if isinstance(meta.get("niveau"), str) else None,
                        observation=ann.value,
                        tags=_with_unknown(self._labels(labels.get(ann.id), meta), unknown),
                        still_name=meta.get("still") if isinstance(meta.get("still"), str) else None,
                        **fields,
                    )
                )
        if unresolved:
            raise BadInput(
                f"Bij deze lagen is niet duidelijk welke kijker het is: {', '.join(unresolved)}. "
                "Koppel ze met --tier-map LAAG=KIJKER_ID.",
                f"For these tiers it is unclear which reviewer they belong to: {', '.join(unresolved)}. "
                "Map them with --tier-map TIER=REVIEWER_ID.",
            )
        return ImportPlan(tuple(annotations), self._fragments(), self._reactions(), cues=self._cues())

    @staticmethod
    def _labels(items: list[EafAnnotation] | None, meta: dict) -> tuple[str, ...]:
        """The labels tier's values in order; files written before it existed keep them in `gegevens`."""
        if items:
            return tuple(a.value for a in _subdivision_order(items) if a.value)
        return _strings(meta.get("labels"))

    def _cues(self) -> tuple[Cue, ...]:
        out: list[Cue] = []
        for tier in self.doc.tiers.values():
            if tier.linguistic_type != elan.LT_TRANSCRIPT or tier.parent:
                continue
            data = {k: _json(v[0].value) for k, v in _by_parent(self.children(tier), elan.LT_DATA).items()}
            for ann in tier.annotations:
                end = data.get(ann.id, {}).get("eind_ms")
                if not (isinstance(end, int) and ann.start_ms <= end < ann.end_ms):
                    end = ann.end_ms
                out.append(Cue(ann.start_ms, end, ann.value, tier.participant))
        return tuple(sorted(out, key=lambda c: (c.start_ms, c.end_ms)))

    @staticmethod
    def _end(ann: EafAnnotation, meta: dict) -> int | None:
        if "getoond_eind_ms" in meta and meta.get("getoond_eind_ms") == ann.end_ms:
            end = meta.get("eind_ms")
            if end is None or (isinstance(end, int) and end >= ann.start_ms):
                return end
        return ann.end_ms

    def _reviewer(self, tier: EafTier, data: dict[str, dict], key: str = "kijker_id") -> int | None:
        mapped = self.mapped(tier)
        if mapped is not None:
            return mapped
        for meta in data.values():
            rid = meta.get(key)
            if isinstance(rid, int) and self.vocab.reviewers.get(rid) == (
                meta.get("kijker") or tier.participant
            ):
                return rid
        named = [rid for rid, name in self.vocab.reviewers.items() if name == tier.participant]
        return named[0] if len(named) == 1 else None

    def _fragments(self) -> tuple[FragmentRecord, ...]:
        return tuple(
            FragmentRecord(0, a.start_ms, a.end_ms, a.value)
            for t in self.doc.tiers.values()
            if t.linguistic_type == elan.LT_FRAGMENT and not t.parent
            for a in t.annotations
        )

    def _reactions(self) -> tuple[ReactionRecord, ...]:
        out: list[ReactionRecord] = []
        for tier in self.doc.tiers.values():
            if tier.linguistic_type != elan.LT_REACTION or tier.parent:
                continue
            kids = self.children(tier)
            data = {k: _json(v[0].value) for k, v in _by_parent(kids, elan.LT_DATA).items()}
            texts = {lt: _by_parent(kids, lt) for lt, _layer, _attr in elan.REACTION_CHILDREN}
            recorded_by = self._reviewer(
                tier,
                {
                    k: {"kijker_id": m.get("vastgelegd_door_id"), "kijker": tier.participant}
                    for k, m in data.items()
                },
            )
            for ann in tier.annotations:
                meta = data.get(ann.id, {})
                end = meta.get("fragment_eind_ms")
                if not (
                    isinstance(end, int) and ann.start_ms <= end and max(end, ann.start_ms + 1) == ann.end_ms
                ):
                    end = ann.end_ms
                comparison, fragment = meta.get("vergelijking"), meta.get("fragment")
                fields = {
                    attr: (texts[lt].get(ann.id) or [EafAnnotation("", "", 0, 0, "")])[0].value
                    for lt, _layer, attr in elan.REACTION_CHILDREN
                }
                out.append(
                    ReactionRecord(
                        ann.start_ms,
                        end,
                        words=ann.value,
                        comparison=comparison if isinstance(comparison, str) else None,
                        recorded_by_id=recorded_by,
                        recorded_by_name=tier.participant,
                        fragment_title=fragment if isinstance(fragment, str) else "",
                        **fields,
                    )
                )
        return tuple(out)


OVERRUN_CUT, OVERRUN_SKIP, OVERRUN_REFUSE = "afkappen", "overslaan", "weigeren"
OVERRUN_CHOICES = (OVERRUN_CUT, OVERRUN_SKIP, OVERRUN_REFUSE)


@dataclass(frozen=True)
class Overrun:
    """Annotations past the recording's end: `past_end` start inside and end after it (cutting keeps them),
    `after_end` start after it (nothing is left to keep: skipped when cutting too)."""

    past_end: int = 0
    after_end: int = 0
    first_ms: int | None = None  # the earliest start among them, to find it in the file

    @property
    def total(self) -> int:
        return self.past_end + self.after_end


def count_overrun(plan: ImportPlan, duration_ms: int | None) -> Overrun:
    if not duration_ms:
        return Overrun()
    past = after = 0
    first: int | None = None
    for a in plan.annotations:
        if a.start_ms > duration_ms or (a.start_ms == duration_ms and a.end_ms is not None):
            after += 1
        elif a.end_ms is not None and a.end_ms > duration_ms:
            past += 1
        else:
            continue
        first = a.start_ms if first is None else min(first, a.start_ms)
    return Overrun(past, after, first)


def settle_overrun(plan: ImportPlan, duration_ms: int | None, choice: str) -> ImportPlan:
    """The plan with annotations past the end cut, skipped, or refused (a BadInput with the counts)."""
    if choice not in OVERRUN_CHOICES:
        raise BadInput(
            f"Kies afkappen, overslaan of weigeren, niet {choice!r}.",
            f"Choose cut, skip or refuse, not {choice!r}.",
        )
    over = count_overrun(plan, duration_ms)
    if not over.total or not duration_ms:
        return plan
    if choice == OVERRUN_REFUSE:
        seconds = f"{duration_ms / 1000:.1f}".replace(".", ",")
        raise BadInput(
            f"{over.past_end} annotaties lopen door en {over.after_end} beginnen na het einde van de opname "
            f"({seconds} s); de eerste begint op {over.first_ms} ms. Kies afkappen of overslaan.",
            f"{over.past_end} annotations run on and {over.after_end} start after the recording's end "
            f"({duration_ms / 1000:.1f} s); the first starts at {over.first_ms} ms. Choose cut or skip.",
        )
    kept: list[ImportedAnnotation] = []
    for a in plan.annotations:
        after = a.start_ms > duration_ms or (a.start_ms == duration_ms and a.end_ms is not None)
        past = not after and a.end_ms is not None and a.end_ms > duration_ms
        if after or (past and choice == OVERRUN_SKIP):
            continue
        kept.append(replace(a, end_ms=duration_ms) if past else a)
    return replace(plan, annotations=tuple(kept))
