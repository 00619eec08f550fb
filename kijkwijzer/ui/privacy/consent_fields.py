"""Fields and checks the consent dialogs share: dates with a calendar, timecodes, the red warning under a
delete-after date in the past, and asking once before such a date is stored anyway."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QMessageBox, QWidget

from kijkwijzer.errors import BadInput, RetentionInPast

from ..i18n import current_lang

WARNING = "color: #b42318;"



def past_text() -> str:
    return QCoreApplication.translate("ConsentDialog", "Deze datum ligt in het verleden: de opname zou meteen "
                                      "onbruikbaar zijn en gewist worden.")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def parse_timecode(text: str) -> int:
    """'mm:ss' or 'hh:mm:ss' (seconds may have decimals) to milliseconds."""
    try:
        parts = [float(p) for p in text.strip().split(":")]
    except ValueError as error:
        raise BadInput(f"Ongeldige tijdcode: {text!r} (gebruik mm:ss)", f"Invalid timecode: {text!r} (use mm:ss)") from error
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts):
        raise BadInput(f"Ongeldige tijdcode: {text!r} (gebruik mm:ss)", f"Invalid timecode: {text!r} (use mm:ss)")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return round(seconds * 1000)


def date_field(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def retention_warning(parent: QWidget, field: QDateEdit) -> QLabel:
    """A red line under a delete-after date that lies before today."""
    label = QLabel(parent)
    label.setObjectName("retentionWarning")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING)

    def update(value: QDate) -> None:
        past = pydate(value) < date.today()
        label.setText(past_text() if past else "")
        label.setVisible(past)

    field.dateChanged.connect(update)
    update(field.date())
    return label


def with_past_confirmed(parent: QWidget, attempt: Callable[[bool], object]) -> object | None:
    """Run `attempt(allow_past)`; when the service refuses a date in the past, ask once and run it again."""
    try:
        return attempt(False)
    except RetentionInPast as error:
        title = QCoreApplication.translate("ConsentDialog", "Bewaartermijn in het verleden")
        question = QCoreApplication.translate("ConsentDialog", "Toch deze datum vastleggen?")
        box = QMessageBox(QMessageBox.Icon.Warning, title, error.message(current_lang()) + "\n\n" + question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
        box.setObjectName("pastRetentionWarning")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return attempt(True)
