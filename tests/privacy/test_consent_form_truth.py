"""Issue 11, item 2: the consent form and the leaflet say truthfully what is stored (the real name optional,
encrypted, seen only by the professional, erased on request; recordings encrypted; what leaves the program and
under which consent), and every word of them comes from content/consent.toml, none hard-coded."""

from __future__ import annotations

import subprocess
from dataclasses import replace

from kijkwijzer.content import load_content
from kijkwijzer.formats.consent_text import PREFIX, form_blocks, leaflet_blocks
from kijkwijzer.services import consent_documents


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_the_form_says_what_is_stored_and_who_sees_it(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conversation_id = case_setup["conversation"].id
    form = _pdf_text(consent_documents.write(ctx, conversation_id, tmp_path / "formulier.pdf"))
    leaflet = _pdf_text(consent_documents.write(ctx, conversation_id, tmp_path / "folder.pdf", leaflet=True))
    assert "Uw naam staat niet in het programma" not in form + leaflet  # it may be: the professional can keep it
    for said in ("Uw echte naam hoeft er niet in", "dan is hij versleuteld en ziet alleen Sanne de Vries hem",
                 "Dit getekende formulier bewaren wij versleuteld", "staan versleuteld op de computer",
                 "dragen uw code en niet uw naam", "Dat mag alleen als u het bekijken hierboven aankruist",
                 "wissen wij op uw verzoek ook uw naam", "Wij wissen dan de opname en alles wat ervan is gemaakt"):
        assert said in form, said
    assert "Staat mijn naam erin?" in leaflet and "Op uw verzoek wissen wij uw naam en alles over u" in leaflet
    assert "Echte Naam" not in form + leaflet and case_setup["client"].pseudonym in form


def test_every_word_of_the_documents_comes_from_the_content(case_setup):
    """With every content text replaced by its id, no block holds a word that is not one of those ids
    (apart from the conversation's own data: names, dates, the pseudonym)."""
    data = consent_documents.form_data(case_setup["ctx"], case_setup["conversation"].id)
    ids = {p.id for p in load_content().passages if p.id.startswith(PREFIX)}
    assert ids == set(data.texts) and len(ids) > 40
    marked = replace(data, texts={i: f"[{i}]" for i in ids}, questions=("[vraag]", "[vraag]"))
    for blocks in (form_blocks(marked), leaflet_blocks(marked)):
        for block in blocks:
            if block.kind == "sign":
                assert all(label.startswith(f"[{PREFIX}") for label in block.items[1:])
                continue
            assert block.text.startswith(f"[{PREFIX}"), block.text
            rest = block.text
            for i in ids:
                rest = rest.replace(f"[{i}]", "")
            assert not any(word.isalpha() and word.islower() for word in rest.split()), rest
