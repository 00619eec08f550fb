"""The reflection report: every part of the conversation is in it, with stills from the real recording,
page numbers and a table of contents; never the client's real name; refused without analysis consent."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import cases, consent, recordings
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.store.models import AuditEntry

from .filled import fill


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def _images(path) -> int:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, check=True, text=True
    ).stdout
    return len(listing.splitlines()) - 2


@pytest.fixture
def real_recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def test_report_shows_the_whole_conversation(case_setup, real_recording, tmp_path):
    ctx = case_setup["ctx"]
    fill(case_setup, real_recording.id, n=6, duration_ms=real_recording.duration_ms)
    result = exchange_report.export_report(ctx, case_setup["conversation"].id, tmp_path / "verslag.pdf")
    text = _text(result.path)
    pseudonym = case_setup["client"].pseudonym
    for expected in (
        "Reflectieverslag",
        "Inhoud",
        pseudonym,
        "Samen een plan maken",
        "Schulden en werk",
        "1.1 Raakmomenten",
        "Zijn er raakmomenten (emotie)?",
        "Fragment 1",
        "00:00:00",
        "ik wist al wat er ging komen",
        "Hier voelde ik me niet gehoord",
        "Onder de waterlijn",
        "Begrijpen we elkaar beter?",
        "Score 6 van 10",
        "SLIM-analyse",
        "Wil en kan",
        "gedeeltelijke mismatch",
        "Aandachtspunten",
        "Eerder het doel van het gesprek noemen.",
        "Acties uit het verbeterplan",
        "Na een open vraag tien seconden stil zijn.",
        "Vraag door op gevoel.",
    ):
        assert expected in text, expected
    pages = text.count("\f")
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert text.index("1 Fragmenten per thema") < text.index(
        "pagina 1 van"
    )  # listed in the contents on page 1
    assert "Echte Naam" not in text and "Echte" not in text
    assert _images(result.path) == 6  # a still per fragment, taken from the recording
    assert len(list(ctx.workspace.cache_dir.glob(f"{real_recording.sha256}-verslag-*.jpg"))) == 6
    with ctx.store.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    # counts only: no file name, no text of the client (the observation naming the client was replaced)
    assert entry.detail == f"pdf-verslag: onderdelen {result.items}, vervangen {result.replaced}"
    assert result.replaced >= 1 and "verslag" not in entry.detail.split(":", 1)[1]


def test_no_report_without_analysis_consent(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conv = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 16), goal="vervolg")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 16))
    with pytest.raises(NotAllowed):
        exchange_report.export_report(ctx, conv.id, tmp_path / "verslag.pdf")
    assert not (tmp_path / "verslag.pdf").exists()


def test_empty_conversation_still_gives_a_readable_report(case_setup, tmp_path):
    result = exchange_report.export_report(
        case_setup["ctx"], case_setup["conversation"].id, tmp_path / "leeg.pdf"
    )
    text = _text(result.path)
    assert "Er is (nog) geen SLIM-analyse." in text and "pagina 1 van" in text
