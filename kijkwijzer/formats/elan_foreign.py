"""Reading an .eaf made elsewhere in ELAN: which tiers become annotations, and where every other value goes.

- A tier named in the tier map (`TIER=REVIEWER_ID`) gives one annotation per ELAN annotation.
- Its time-alignable children (Time_Subdivision, Included_In) that are not mapped themselves import as
  annotations of their own, for the same reviewer.
- Its symbolic children (Symbolic_Association, Symbolic_Subdivision: a language, a part of speech, a code)
  add their value to the annotation they hang from, in the role chosen per child tier: `label` (a theme
  when the theme map or the workspace knows the value, else a label), `citaat` (the quote) or `observatie`
  (a theme when known, else a line of the observation). Default: `label` for a tier with a controlled
  vocabulary, `observatie` for free text.
- A value from a controlled vocabulary that maps to no theme is kept as a label: nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .elan_read import EafAnnotation, EafDocument, EafTier
from .records import ImportedAnnotation, ImportPlan

SYMBOLIC = ("Symbolic_Association", "Symbolic_Subdivision")
ROLE_LABEL, ROLE_QUOTE, ROLE_OBSERVATION = "label", "citaat", "observatie"
CHILD_ROLES = (ROLE_LABEL, ROLE_QUOTE, ROLE_OBSERVATION)

ThemeFor = Callable[[str, EafTier], "str | None"]


def is_symbolic(tier: EafTier) -> bool:
    return tier.parent is not None and tier.constraint in SYMBOLIC


def default_role(tier: EafTier) -> str:
    return ROLE_LABEL if tier.cv else ROLE_OBSERVATION


class ForeignTiers:
    """Who owns which tier under a tier map: annotation tiers with their reviewer, symbolic tiers with their host."""

    def __init__(self, doc: EafDocument, tier_map: Mapping[str, int]) -> None:
        self.doc = doc
        self.reviewer: dict[str, int] = {}  # annotation tier -> reviewer
        self.host: dict[str, str] = {}  # symbolic tier -> the annotation tier its values go to
        for tier in doc.tiers.values():
            if tier.id in tier_map:
                self.reviewer[tier.id] = tier_map[tier.id]
        for tier in doc.tiers.values():
            if tier.id in self.reviewer:
                continue
            if is_symbolic(tier):
                host = self._nearest(tier, lambda t: t.id in tier_map or not is_symbolic(t))
                if host is not None and (host.id in self.reviewer or self._owner(host) is not None):
                    self.host[tier.id] = host.id
            else:
                owner = self._owner(tier)
                if owner is not None:
                    self.reviewer[tier.id] = owner

    def _ancestors(self, tier: EafTier):
        seen, parent = {tier.id}, tier.parent
        while parent is not None and parent in self.doc.tiers and parent not in seen:
            seen.add(parent)
            yield self.doc.tiers[parent]
            parent = self.doc.tiers[parent].parent

    def _nearest(self, tier: EafTier, test: Callable[[EafTier], bool]) -> EafTier | None:
        return next((t for t in self._ancestors(tier) if test(t)), None)

    def _owner(self, tier: EafTier) -> int | None:
        """The reviewer of a time-alignable tier: its own mapping, else the nearest mapped ancestor's."""
        if tier.id in self.reviewer:
            return self.reviewer[tier.id]
        mapped = self._nearest(tier, lambda t: t.id in self.reviewer)
        if mapped is None:
            return None
        # only through time-alignable tiers: a symbolic tier in between cuts the line
        for t in self._ancestors(tier):
            if t.id == mapped.id:
                return self.reviewer[mapped.id]
            if is_symbolic(t):
                return None
        return None

    def skipped(self) -> tuple[str, ...]:
        return tuple(t for t in self.doc.tiers if t not in self.reviewer and t not in self.host)


def plan_foreign(
    doc: EafDocument,
    tier_map: Mapping[str, int],
    child_roles: Mapping[str, str],
    theme_for: ThemeFor,
) -> ImportPlan:
    tiers = ForeignTiers(doc, tier_map)
    extra = _symbolic_values(doc, tiers)
    annotations: list[ImportedAnnotation] = []
    for tier_id, reviewer in tiers.reviewer.items():
        tier = doc.tiers[tier_id]
        for ann in tier.annotations:
            themes: list[str] = []
            tags: list[str] = []
            texts: list[str] = []
            quotes: list[str] = []
            values = [(ann.value, tier, ROLE_LABEL if tier.cv else ROLE_OBSERVATION)]
            for value, source in extra.get(ann.id, []):
                values.append((value, source, child_roles.get(source.id) or default_role(source)))
            for value, source, role in values:
                if not value.strip():
                    continue
                if role == ROLE_QUOTE:
                    quotes.append(value)
                    continue
                theme = theme_for(value, source)
                if theme:
                    if theme not in themes:
                        themes.append(theme)
                elif role == ROLE_LABEL:
                    tags.append(" ".join(value.split()))
                else:
                    texts.append(value)
            end = ann.end_ms if ann.end_ms > ann.start_ms else None
            annotations.append(
                ImportedAnnotation(
                    reviewer,
                    ann.start_ms,
                    end,
                    themes=tuple(themes),
                    observation="\n".join(texts),
                    quote="\n".join(quotes),
                    tags=tuple(dict.fromkeys(tags)),
                )
            )
    return ImportPlan(tuple(annotations), skipped_tiers=tiers.skipped())


def _symbolic_values(doc: EafDocument, tiers: ForeignTiers) -> dict[str, list[tuple[str, EafTier]]]:
    """Values of symbolic tiers per annotation they (through other symbolic annotations) hang from."""
    by_id: dict[str, EafAnnotation] = {a.id: a for t in doc.tiers.values() for a in t.annotations}
    out: dict[str, list[tuple[str, EafTier]]] = {}
    for tier_id, host in tiers.host.items():
        tier = doc.tiers[tier_id]
        for ann in _in_order(tier.annotations):
            cur, seen = ann, set()
            while cur.tier != host and cur.parent is not None and cur.id not in seen and cur.parent in by_id:
                seen.add(cur.id)
                cur = by_id[cur.parent]
            if cur.tier == host:
                out.setdefault(cur.id, []).append((ann.value, tier))
    return out


def _in_order(items: list[EafAnnotation]) -> list[EafAnnotation]:
    """Symbolic subdivisions of one parent follow their PREVIOUS_ANNOTATION chain; others keep file order."""
    by_prev = {(a.parent, a.previous): a for a in items if a.previous is not None}
    if not by_prev:
        return items
    out: list[EafAnnotation] = []
    placed: set[str] = set()
    for a in items:
        if a.previous is not None or a.id in placed:
            continue
        cur: EafAnnotation | None = a
        while cur is not None and cur.id not in placed:
            out.append(cur)
            placed.add(cur.id)
            cur = by_prev.get((cur.parent, cur.id))
    out.extend(a for a in items if a.id not in placed)
    return out
