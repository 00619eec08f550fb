"""The anonymised case story: the shape of 004's cases, no names at all, the pseudonym only when asked."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import func, select

from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import cases, consent, people
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.store.models import AuditEntry
from tests.support.rows import add_recording_row

from .filled import fill


def _story(case_setup, tmp_path, **kwargs):
    ctx = case_setup["ctx"]
    rec = add_recording_row(ctx, case_setup["conversation"].id, 6000)
    fill(case_setup, rec)
    result = exchange_report.export_story(
        ctx, case_setup["case"].id, tmp_path / "verhaal.md", pdf=tmp_path / "verhaal.pdf", **kwargs
    )
    markdown = result.paths[0].read_text(encoding="utf-8")
    pdf_text = subprocess.run(
        ["pdftotext", str(result.paths[1]), "-"], capture_output=True, check=True, text=True
    ).stdout
    return result, markdown, pdf_text


def test_story_has_the_shape_of_the_cases_and_no_names(case_setup, tmp_path):
    _result, markdown, pdf_text = _story(case_setup, tmp_path)
    for heading in (
        "# Casus: Schulden en werk",
        "## De cliënt",
        "## Waarom deze casus is ingebracht",
        "## Gesprek 1 — 2 november 2026",
        "**Doel van het gesprek.** Samen een plan maken",
        "### Wat er gebeurde",
        "### Wat de cliënt erover zegt",
        "### Analyse",
        "### SLIM",
    ):
        assert heading in markdown, heading
    assert "> “ik wist al wat er ging komen”" in markdown
    assert "zegt de cliënt: “Hier voelde ik me niet gehoord (0).”" in markdown
    assert "**Begrijpen we elkaar beter?** 6 van 10" in markdown
    assert "onder de waterlijn: wil begrepen worden" in markdown
    assert "Aandachtspunt (Helder doel van het gesprek): Eerder het doel van het gesprek noemen." in markdown
    assert "Oordeel: **gedeeltelijke mismatch**" in markdown
    assert "De cliënt leunt achterover" in markdown  # the real name in an observation became a role
    assert "_(de coach)_" in markdown and "_(de klantmanager)_" in markdown
    for name in ("Echte", "Naam", case_setup["client"].pseudonym, "Sanne", "Vries", "Ahmed"):
        assert name not in markdown and name not in pdf_text, name
    assert "Casus: Schulden en werk" in pdf_text and "pagina 1 van" in pdf_text
    with case_setup["ctx"].store.read() as session:
        details = set(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")))
    replaced = _result.replaced
    assert replaced > 0  # counts only: no file name, no text of the client
    assert details == {f"verhaal-md: onderdelen 1, vervangen {replaced}", f"verhaal-pdf: onderdelen 1, vervangen {replaced}"}


def test_pseudonym_only_when_asked(case_setup, tmp_path):
    _result, markdown, _pdf = _story(case_setup, tmp_path, with_pseudonym=True)
    pseudonym = case_setup["client"].pseudonym
    assert f"{pseudonym} leunt achterover" in markdown
    assert "Echte" not in markdown and "Sanne" not in markdown


def test_only_conversations_with_analysis_consent(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    later = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 16), goal="Geheim vervolg")
    consent.grant(ctx, later.id, "recording", date(2026, 11, 16))
    result, markdown, _pdf = _story(case_setup, tmp_path)
    assert result.conversation_ids == (case_setup["conversation"].id,)
    assert "Geheim vervolg" not in markdown and "## Gesprek 2" not in markdown
    other_client = people.add_client(ctx, real_name="Iemand Anders")
    other_case = cases.add_case(ctx, case_setup["professional"].id, other_client.id, "Zonder toestemming")
    cases.add_conversation(ctx, other_case.id, date(2026, 11, 3))
    with ctx.store.read() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(NotAllowed, match="toestemming voor analyse"):
        exchange_report.export_story(ctx, other_case.id, tmp_path / "niet.md")
    assert not (tmp_path / "niet.md").exists()
    with ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
