"""Structural checks run on every load: ids, references, keys and colours, provenance and seed references.

The check that quoted text really stands in the seed lines is in seedtext.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import MISSING, fields
from pathlib import Path

from kijkwijzer.content import model as m
from kijkwijzer.content.catalog import Content
from kijkwijzer.content.seedtext import SEED_REF, seed_lines
from kijkwijzer.errors import ContentError

ID_RE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
HEX_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
KEY_RE = re.compile(r"^[0-9A-Z]$")
PREFIX: dict[type, str] = {
    m.Theme: "thema.",
    m.Level: "niveau.",
    m.Waterline: "waterlijn.",
    m.SlimList: "slim.lijst.",
    m.SlimItem: "slim.",
    m.SlimRow: "slim.rij.",
    m.SlimDimension: "slim.dimensie.",
    m.SlimValue: "slim.",
    m.Verdict: "slim.oordeel.",
    m.SlimApproach: "slim.benadering.",
    m.Step: "stap.",
    m.Pillar: "pijler.",
    m.Statement: "stelling.",
    m.ScaleLabel: "schaal.",
    m.Recommendation: "aanbeveling.",
    m.Tip: "tip.",
    m.PlanQuestion: "plan.",
    m.FeedbackQuestion: "feedback.",
    m.RatingScale: "feedback.",
    m.InterviewQuestion: "interview.",
    m.Factor: "factor.",
    m.Passage: "",
}
THEME_GROUPS = ("algemeen", "specifiek")
LEVEL_SCALES = ("uitgebreid", "kort")


def _fail(content: Content, item_id: str, nl: str, en: str) -> ContentError:
    where = f"{content.sources.get(item_id, '?')}: {item_id}"
    return ContentError(f"{where}: {nl}", f"{where}: {en}")


def validate(content: Content, seeds: Path | None = None) -> None:
    """Raise ContentError (naming file and item) on the first structural problem."""
    items = content.all_items()
    dupes = [i for i, n in Counter(item.id for item in items).items() if n > 1]
    if dupes:
        raise _fail(content, dupes[0], "id komt dubbel voor", "duplicate id")
    for item in items:
        _check_item(content, item, seeds)
    _check_themes(content)
    _check_levels(content)
    _check_slim(content)
    _check_assessment(content)
    if len(content.rating_scales) != 1:
        raise ContentError(
            "feedback.toml: precies één [[rating_scale]] nodig",
            "feedback.toml: exactly one [[rating_scale]] is required",
        )
    rs = content.rating_scale
    if rs.minimum >= rs.maximum:
        raise _fail(content, rs.id, "minimum moet kleiner zijn dan maximum", "minimum must be below maximum")


def _check_item(content: Content, item: m.Item, seeds: Path | None) -> None:
    if not ID_RE.match(item.id) or not item.id.startswith(PREFIX[type(item)]):
        raise _fail(
            content,
            item.id,
            f"ongeldige id (verwacht prefix '{PREFIX[type(item)]}')",
            f"invalid id (expected prefix '{PREFIX[type(item)]}')",
        )
    names = m.field_names(type(item))
    for f in fields(item):
        value = getattr(item, f.name)
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            if isinstance(text, str) and (text != text.strip() or "  " in text):
                raise _fail(
                    content,
                    item.id,
                    f"'{f.name}' heeft overtollige spaties",
                    f"'{f.name}' has stray whitespace",
                )
    for f in fields(item):
        required = f.default is MISSING and f.default_factory is MISSING
        if f.type == "str" and required and not getattr(item, f.name):
            raise _fail(
                content, item.id, f"verplicht veld '{f.name}' is leeg", f"required field '{f.name}' is empty"
            )
    for name in (*item.product_fields, *item.reconstructed_fields):
        if name not in names or name in {f.name for f in fields(m.Item)}:
            raise _fail(
                content,
                item.id,
                f"onbekend veld '{name}' in product/reconstructed_fields",
                f"unknown field '{name}' in product/reconstructed_fields",
            )
    if item.product:
        if not item.product_note:
            raise _fail(
                content,
                item.id,
                "product = true vraagt een product_note",
                "product = true needs a product_note",
            )
    elif not item.seed:
        raise _fail(content, item.id, "bronverwijzing (seed) ontbreekt", "seed reference is missing")
    if item.product_fields and not item.product_note:
        raise _fail(
            content, item.id, "product_fields vraagt een product_note", "product_fields needs a product_note"
        )
    if item.reconstructed != bool(item.reconstructed_fields) or (
        item.reconstructed and not item.reconstruction_note
    ):
        raise _fail(
            content,
            item.id,
            "reconstructed vraagt reconstructed_fields en een reconstruction_note",
            "reconstructed needs reconstructed_fields and a reconstruction_note",
        )
    for ref in item.seed:
        _check_ref(content, item.id, ref, seeds)
    for f in fields(item):
        if not (f.name == "links" or f.name.endswith("link")):
            continue
        value = getattr(item, f.name)
        for link in value if isinstance(value, tuple) else (value,) if value else ():
            if not link.startswith(("http://", "https://")) or " " in link:
                raise _fail(content, item.id, f"ongeldige link {link!r}", f"invalid link {link!r}")


def _check_ref(content: Content, item_id: str, ref: str, seeds: Path | None) -> None:
    match = SEED_REF.match(ref)
    if not match:
        raise _fail(
            content,
            item_id,
            f"bronverwijzing {ref!r} heeft niet de vorm NNN_hash.txt:regel[-regel]",
            f"seed reference {ref!r} is not of the form NNN_hash.txt:line[-line]",
        )
    start = int(match["start"])
    end = int(match["end"] or start)
    if start < 1 or end < start:
        raise _fail(
            content,
            item_id,
            f"bronverwijzing {ref!r}: ongeldig regelbereik",
            f"seed reference {ref!r}: invalid line range",
        )
    if seeds is not None:
        path = seeds / match["file"]
        if not path.is_file():
            raise _fail(
                content,
                item_id,
                f"bronbestand {match['file']} bestaat niet in {seeds}",
                f"seed file {match['file']} does not exist in {seeds}",
            )
        if end > len(seed_lines(path)):
            raise _fail(
                content,
                item_id,
                f"bronverwijzing {ref!r} valt buiten het bestand",
                f"seed reference {ref!r} is past the end of the file",
            )


def _check_themes(content: Content) -> None:
    keys: dict[str, str] = {}
    colors: dict[str, str] = {}
    for t in content.themes:
        if t.group not in THEME_GROUPS:
            raise _fail(content, t.id, f"onbekende groep {t.group!r}", f"unknown group {t.group!r}")
        key = t.default_key.upper()
        if not KEY_RE.match(t.default_key) or key in m.PLAYER_KEYS:
            raise _fail(
                content,
                t.id,
                f"toets {t.default_key!r} is ongeldig of van de speler",
                f"key {t.default_key!r} is invalid or taken by the player",
            )
        if key in keys:
            raise _fail(
                content,
                t.id,
                f"toets {key} ook gebruikt door {keys[key]}",
                f"key {key} also used by {keys[key]}",
            )
        keys[key] = t.id
        if not HEX_RE.match(t.color) or t.color.upper() in colors:
            raise _fail(
                content,
                t.id,
                f"kleur {t.color!r} ongeldig of dubbel",
                f"colour {t.color!r} invalid or duplicate",
            )
        colors[t.color.upper()] = t.id
        numbers = [int(n) for n in re.findall(r"\d+", t.cases_text)]
        if numbers != list(t.cases) or ("alle" in t.cases_text.lower()) != t.cases_all:
            raise _fail(
                content,
                t.id,
                "cases komt niet overeen met cases_text",
                "cases does not agree with cases_text",
            )
        if (t.cases or t.cases_all) and not t.cases_text:
            raise _fail(content, t.id, "cases zonder cases_text", "cases without cases_text")


def _check_levels(content: Content) -> None:
    for lv in content.levels:
        if lv.scale not in LEVEL_SCALES:
            raise _fail(content, lv.id, f"onbekende schaal {lv.scale!r}", f"unknown scale {lv.scale!r}")
        if lv.short_form:
            target = content.item(lv.short_form) if content.has(lv.short_form) else None
            if not isinstance(target, m.Level) or target.scale != "kort":
                raise _fail(
                    content,
                    lv.id,
                    f"short_form {lv.short_form!r} verwijst niet naar een kort niveau",
                    f"short_form {lv.short_form!r} does not refer to a short-form level",
                )


def _check_slim(content: Content) -> None:
    list_ids = {sl.id for sl in content.slim_lists}
    rows_per_list: dict[str, list[int]] = {lid: [] for lid in list_ids}
    for it in content.slim_items:
        if it.list not in list_ids:
            raise _fail(content, it.id, f"lijst {it.list!r} bestaat niet", f"list {it.list!r} does not exist")
        rows_per_list[it.list].append(it.row)
    expected: list[int] | None = None
    for lid, rows in sorted(rows_per_list.items()):
        if sorted(rows) != list(range(1, len(rows) + 1)) or (
            expected is not None and sorted(rows) != expected
        ):
            raise _fail(
                content,
                lid,
                "rijen moeten 1..n zijn, in elke lijst dezelfde",
                "rows must be 1..n, the same in every list",
            )
        expected = sorted(rows)
    for row in content.slim_rows:
        if expected is None or row.row not in expected:
            raise _fail(content, row.id, f"rij {row.row} bestaat niet", f"row {row.row} does not exist")


def _check_assessment(content: Content) -> None:
    pillar_ids = {p.id for p in content.pillars}
    for kind in (content.statements, content.recommendations, content.tips, content.factors):
        seen: set[tuple[str, int]] = set()
        for it in kind:
            if it.pillar not in pillar_ids:
                raise _fail(
                    content,
                    it.id,
                    f"pijler {it.pillar!r} bestaat niet",
                    f"pillar {it.pillar!r} does not exist",
                )
            if (it.pillar, it.number) in seen:
                raise _fail(
                    content,
                    it.id,
                    f"nummer {it.number} dubbel binnen {it.pillar}",
                    f"number {it.number} repeated within {it.pillar}",
                )
            seen.add((it.pillar, it.number))
    for numbered in (content.steps, content.pillars, content.plan_questions, content.interview_questions):
        numbers = [it.number for it in numbered]
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            raise _fail(
                content,
                numbered[0].id if numbered else "?",
                "nummers moeten 1..n zijn",
                "numbers must be 1..n",
            )
    values = [s.value for s in content.scale]
    if values != list(range(1, len(values) + 1)):
        raise ContentError(
            "assessment.toml: schaalwaarden moeten 1..n zijn, oplopend",
            "assessment.toml: scale values must be 1..n, ascending",
        )
    colors: set[str] = set()
    for s in content.scale:
        if not HEX_RE.match(s.color) or s.color.upper() in colors:
            raise _fail(
                content,
                s.id,
                f"kleur {s.color!r} ongeldig of dubbel",
                f"colour {s.color!r} invalid or duplicate",
            )
        colors.add(s.color.upper())
