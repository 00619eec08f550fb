"""The PDFs carry their own font: DejaVu Sans shipped with the package, embedded in every document, so names
like Şükrü Łukasiewicz or Zoë come out whole on any machine, whatever fonts it has installed."""

from __future__ import annotations

import subprocess

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kijkwijzer.formats import report_style

NAMES = "Şükrü Łukasiewicz, Zoë en Anaïs – “ik wil écht verder”"


def test_the_pdf_font_ships_with_the_package_and_is_embedded(tmp_path):
    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert (report_style.FONT_DIR / file).stat().st_size > 100_000
    assert (report_style.FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    path = tmp_path / "namen.pdf"
    body = report_style.styles()["body"]
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(markup.format(NAMES), body) for markup in ("{}", "<b>{}</b>", "<i>{}</i>")])
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    embedded = [line for line in fonts.splitlines() if "DejaVuSans" in line]
    assert len(embedded) == 3 and all(" yes " in line for line in embedded), fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    assert text.count(NAMES) == 3
