"""The words around removing or replacing a wrong recording: what will be erased (the service's counts,
from recordings.preview_removal) in the confirmation, and what was erased afterwards."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# (count field of the ErasureReport, Dutch for one, Dutch for more)
COUNTED = (
    ("recordings", QT_TRANSLATE_NOOP("RemovalTexts", "{n} opname"), QT_TRANSLATE_NOOP("RemovalTexts", "{n} opnamen")),
    ("annotations", QT_TRANSLATE_NOOP("RemovalTexts", "{n} annotatie"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} annotaties")),
    ("fragments", QT_TRANSLATE_NOOP("RemovalTexts", "{n} fragment"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} fragmenten")),
    ("client_reactions", QT_TRANSLATE_NOOP("RemovalTexts", "{n} reactie van de cliënt"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} reacties van de cliënt")),
    ("transcript_cues", QT_TRANSLATE_NOOP("RemovalTexts", "{n} transcriptregel"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} transcriptregels")),
    ("feedback_scores", QT_TRANSLATE_NOOP("RemovalTexts", "{n} feedbackscore"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} feedbackscores")),
    ("slim_analyses", QT_TRANSLATE_NOOP("RemovalTexts", "{n} SLIM-analyse"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} SLIM-analyses")),
    ("reflection_sessions", QT_TRANSLATE_NOOP("RemovalTexts", "{n} reflectiegesprek"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} reflectiegesprekken")),
    ("lab_shares", QT_TRANSLATE_NOOP("RemovalTexts", "{n} met een leergroep gedeeld fragment (met feedback)"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} met een leergroep gedeelde fragmenten (met feedback)")),
    ("files_erased", QT_TRANSLATE_NOOP("RemovalTexts", "{n} bestand overschreven en verwijderd"),
     QT_TRANSLATE_NOOP("RemovalTexts", "{n} bestanden overschreven en verwijderd")),
)


def _tr(text: str) -> str:
    """For the texts marked above with QT_TRANSLATE_NOOP (lupdate finds them there)."""
    return QCoreApplication.translate("RemovalTexts", text)


def describe(report: object) -> str:
    """'1 opname, 12 annotaties, 3 fragmenten': only what is really there."""
    parts = []
    for name, one, many in COUNTED:
        count = int(getattr(report, name, 0) or 0)
        if count:
            parts.append(_tr(one if count == 1 else many).format(n=count))
    return ", ".join(parts) or QCoreApplication.translate("RemovalTexts", "alleen de opname zelf")


def removal_question(name: str, report: object) -> str:
    return QCoreApplication.translate(
        "RemovalTexts", "De opname ‘{name}’ wordt onherroepelijk gewist, met alles wat ervan is afgeleid: "
        "{what}.\n\nDe toestemming van de cliënt blijft staan. Doorgaan?").format(name=name, what=describe(report))


def replacement_question(old: str, new: str, report: object) -> str:
    return QCoreApplication.translate(
        "RemovalTexts", "‘{new}’ komt in de plaats van ‘{old}’. Eerst wordt het nieuwe bestand geïmporteerd; "
        "daarna wordt de oude opname onherroepelijk gewist, met alles wat ervan is afgeleid: {what}.\n\n"
        "Doorgaan?").format(old=old, new=new, what=describe(report))


def outside_warning(report: object) -> str:
    outside = int(getattr(report, "exports_outside", 0) or 0)
    if not outside:
        return ""
    return QCoreApplication.translate(
        "RemovalTexts", "Let op: eerdere exports of back-ups met dit gesprek ({n}) staan buiten de werkmap; "
        "verwijder die zelf.").format(n=outside)


def confirm(parent: QWidget | None, title: str, text: str, name: str, replace: bool = False) -> bool:
    """A warning with Cancel as the default: erasing is never one Enter away."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("RemovalTexts", "&Vervangen") if replace
        else QCoreApplication.translate("RemovalTexts", "&Wissen"))
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes
