"""Bestand > Exporteren > Excel (XLSX) and Gebeurtenissentabel: from the menu to a file, for the open recording
and, with no recording open, for the case chosen in the werkmap.

The one stand-in is the file dialog's answer (a native dialog cannot be clicked headless); the window, the
services, the database and the files are real.
"""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from tests.support.export_preview import confirm_preview
from tests.support.fake_player import FakePlayer
from tests.ui.conftest import open_main_window


@pytest.fixture
def answer_save(monkeypatch, tmp_path):
    """STUB: QFileDialog.getSaveFileName answers with a file in tmp_path; records the suggested name."""
    asked: list[str] = []

    def answer(name: str):
        def get_save_file_name(parent, caption="", directory="", filters="", *args, **kwargs):
            asked.append(directory)
            return str(tmp_path / name), filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
        return tmp_path / name

    answer.asked = asked
    return answer


def _annotate(ctx, recording_id: int) -> None:
    annotations.add(ctx, AnnotationDraft(recording_id, 1500, 4000, ("thema.raakmomenten", "thema.echtheid"),
                                         observation="Echte Naam leunt achterover."))


def _trigger(qtbot, win, name: str):
    action = win.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    with qtbot.waitSignal(win.exchange.finished, timeout=60_000) as done:
        action.trigger()
        confirm_preview(qtbot)
    assert not isinstance(done.args[0], BaseException), done.args[0]
    return done.args[0]


def test_excel_of_the_open_recording_from_the_menu(qtbot, window, review_workspace, answer_save):
    """The recording open in the review (a real imported video, FakePlayer); Exporteren > Excel (XLSX)."""
    recording_id = review_workspace.recording.id
    _annotate(review_workspace.as_pro, recording_id)
    out = answer_save("tabellen.xlsx")
    result = _trigger(qtbot, window, "action_export_xlsx")
    assert result.path == out and result.items == 1
    assert answer_save.asked[0].endswith(f"opname-{recording_id}-tabellen.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["Opnamen", "Annotaties", "Gebeurtenissen"]
    _, *events = list(book["Gebeurtenissen"].iter_rows(values_only=True))
    assert len(events) == 2 and {e[0] for e in events} == {recording_id}
    assert "Geschreven" in window.statusBar().currentMessage()


def test_events_table_of_a_case_with_no_recording_open(qtbot, exchange_setup, answer_save):
    """Reachable from the werkmap alone: choose the case, then Exporteren > Hele casus > Gebeurtenissentabel."""
    _annotate(exchange_setup.ctx, exchange_setup.recording_id)
    out = answer_save("gebeurtenissen.csv")
    win = open_main_window(qtbot, exchange_setup.ctx, FakePlayer())
    try:
        assert win.current_recording() is None
        assert win.browser.reveal("case", exchange_setup.case.id)
        result = _trigger(qtbot, win, "action_export_case_events")
    finally:
        win.close()
    assert answer_save.asked[0].endswith(f"casus-{exchange_setup.case.id}-gebeurtenissen.xlsx")
    assert result.path == out and result.items == 2  # one row per theme
    header, *rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert header[:2] == ["opname_id", "gesprek_id"] and len(rows) == 2
    assert {r[header.index("thema")] for r in rows} == {"thema.raakmomenten", "thema.echtheid"}
    assert {r[0] for r in rows} == {str(exchange_setup.recording_id)}
    text = out.read_bytes().decode("utf-8-sig")
    assert "leunt achterover" in text and "Echte" not in text and "Naam" not in text, "pseudonymised"
