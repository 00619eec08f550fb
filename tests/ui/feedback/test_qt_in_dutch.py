"""Qt's own dialogs speak the UI language: the file dialog (whose "&Look in:" and "Files of &type:" Qt's
qtbase_nl lacks), message-box buttons, wizard buttons and the calendar popup's month names; and English again
after switching."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWizard

from kijkwijzer.ui import i18n

pytestmark = pytest.mark.gui


def _file_dialog_labels(qtbot) -> list[str]:
    dialog = QFileDialog(None, "Opname kiezen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own: what Linux without a desktop shows
    qtbot.addWidget(dialog)
    dialog.show()
    labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    dialog.close()
    return labels


def _question_buttons(qtbot) -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "Kijkwijzer", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    return [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)]


def test_qt_dialogs_in_dutch_and_back_in_english(qtbot):
    try:
        i18n.install("nl")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert _file_dialog_labels(qtbot) == ["&Zoeken in:", "Bestanden van &type:", "Bestands&naam:"]
        assert _question_buttons(qtbot) == ["&Ja", "&Nee"]
        wizard = QWizard()
        qtbot.addWidget(wizard)
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Volgende >"
        assert QLocale().monthName(12) == "december"  # the calendar popup of a date field
        assert QLocale().toString(QDate(date(2026, 11, 2)), "d MMMM") == "2 november"

        i18n.install("en")
        assert _file_dialog_labels(qtbot) == ["&Look in:", "File &name:", "Files of &type:"]
        assert _question_buttons(qtbot) == ["&Yes", "&No"]
        assert QLocale().monthName(12) == "December"
    finally:
        i18n.install("nl")
