"""Checks on loaded content: ids, references, keys and colours, seed references and seed text.

`validate` runs on every load. `check_seed_text` (run by the tests when the seeds are present) proves
that every quoted text really stands in the seed lines its item points at.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import fields
from pathlib import Path

from kijkwijzer.content import model as m
from kijkwijzer.errors import ContentError

SEED_REF = re.compile(r"^(?P<file>\d{3}_[0-9a-f]{16}\.txt):(?P<start>\d+)(?:-(?P<end>\d+))?$")
ID_RE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
HEX_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
KEY_RE = re.compile(r"^[0-9A-Z]$")
PREFIX: dict[type, str] = {
    m.Theme: "thema.", m.Level: "niveau.", m.Waterline: "waterlijn.", m.SlimList: "slim.lijst.",
    m.SlimItem: "slim.", m.SlimRow: "slim.rij.", m.SlimDimension: "slim.dimensie.", m.SlimValue: "slim.",
    m.Verdict: "slim.oordeel.", m.Step: "stap.", m.Pillar: "pijler.", m.Statement: "stelling.",
    m.ScaleLabel: "schaal.", m.Recommendation: "aanbeveling.", m.Tip: "tip.", m.PlanQuestion: "plan.",
    m.FeedbackQuestion: "feedback.", m.RatingScale: "feedback.", m.InterviewQuestion: "interview.",
    m.Factor: "factor.", m.Passage: "",
}
THEME_GROUPS = ("algemeen", "specifiek")
LEVEL_SCALES = ("uitgebreid", "kort")


def _fail(content: m.Content, item_id: str, nl: str, en: str) -> ContentError:
    where = f"{content.sources.get(item_id, '?')}: {item_id}"
    return ContentError(f"{where}: {nl}", f"{where}: {en}")


def validate(content: m.Content, seeds: Path | None = None) -> None:
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
        raise ContentError("feedback.toml: precies één [[rating_scale]] nodig",
                           "feedback.toml: exactly one [[rating_scale]] is required")
    rs = content.rating_scale
    if rs.minimum >= rs.maximum:
        raise _fail(content, rs.id, "minimum moet kleiner zijn dan maximum", "minimum must be below maximum")


def _check_item(content: m.Content, item: m.Item, seeds: Path | None) -> None:
    if not ID_RE.match(item.id) or not item.id.startswith(PREFIX[type(item)]):
        raise _fail(content, item.id, f"ongeldige id (verwacht prefix '{PREFIX[type(item)]}')",
                    f"invalid id (expected prefix '{PREFIX[type(item)]}')")
    names = m.field_names(type(item))
    for f in fields(item):
        value = getattr(item, f.name)
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            if isinstance(text, str) and (text != text.strip() or "  " in text):
                raise _fail(content, item.id, f"'{f.name}' heeft overtollige spaties",
                            f"'{f.name}' has stray whitespace")
        if f.type == "str" and f.default is not None and f.default == "" and False:
            pass  # optional text fields may be empty
    for f in fields(item):
        if f.type == "str" and f.default is f.default_factory and not getattr(item, f.name):
            raise _fail(content, item.id, f"verplicht veld '{f.name}' is leeg", f"required field '{f.name}' is empty")
    for name in (*item.product_fields, *item.reconstructed_fields):
        if name not in names or name in {f.name for f in fields(m.Item)}:
            raise _fail(content, item.id, f"onbekend veld '{name}' in product/reconstructed_fields",
                        f"unknown field '{name}' in product/reconstructed_fields")
    if item.product:
        if not item.product_note:
            raise _fail(content, item.id, "product = true vraagt een product_note",
                        "product = true needs a product_note")
    elif not item.seed:
        raise _fail(content, item.id, "bronverwijzing (seed) ontbreekt", "seed reference is missing")
    if item.product_fields and not item.product_note:
        raise _fail(content, item.id, "product_fields vraagt een product_note", "product_fields needs a product_note")
    if item.reconstructed != bool(item.reconstructed_fields) or (item.reconstructed and not item.reconstruction_note):
        raise _fail(content, item.id, "reconstructed vraagt reconstructed_fields en een reconstruction_note",
                    "reconstructed needs reconstructed_fields and a reconstruction_note")
    for ref in item.seed:
        _check_ref(content, item.id, ref, seeds)
    for name in ("links",):
        for link in getattr(item, name, ()):
            if not link.startswith(("http://", "https://")):
                raise _fail(content, item.id, f"ongeldige link {link!r}", f"invalid link {link!r}")


def _check_ref(content: m.Content, item_id: str, ref: str, seeds: Path | None) -> None:
    match = SEED_REF.match(ref)
    if not match:
        raise _fail(content, item_id, f"bronverwijzing {ref!r} heeft niet de vorm NNN_hash.txt:regel[-regel]",
                    f"seed reference {ref!r} is not of the form NNN_hash.txt:line[-line]")
    start = int(match["start"])
    end = int(match["end"] or start)
    if start < 1 or end < start:
        raise _fail(content, item_id, f"bronverwijzing {ref!r}: ongeldig regelbereik",
                    f"seed reference {ref!r}: invalid line range")
    if seeds is not None:
        path = seeds / match["file"]
        if not path.is_file():
            raise _fail(content, item_id, f"bronbestand {match['file']} bestaat niet in {seeds}",
                        f"seed file {match['file']} does not exist in {seeds}")
        if end > len(_seed_lines(path)):
            raise _fail(content, item_id, f"bronverwijzing {ref!r} valt buiten het bestand",
                        f"seed reference {ref!r} is past the end of the file")


def _check_themes(content: m.Content) -> None:
    keys: dict[str, str] = {}
    colors: dict[str, str] = {}
    for t in content.themes:
        if t.group not in THEME_GROUPS:
            raise _fail(content, t.id, f"onbekende groep {t.group!r}", f"unknown group {t.group!r}")
        key = t.default_key.upper()
        if not KEY_RE.match(t.default_key) or key in m.PLAYER_KEYS:
            raise _fail(content, t.id, f"toets {t.default_key!r} is ongeldig of van de speler",
                        f"key {t.default_key!r} is invalid or taken by the player")
        if key in keys:
            raise _fail(content, t.id, f"toets {key} ook gebruikt door {keys[key]}", f"key {key} also used by {keys[key]}")
        keys[key] = t.id
        if not HEX_RE.match(t.color) or t.color.upper() in colors:
            raise _fail(content, t.id, f"kleur {t.color!r} ongeldig of dubbel", f"colour {t.color!r} invalid or duplicate")
        colors[t.color.upper()] = t.id
        numbers = [int(n) for n in re.findall(r"\d+", t.cases_text)]
        if numbers != list(t.cases) or ("alle" in t.cases_text.lower()) != t.cases_all:
            raise _fail(content, t.id, "cases komt niet overeen met cases_text",
                        "cases does not agree with cases_text")
        if (t.cases or t.cases_all) and not t.cases_text:
            raise _fail(content, t.id, "cases zonder cases_text", "cases without cases_text")


def _check_levels(content: m.Content) -> None:
    for lv in content.levels:
        if lv.scale not in LEVEL_SCALES:
            raise _fail(content, lv.id, f"onbekende schaal {lv.scale!r}", f"unknown scale {lv.scale!r}")
        if lv.short_form:
            target = content._index.get(lv.short_form)
            if not isinstance(target, m.Level) or target.scale != "kort":
                raise _fail(content, lv.id, f"short_form {lv.short_form!r} verwijst niet naar een kort niveau",
                            f"short_form {lv.short_form!r} does not refer to a short-form level")


def _check_slim(content: m.Content) -> None:
    list_ids = {sl.id for sl in content.slim_lists}
    rows_per_list: dict[str, list[int]] = {lid: [] for lid in list_ids}
    for it in content.slim_items:
        if it.list not in list_ids:
            raise _fail(content, it.id, f"lijst {it.list!r} bestaat niet", f"list {it.list!r} does not exist")
        rows_per_list[it.list].append(it.row)
    expected: list[int] | None = None
    for lid, rows in sorted(rows_per_list.items()):
        if sorted(rows) != list(range(1, len(rows) + 1)) or (expected is not None and sorted(rows) != expected):
            raise _fail(content, lid, "rijen moeten 1..n zijn, in elke lijst dezelfde",
                        "rows must be 1..n, the same in every list")
        expected = sorted(rows)
    for row in content.slim_rows:
        if expected is None or row.row not in expected:
            raise _fail(content, row.id, f"rij {row.row} bestaat niet", f"row {row.row} does not exist")


def _check_assessment(content: m.Content) -> None:
    pillar_ids = {p.id for p in content.pillars}
    for kind in (content.statements, content.recommendations, content.tips, content.factors):
        seen: set[tuple[str, int]] = set()
        for it in kind:
            if it.pillar not in pillar_ids:
                raise _fail(content, it.id, f"pijler {it.pillar!r} bestaat niet", f"pillar {it.pillar!r} does not exist")
            if (it.pillar, it.number) in seen:
                raise _fail(content, it.id, f"nummer {it.number} dubbel binnen {it.pillar}",
                            f"number {it.number} repeated within {it.pillar}")
            seen.add((it.pillar, it.number))
    for kind in (content.steps, content.pillars, content.plan_questions, content.interview_questions):
        numbers = [it.number for it in kind]
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            raise _fail(content, kind[0].id if kind else "?", "nummers moeten 1..n zijn", "numbers must be 1..n")
    values = [s.value for s in content.scale]
    if values != list(range(1, len(values) + 1)):
        raise ContentError("assessment.toml: schaalwaarden moeten 1..n zijn, oplopend",
                           "assessment.toml: scale values must be 1..n, ascending")
    colors: set[str] = set()
    for s in content.scale:
        if not HEX_RE.match(s.color) or s.color.upper() in colors:
            raise _fail(content, s.id, f"kleur {s.color!r} ongeldig of dubbel", f"colour {s.color!r} invalid or duplicate")
        colors.add(s.color.upper())


# --- seed text -------------------------------------------------------------------------------------

_LINES_CACHE: dict[Path, list[str]] = {}


def _seed_lines(path: Path) -> list[str]:
    if path not in _LINES_CACHE:
        _LINES_CACHE[path] = path.read_text(encoding="utf-8").split("\n")
    return _LINES_CACHE[path]


def canon(text: str) -> str:
    """Compare text ignoring layout: whitespace, line breaks and hyphens (hyphenation splits) all drop out."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"[\s\-]+", "", text)


