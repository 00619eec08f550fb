"""Issue 14, item 2: every product-written content text is listed in docs/content.md, section "Product text
shown to users" (by its id, or by a `prefix.*` row), so a reader can see which words are not the method's."""

from __future__ import annotations

import re
from pathlib import Path

from kijkwijzer.content import load_content

DOC = Path(__file__).parents[2] / "docs" / "content.md"
NOT_TEXT = {"color"}  # product fields that are no words a user reads


def section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## Product text shown to users")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def product_text_ids() -> list[str]:
    ids = []
    for item in load_content().all_items():
        fields = set(getattr(item, "product_fields", ())) - NOT_TEXT
        if getattr(item, "product", False) or fields or getattr(item, "reconstructed", False):
            ids.append(item.id)
    return ids


def listed(item_id: str, body: str) -> bool:
    if f"`{item_id}`" in body or re.search(rf"`{re.escape(item_id)}[` ]", body):
        return True
    parts = item_id.split(".")
    return any(f"`{'.'.join(parts[:n])}.*`" in body for n in range(1, len(parts)))


def test_every_product_text_is_listed_in_the_docs():
    body = section()
    ids = product_text_ids()
    assert "interview.beleving" in ids and "toestemming.producttekst" in ids and "thema.taal" in ids
    missing = [i for i in ids if not listed(i, body)]
    assert not missing, f"not in docs/content.md 'Product text shown to users': {missing}"


def test_the_listing_check_needs_the_id_or_its_prefix():
    assert listed("toestemming.folder.wie", "| `toestemming.*` | ...")
    assert listed("thema.taal", "| `thema.taal` key question")
    assert not listed("thema.taal", "| `thema.taalgebruik` |")
    assert not listed("interview.beleving", "| `interview.eigen_woorden` |")
