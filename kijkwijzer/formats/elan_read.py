"""Reading any .eaf (ELAN 2.7-3.0) with pympi-ling into plain tiers with resolved millisecond times.

ELAN leaves time slots of subdivided annotations without a value; they are placed evenly between the
aligned slots around them along the tier (as ELAN draws them), else by their place in TIME_ORDER.
Reference annotations take the times of the aligned annotation they hang from. Whatever is malformed
(truncated XML, entity tricks, dangling references, negative or absurd times, cycles) is a BadInput.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from pympi.Elan import Eaf

from kijkwijzer.errors import BadInput

from .cues import MAX_MS
from .textfile import read_bytes

MAX_EAF_BYTES = 50 * 1024 * 1024
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass
class EafAnnotation:
    id: str
    tier: str
    start_ms: int
    end_ms: int
    value: str
    parent: str | None = None  # the referenced annotation of a REF_ANNOTATION
    previous: str | None = None


@dataclass
class EafTier:
    id: str
    parent: str | None
    participant: str
    annotator: str
    linguistic_type: str
    constraint: str | None
    cv: str | None
    annotations: list[EafAnnotation] = field(default_factory=list)


@dataclass
class EafDocument:
    name: str
    tiers: dict[str, EafTier]
    cv_values: dict[str, dict[str, str]]  # cv id -> value (any language) -> entry id
    properties: dict[str, str]

    def descendants(self, tier_id: str) -> list[EafTier]:
        out: list[EafTier] = []
        for tier in self.tiers.values():
            seen: set[str] = set()
            parent = tier.parent
            while parent and parent not in seen:
                if parent == tier_id:
                    out.append(tier)
                    break
                seen.add(parent)
                parent = self.tiers[parent].parent if parent in self.tiers else None
        return out


def _bad(name: str, nl: str, en: str) -> BadInput:
    return BadInput(f"{name}: {nl}", f"{name}: {en}")


def read_eaf(path: Path) -> EafDocument:
    path = Path(path)
    data = read_bytes(path, "ELAN-bestand", MAX_EAF_BYTES)
    if _ENTITY_DECL.search(data[:65536]):
        raise _bad(
            path.name,
            "bevat XML-entiteitsdefinities; die worden niet gelezen.",
            "contains XML entity declarations; these are not read.",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            eaf = Eaf(str(path), suppress_version_warning=True)
    except (
        Exception
    ) as error:  # pympi reports a damaged file as any of Exception/KeyError/IndexError/ValueError
        raise _bad(
            path.name,
            "geen geldig ELAN-bestand (afgebroken of beschadigde XML?).",
            "not a valid ELAN file (truncated or damaged XML?).",
        ) from error
    try:
        return _normalise(eaf, path.name)
    except BadInput:
        raise
    except (KeyError, IndexError, ValueError, TypeError, AttributeError, RecursionError) as error:
        raise _bad(
            path.name,
            f"onvolledige ELAN-structuur ({type(error).__name__}: {str(error)[:80]}).",
            f"incomplete ELAN structure ({type(error).__name__}: {str(error)[:80]}).",
        ) from error


def _slot_times(eaf: Eaf, name: str) -> dict[str, int | None]:
    slots: dict[str, int | None] = {}
    for slot_id, value in eaf.timeslots.items():
        if value is not None and not 0 <= int(value) <= MAX_MS:
            raise _bad(
                name,
                f"tijdstip {slot_id} heeft een ongeldige waarde ({value}).",
                f"time slot {slot_id} has an invalid value ({value}).",
            )
        slots[slot_id] = None if value is None else int(value)
    return slots


def _interpolate(chain: list[str], known: dict[str, int | None], out: dict[str, int]) -> None:
    """Fill the unaligned slots strictly between two aligned ends of a chain evenly."""
    first, last = chain[0], chain[-1]
    a = out.get(first, known.get(first))
    b = out.get(last, known.get(last))
    if a is None or b is None:
        return
    steps = len(chain) - 1
    for k, slot in enumerate(chain[1:-1], start=1):
        out.setdefault(slot, a + (b - a) * k // steps)


def _resolve_slots(eaf: Eaf, known: dict[str, int | None]) -> dict[str, int]:
    resolved: dict[str, int] = {s: v for s, v in known.items() if v is not None}
    for aligned, _ref, _attrs, _n in eaf.tiers.values():
        following = {start: end for start, end, _v, _s in aligned.values()}
        for start, first_end in following.items():
            if known.get(start) is None:
                continue
            chain, seen = [start], {start}
            cur = first_end
            while known.get(cur) is None and cur in following and cur not in seen:
                chain.append(cur)
                seen.add(cur)
                cur = following[cur]
            chain.append(cur)
            if len(chain) > 2:
                _interpolate(chain, known, resolved)
    order = list(known)  # document order of TIME_ORDER: ELAN keeps it chronological
    next_known: list[int | None] = [None] * len(order)
    upcoming: int | None = None
    for i in range(len(order) - 1, -1, -1):
        next_known[i] = upcoming
        if order[i] in resolved:
            upcoming = i
    before: int | None = None
    for i, slot in enumerate(order):
        if slot not in resolved:
            after_i = next_known[i]
            if before is not None and after_i is not None:
                resolved[slot] = before + (resolved[order[after_i]] - before) // (after_i - i + 1)
            elif before is not None:
                resolved[slot] = before
            elif after_i is not None:
                resolved[slot] = resolved[order[after_i]]
        before = resolved.get(slot, before)
    return resolved


def _normalise(eaf: Eaf, name: str) -> EafDocument:
    slots = _resolve_slots(eaf, _slot_times(eaf, name))
    types = eaf.linguistic_types
    tiers: dict[str, EafTier] = {}
    aligned_of: dict[str, EafAnnotation] = {}
    refs: list[EafAnnotation] = []
    for tier_id, (aligned, ref, attrs, _n) in sorted(eaf.tiers.items(), key=lambda kv: kv[1][3]):
        lt = attrs.get("LINGUISTIC_TYPE_REF", "")
        lt_attrs = types.get(lt, {})
        tier = EafTier(
            tier_id,
            attrs.get("PARENT_REF"),
            attrs.get("PARTICIPANT") or "",
            attrs.get("ANNOTATOR") or "",
            lt,
            lt_attrs.get("CONSTRAINTS"),
            lt_attrs.get("CONTROLLED_VOCABULARY_REF"),
        )
        tiers[tier_id] = tier
        for aid, (start_slot, end_slot, value, _svg) in aligned.items():
            if start_slot not in slots or end_slot not in slots:
                raise _bad(
                    name,
                    f"annotatie {aid} verwijst naar een onbekend of onbepaald tijdstip.",
                    f"annotation {aid} refers to an unknown or unresolvable time slot.",
                )
            start, end = slots[start_slot], slots[end_slot]
            if end < start:
                raise _bad(
                    name,
                    f"annotatie {aid} in laag {tier_id!r} eindigt vóór haar begin.",
                    f"annotation {aid} on tier {tier_id!r} ends before it starts.",
                )
            ann = EafAnnotation(aid, tier_id, start, end, value or "")
            tier.annotations.append(ann)
            aligned_of[aid] = ann
        for aid, (parent_aid, value, previous, _svg) in ref.items():
            ann = EafAnnotation(aid, tier_id, 0, 0, value or "", parent_aid, previous)
            tier.annotations.append(ann)
            refs.append(ann)
    by_id = {**aligned_of, **{r.id: r for r in refs}}
    for ann in refs:
        root, seen = ann, set()
        while root.parent is not None:
            if root.id in seen or root.parent not in by_id:
                raise _bad(
                    name,
                    f"referentie-annotatie {ann.id} verwijst nergens heen (of in een kring).",
                    f"reference annotation {ann.id} refers to nothing (or in a cycle).",
                )
            seen.add(root.id)
            root = by_id[root.parent]
        ann.start_ms, ann.end_ms = root.start_ms, root.end_ms
    for tier in tiers.values():
        tier.annotations.sort(key=lambda a: (a.start_ms, a.end_ms, a.id))
    return EafDocument(name, tiers, _cv_values(eaf), {str(k): str(v) for k, v in eaf.properties})


def _cv_values(eaf: Eaf) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for cv_id, (_descriptions, entries, _ext) in eaf.controlled_vocabularies.items():
        values: dict[str, str] = {}
        for cve_id, (langs, _ext_ref) in entries.items():
            for value, _lang, _description in langs:
                if value:
                    values[value] = cve_id
        out[cv_id] = values
    return out
