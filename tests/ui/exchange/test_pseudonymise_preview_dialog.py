"""Before an export is written the window lists what is replaced (how many, and a row per replacement: found,
becomes, why, how often, where); Annuleren (or Esc) writes nothing, Exporteren (or Enter) writes the file.

The one stand-in is the file dialog's answer (a native dialog cannot be clicked headless); services, database,
deduce and the files are real.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.ui.exchange import export_csv, export_story
from tests.support.export_preview import preview_dialog
from tests.support.rows import row_counts

TEXT = "Echte Naam belde gisteren met 06-12345678 over de brief."


@pytest.fixture
def answer_save(monkeypatch, tmp_path):
    """STUB: QFileDialog.getSaveFileName answers with this path in tmp_path."""

    def answer(name: str):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / name), "")))
        return tmp_path / name

    return answer


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def _annotate(setup) -> None:
    annotations.add(setup.ctx, AnnotationDraft(setup.recording_id, 1500, 4000, observation=TEXT))


def _pseudonym(setup) -> str:
    from kijkwijzer.services import cases

    return cases.get_case(setup.ctx, setup.case.id).client_pseudonym


def test_the_list_shows_each_replacement_and_cancel_writes_nothing(exchange_setup, answer_save, parent, qtbot):
    _annotate(exchange_setup)
    out = answer_save("annotaties.csv")
    before = row_counts(exchange_setup.ctx)

    flow = export_csv(exchange_setup.ctx, exchange_setup.recording_id, parent)
    dialog = preview_dialog(qtbot)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert "worden 2 stukken tekst vervangen" in dialog.summary.text()
    assert cells[0][:4] == ["Echte Naam", _pseudonym(exchange_setup), "bekende naam", "1"]
    assert cells[1][:3] == ["06-12345678", "[telefoonnummer]", "telefoonnummer"]
    assert "belde gisteren met" in cells[1][4], "where it was found"
    assert not out.exists()

    with qtbot.waitSignal(flow.finished, timeout=10_000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert done.args[0] is None
    assert not out.exists() and row_counts(exchange_setup.ctx) == before, "no file, no audit row"
    assert not [b for b in parent.findChildren(QMessageBox) if b.isVisible()], "no 'export klaar' box"


def test_enter_confirms_and_the_file_holds_what_the_list_said(exchange_setup, answer_save, parent, qtbot):
    _annotate(exchange_setup)
    out = answer_save("annotaties.csv")

    flow = export_csv(exchange_setup.ctx, exchange_setup.recording_id, parent)
    dialog = preview_dialog(qtbot)
    assert dialog.export_button.isDefault()
    with qtbot.waitSignal(flow.finished, timeout=30_000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert done.args[0].replaced == 2
    text = out.read_text(encoding="utf-8-sig")
    assert f"{_pseudonym(exchange_setup)} belde gisteren met [telefoonnummer] over de brief." in text
    boxes = [b for b in parent.findChildren(QMessageBox, "exchangeDone") if b.isVisible()]
    assert len(boxes) == 1
    boxes[0].close()


def test_cancelling_the_story_writes_neither_markdown_nor_pdf(exchange_setup, answer_save, parent, qtbot):
    _annotate(exchange_setup)
    out = answer_save("verhaal.md")
    before = row_counts(exchange_setup.ctx)

    flow = export_story(exchange_setup.ctx, exchange_setup.case.id, parent)
    dialog = preview_dialog(qtbot)
    with qtbot.waitSignal(flow.finished, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and not out.with_suffix(".pdf").exists()
    assert row_counts(exchange_setup.ctx) == before
