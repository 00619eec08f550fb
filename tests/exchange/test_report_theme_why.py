"""The PDF report's theme sections say, under each heading, why the theme matters and in which of 004's cases
it stands out (texts read from the content), and mark thema.taal's key question as rebuilt."""

from __future__ import annotations

import subprocess

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, recordings
from kijkwijzer.services.exchange import report as exchange_report

SHOWN = ("thema.raakmomenten", "thema.resultaten", "thema.taal")


def _words(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return _words(done.stdout)


@pytest.fixture
def real_recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def test_theme_sections_show_why_and_cases(case_setup, real_recording, tmp_path):
    ctx = case_setup["ctx"]
    for n, theme_id in enumerate(SHOWN):
        annotations.add(ctx, AnnotationDraft(real_recording.id, 500 + n * 1000, themes=(theme_id,),
                                             observation=f"waarneming {n}"))
    result = exchange_report.export_report(ctx, case_setup["conversation"].id, tmp_path / "verslag.pdf")
    text = _pdf_text(result.path)
    content = ctx.content
    for theme_id in SHOWN:
        theme = content.theme(theme_id)
        assert _words(theme.why) in text, theme_id
        heading = text.index(theme.title)
        assert heading < text.index(_words(theme.why), heading), theme_id  # under its own heading
    raak = content.theme("thema.raakmomenten")
    assert "Illustratieve interacties: " + ", ".join(str(n) for n in raak.cases) in text
    lost = content.theme("thema.resultaten")
    assert lost.cases_note and _words(lost.cases_note) in text  # what the seed lost, said
    taal = content.theme("thema.taal")
    assert f"{taal.key_question} (gereconstrueerd" in text
    assert f"{raak.key_question} (gereconstrueerd" not in text
    absent = content.theme("thema.echtheid")  # a theme without annotations gets no section
    assert _words(absent.why) not in text