def _occurs(text: str, block: str) -> bool:
    """True if `text` stands in `block`; the first letter may differ in case (a phrase made a heading)."""
    t = canon(text)
    return bool(t) and (t in block or (t[0].swapcase() + t[1:]) in block)


def seed_text_problems(content: m.Content, seeds: Path) -> list[str]:
    """Every quoted text that is not in its item's seed lines, and every seed line range quoting nothing."""
    problems: list[str] = []
    for item in content.all_items():
        where = f"{content.sources.get(item.id, '?')}: {item.id}"
        blocks: dict[str, str] = {}
        for ref in item.seed:
            match = SEED_REF.match(ref)
            path = seeds / match["file"] if match else None
            if match is None or path is None or not path.is_file():
                problems.append(f"{where}: seed reference {ref!r} cannot be read")
                continue
            start, end = int(match["start"]), int(match["end"] or match["start"])
            blocks[ref] = canon("\n".join(_seed_lines(path)[start - 1 : end]))
        used: set[str] = set()
        for name, text in m.quoted_texts(item):
            hits = [ref for ref, block in blocks.items() if _occurs(text, block)]
            if not hits:
                problems.append(f"{where}: {name} not found in {', '.join(item.seed) or 'no seed'}: {text[:60]!r}")
            used.update(hits)
        for ref in blocks:
            if ref not in used and m.quoted_texts(item):
                problems.append(f"{where}: seed reference {ref} holds none of the item's quoted text")
    return problems


def check_seed_text(content: m.Content, seeds: Path) -> None:
    """Raise ContentError listing quoted texts that do not stand in their seed lines."""
    problems = seed_text_problems(content, seeds)
    if problems:
        shown = "\n".join(problems[:20]) + (f"\n... +{len(problems) - 20}" if len(problems) > 20 else "")
        raise ContentError(f"Tekst niet gevonden in de bron:\n{shown}", f"Text not found in the seed:\n{shown}")
