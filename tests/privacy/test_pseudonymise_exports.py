"""The leak table through the real exports: every spelling of the client's name, in every free-text field,
leaves the workspace as the pseudonym (CSV, SRT, ELAN, the reflection report) or as "de cliënt" (the
anonymised case story). Before this work the same table left 43 names in the CSV, 75 in the ELAN file and 67
in the story.

In-process service calls only: deduce loads once per test process (see formats/deduce_model.py)."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest

from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.exchange import report as exchange_report
from tests.support.rows import add_recording_row

from .pseudonymise_support import LEAK_FORMS, fill_leaky, leaks

pytestmark = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)  # no database question here


@pytest.fixture
def leaky(case_setup):
    ctx = case_setup["ctx"]
    recording_id = add_recording_row(ctx, case_setup["conversation"].id, name="Jozefien_Quackenbosch-gesprek.mp4")
    filled = fill_leaky(case_setup, recording_id)
    return case_setup, filled


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


def test_no_name_in_the_spreadsheet_and_each_form_became_the_pseudonym(leaky, tmp_path):
    setup, filled = leaky
    ctx, pseudonym = setup["ctx"], setup["client"].pseudonym
    result = exchange.export_csv(ctx, setup["conversation"].id, tmp_path / "a.csv")
    text = result.path.read_text(encoding="utf-8-sig")
    assert leaks(text) == []
    rows = {int(r["annotatie_id"]): r for r in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")}
    for annotation_id, form in zip(filled.annotation_ids, LEAK_FORMS, strict=True):
        assert pseudonym in rows[annotation_id]["observatie"], (form, rows[annotation_id]["observatie"])
    assert result.replaced >= len(LEAK_FORMS)


def test_no_name_in_the_elan_file_nor_the_subtitles(leaky, tmp_path):
    setup, filled = leaky
    ctx = setup["ctx"]
    eaf = exchange_eaf.export_eaf(ctx, filled.recording_id, tmp_path / "a.eaf").path.read_text(encoding="utf-8")
    srt = exchange.export_srt(ctx, filled.recording_id, tmp_path / "a.srt").path.read_text(encoding="utf-8")
    assert leaks(eaf) == [] and leaks(srt) == []
    assert setup["client"].pseudonym in eaf and "Jozefien_Quackenbosch" not in eaf  # the media file name too


def test_no_name_in_the_anonymised_story_not_even_the_pseudonym(leaky, tmp_path):
    setup, _ = leaky
    ctx = setup["ctx"]
    result = exchange_report.export_story(ctx, setup["case"].id, tmp_path / "v.md", pdf=tmp_path / "v.pdf")
    markdown = result.paths[0].read_text(encoding="utf-8")
    pdf = _pdf_text(result.paths[1])
    for text in (markdown, pdf):
        assert leaks(text) == []
        assert setup["client"].pseudonym not in text
    assert "De cliënts moeder belt vaak" in markdown  # "Jozefiens moeder ..." as a role, in Dutch


def test_the_story_with_the_pseudonym_and_the_report_leak_nothing(leaky, tmp_path):
    setup, _ = leaky
    ctx = setup["ctx"]
    story = exchange_report.export_story(ctx, setup["case"].id, tmp_path / "p.md", with_pseudonym=True)
    markdown = story.paths[0].read_text(encoding="utf-8")
    assert leaks(markdown) == [] and setup["client"].pseudonym in markdown
    report = exchange_report.export_report(ctx, setup["conversation"].id, tmp_path / "verslag.pdf")
    assert leaks(_pdf_text(report.path)) == []
