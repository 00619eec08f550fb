"""Does every quoted text really stand in the seed lines its item points at?

Run by the tests whenever the seed documents are present (they do not ship with the product).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kijkwijzer.content import model as m
from kijkwijzer.content.catalog import Content
from kijkwijzer.errors import ContentError

SEED_REF = re.compile(r"^(?P<file>\d{3}_[0-9a-f]{16}\.txt):(?P<start>\d+)(?:-(?P<end>\d+))?$")

_LINES_CACHE: dict[Path, list[str]] = {}


def seed_lines(path: Path) -> list[str]:
    if path not in _LINES_CACHE:
        _LINES_CACHE[path] = path.read_text(encoding="utf-8").split("\n")
    return _LINES_CACHE[path]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\u00ad", "")).strip()


def seed_block_variants(raw: str) -> tuple[str, ...]:
    """The seed lines as running text. A hyphen at a line end is a hyphenation split (joined) or a real
    hyphen ("co-creëren", "hulp- en"), so each reading is offered; other line breaks become spaces."""
    return tuple(_squash(re.sub(r"-[ \t]*\n\s*", joiner, raw)) for joiner in ("", "-", "- "))


def _occurs(text: str, variants: tuple[str, ...]) -> bool:
    """True if `text` stands in one reading of the seed lines; the first letter may differ in case
    (a phrase from mid-sentence used as a heading or question)."""
    t = _squash(text)
    if not t:
        return False
    candidates = (t, t[0].swapcase() + t[1:])
    return any(c in v for v in variants for c in candidates)


def seed_text_problems(content: Content, seeds: Path) -> list[str]:
    """Every quoted text that is not in its item's seed lines, and every seed line range quoting nothing."""
    problems: list[str] = []
    for item in content.all_items():
        where = f"{content.sources.get(item.id, '?')}: {item.id}"
        blocks: dict[str, tuple[str, ...]] = {}
        for ref in item.seed:
            match = SEED_REF.match(ref)
            path = seeds / match["file"] if match else None
            if match is None or path is None or not path.is_file():
                problems.append(f"{where}: seed reference {ref!r} cannot be read")
                continue
            start, end = int(match["start"]), int(match["end"] or match["start"])
            blocks[ref] = seed_block_variants("\n".join(seed_lines(path)[start - 1 : end]))
        used: set[str] = set()
        for name, text in m.quoted_texts(item):
            hits = [ref for ref, block in blocks.items() if _occurs(text, block)]
            if not hits:
                problems.append(
                    f"{where}: {name} not found in {', '.join(item.seed) or 'no seed'}: {text[:60]!r}"
                )
            used.update(hits)
        for ref in blocks:
            if ref not in used and m.quoted_texts(item):
                problems.append(f"{where}: seed reference {ref} holds none of the item's quoted text")
    return problems


def check_seed_text(content: Content, seeds: Path) -> None:
    """Raise ContentError listing quoted texts that do not stand in their seed lines."""
    problems = seed_text_problems(content, seeds)
    if problems:
        shown = "\n".join(problems[:20]) + (f"\n... +{len(problems) - 20}" if len(problems) > 20 else "")
        raise ContentError(
            f"Tekst niet gevonden in de bron:\n{shown}", f"Text not found in the seed:\n{shown}"
        )
