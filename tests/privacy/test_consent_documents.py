"""The printable consent form and client leaflet: generated from the consent data, in Dutch, one A4 to sign,
the client's choices ticked, the retention date and how to withdraw printed, never the client's real name."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.formats.consent_text import form_blocks
from kijkwijzer.services import audit, cases, consent, consent_documents
from tests.support.cli import run_cli


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_form_shows_the_clients_choices_retention_and_how_to_withdraw(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conversation = case_setup["conversation"]
    consent.grant(ctx, conversation.id, "client_interview", conversation.held_on, retain_until=date(2027, 11, 2))
    pdf = consent_documents.write(ctx, conversation.id, tmp_path / "toestemming.pdf")
    text = _pdf_text(pdf)
    assert _pages(pdf) == 1
    for expected in ("Toestemming voor een video-opname van uw gesprek", "Sanne de Vries", "Coach Ahmed",
                     "uiterlijk op 2 november 2027", "geen gevolgen voor uw uitkering of begeleiding",
                     "U mag uw toestemming altijd intrekken", case_setup["client"].pseudonym,
                     "Schriftelijk gegeven op 2 november 2026"):
        assert expected in text, expected
    assert "Echte Naam" not in text  # the real name never leaves the workspace

    checks = [b.checked for b in form_blocks(consent_documents.form_data(ctx, conversation.id)) if b.kind == "check"]
    assert checks == [True, True, True, False, False]  # recording, analysis, interview; nothing shared
    assert next(e.action for e in audit.list_entries(ctx, object_type="conversation")) == "consent.form"


def test_a_conversation_without_consent_gives_a_blank_form_and_a_withdrawal_is_printed(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    fresh = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 12, 1), setting="huisbezoek")
    blocks = form_blocks(consent_documents.form_data(ctx, fresh.id))
    assert [b.checked for b in blocks if b.kind == "check"] == [None] * 5
    assert "bij u thuis" in blocks[1].text
    analysis = next(c for c in consent.list_for_conversation(ctx, case_setup["conversation"].id)
                    if c.purpose == "analysis")
    consent.withdraw(ctx, analysis.id)
    text = _pdf_text(consent_documents.write(ctx, case_setup["conversation"].id, tmp_path / "na.pdf"))
    assert "Ingetrokken op" in text


def test_leaflet_and_html_and_a_bad_suffix(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conversation_id = case_setup["conversation"].id
    leaflet = _pdf_text(consent_documents.write(ctx, conversation_id, tmp_path / "folder.pdf", leaflet=True))
    assert "Uw gesprek op video: wat betekent dat voor u?" in leaflet and "Begrijpen we elkaar beter?" in leaflet
    html = consent_documents.write(ctx, conversation_id, tmp_path / "form.html").read_text(encoding="utf-8")
    assert 'lang="nl"' in html and html.count('type="checkbox"') == 5 and html.count(" checked") == 2
    with pytest.raises(BadInput):
        consent_documents.write(ctx, conversation_id, tmp_path / "form.docx")


def test_cli_writes_the_form(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    if not ctx.workspace.db_url.startswith("sqlite"):
        pytest.skip("the CLI run needs the file workspace; the form itself is tested on both databases")
    out = tmp_path / "formulier.pdf"
    result = run_cli("consent", "form", "--conversation", case_setup["conversation"].id, "--out", out,
                     workspace=ctx.workspace.root)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and _pages(out) == 1
