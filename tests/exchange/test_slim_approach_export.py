"""Whose approach a SLIM analysis judges shows in the PDF report's SLIM block and in the case story."""

from __future__ import annotations

import subprocess

from kijkwijzer.services import slim
from kijkwijzer.services.exchange import report as exchange_report
from tests.support.rows import add_recording_row


def _analyses(case_setup) -> None:
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_maar_kan_niet"], rol=["slim.rol.bij_de_hand_nemen"],
             approach_of="andere_professionals", phase="tweede gesprek")
    slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.faciliteren"])


def test_the_report_names_whose_approach_each_slim_analysis_judges(case_setup, tmp_path):
    _analyses(case_setup)
    result = exchange_report.export_report(case_setup["ctx"], case_setup["conversation"].id, tmp_path / "v.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, check=True,
                                   text=True).stdout.split())
    assert text.count("Benadering van") == 2
    assert "de andere betrokken professionals" in text and "de professional" in text


def test_the_case_story_names_whose_approach_each_slim_analysis_judges(case_setup, tmp_path):
    add_recording_row(case_setup["ctx"], case_setup["conversation"].id, 6000)
    _analyses(case_setup)
    result = exchange_report.export_story(case_setup["ctx"], case_setup["case"].id, tmp_path / "verhaal.md")
    markdown = result.paths[0].read_text(encoding="utf-8")
    slim_part = markdown[markdown.index("### SLIM"):]
    assert "- Benadering van: de andere betrokken professionals" in slim_part
    assert "- Benadering van: de professional" in slim_part
