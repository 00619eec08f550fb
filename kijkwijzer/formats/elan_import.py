"""From a read .eaf to what it adds to a recording: annotations per reviewer, fragments, client reactions.

Two kinds of file:
- written by this workbench (elan.py): tiers are recognised by their linguistic types; reviewers are
  found by the tier map, else by the reviewer id and name stored in the file, else by a unique name;
- made elsewhere in ELAN: only tiers named in the tier map are read (`TIER=REVIEWER_ID`). Each of their
  annotations becomes one annotation of that reviewer. Values that the theme map (`VALUE=THEME_ID`)
  names, or that are a theme id or title, become themes; other free text becomes the observation
  (child tiers' text on the next lines). A value from a controlled vocabulary that maps to no theme is
  refused with the list of such values, so nothing is guessed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from kijkwijzer.errors import BadInput

from . import elan
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
    doc: EafDocument, vocab: Vocabulary, tier_map: Mapping[str, int], theme_map: Mapping[str, str]
) -> ImportPlan:
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
    reader = (
        _OwnFormat(doc, vocab, tier_map, theme_map)
        if is_own_format(doc)
        else _Foreign(doc, vocab, tier_map, theme_map)
    )
    return reader.plan()


class _Common:
    def __init__(
        self, doc: EafDocument, vocab: Vocabulary, tier_map: Mapping[str, int], theme_map: Mapping[str, str]
    ) -> None:
        self.doc, self.vocab, self.tier_map, self.theme_map = doc, vocab, tier_map, theme_map
        self._titles = {title.casefold(): tid for tid, title in vocab.themes.items()}
        self.unmapped_values: set[str] = set()

    def theme_for(self, value: str, tier: EafTier) -> str | None:
        """The theme a value stands for, or None for free text (a CV value without theme is remembered)."""
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
        if tier.cv:
            self.unmapped_values.add(key)
        return None

    def refuse_unmapped(self) -> None:
        if self.unmapped_values:
            names = ", ".join(sorted(self.unmapped_values)[:12])
            raise BadInput(
                f"Deze waarden uit een gecontroleerde woordenlijst horen bij geen thema: {names}. "
                "Koppel ze met --theme-map WAARDE=thema-id.",
                f"These controlled-vocabulary values match no theme: {names}. Map them with --theme-map VALUE=theme-id.",
            )

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
            texts = {lt: _by_parent(kids, lt) for lt, _layer, _attr in elan.ANNOTATION_CHILDREN}
            theme_tiers = {t.id: t for t in kids}
            for ann in tier.annotations:
                meta = data.get(ann.id, {})
                theme_ids = []
                for child in _subdivision_order(themes.get(ann.id, [])):
                    theme = self.theme_for(child.value, theme_tiers[child.tier])
                    if theme and theme not in theme_ids:
                        theme_ids.append(theme)
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
                        tags=_strings(meta.get("labels")),
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
        self.refuse_unmapped()
        return ImportPlan(tuple(annotations), self._fragments(), self._reactions())

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


class _Foreign(_Common):
    def plan(self) -> ImportPlan:
        candidates = [(t, self.mapped_by_id(t)) for t in self.doc.tiers.values()]
        chosen = [(t, rid) for t, rid in candidates if rid is not None]
        if not chosen:
            listing = "; ".join(f"{t.id} ({len(t.annotations)})" for t in self.doc.tiers.values()) or "geen"
            raise BadInput(
                f"Geef met --tier-map LAAG=KIJKER_ID aan welke lagen worden ingelezen. Lagen in het bestand: {listing}",
                f"Use --tier-map TIER=REVIEWER_ID to choose which tiers to import. Tiers in the file: {listing}",
            )
        mapped_ids = {t.id for t, _ in chosen}
        annotations: list[ImportedAnnotation] = []
        for tier, reviewer in chosen:
            below = [t for t in self.doc.descendants(tier.id) if t.id not in mapped_ids]
            extra = self._descendant_values(tier, below)
            for ann in tier.annotations:
                themes: list[str] = []
                texts: list[str] = []
                for value, source in [(ann.value, tier), *extra.get(ann.id, [])]:
                    theme = self.theme_for(value, source) if value.strip() else None
                    if theme:
                        if theme not in themes:
                            themes.append(theme)
                    elif value.strip() and not source.cv:
                        texts.append(value)
                end = ann.end_ms if ann.end_ms > ann.start_ms else None
                annotations.append(
                    ImportedAnnotation(
                        reviewer, ann.start_ms, end, themes=tuple(themes), observation="\n".join(texts)
                    )
                )
        self.refuse_unmapped()
        skipped = tuple(
            t.id
            for t in self.doc.tiers.values()
            if t.id not in mapped_ids and not any(t in self.doc.descendants(m) for m in mapped_ids)
        )
        return ImportPlan(tuple(annotations), skipped_tiers=skipped)

    def mapped_by_id(self, tier: EafTier) -> int | None:
        return self.tier_map.get(tier.id)

    def _descendant_values(self, tier: EafTier, below: list[EafTier]) -> dict[str, list[tuple[str, EafTier]]]:
        """Values of child tiers per annotation of `tier`: by reference chain, else by time containment."""
        by_id = {a.id: a for t in [tier, *below] for a in t.annotations}
        own = {a.id for a in tier.annotations}
        out: dict[str, list[tuple[str, EafTier]]] = {}
        for child in below:
            for ann in child.annotations:
                target = self._owner(ann, by_id, own, tier)
                if target is not None:
                    out.setdefault(target, []).append((ann.value, child))
        return out

    @staticmethod
    def _owner(
        ann: EafAnnotation, by_id: dict[str, EafAnnotation], own: set[str], tier: EafTier
    ) -> str | None:
        cur, seen = ann, set()
        while cur.parent is not None and cur.id not in seen:
            seen.add(cur.id)
            if cur.parent in own:
                return cur.parent
            if cur.parent not in by_id:
                break
            cur = by_id[cur.parent]
        for parent in tier.annotations:
            if parent.start_ms <= ann.start_ms and ann.end_ms <= parent.end_ms:
                return parent.id
        return None
