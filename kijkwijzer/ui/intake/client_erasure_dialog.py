"""Erasing a client on request (Casus > Cliënt wissen…, or from the client's dialog): what will go, in the
service's counts (client_erasure.preview), the pseudonym typed as confirmation, then the erasure.

`close_erased(window)` closes every panel and dialog that still shows something no longer there; the intake
flow calls it on the erasure events, which ui/erasure_watch.py also publishes for an erasure done elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import client_erasure
from kijkwijzer.services.client_erasure import ClientErasureReport
from kijkwijzer.services.context import Context

from ..i18n import current_lang
from .dialog_base import ERROR_STYLE, EnterActs

if TYPE_CHECKING:
    from ..window_api import Workbench

CONTEXT = "ClientErasureTexts"  # the texts below (QT_TRANSLATE_NOOP needs the literal)
# (count field of the ClientErasureReport, Dutch for one, Dutch for more)
COUNTED = (
    ("real_name",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "de echte naam met de sleutel ervan"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "de echte naam met de sleutel ervan")),
    ("cases",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} casus"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} casussen")),
    ("case_events",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} gebeurtenis"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} gebeurtenissen")),
    ("conversations",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} gesprek"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} gesprekken")),
    ("participants",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} deelnemer"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} deelnemers")),
    ("consents",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} toestemming"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} toestemmingen")),
    ("consent_forms",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} ondertekend formulier"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} ondertekende formulieren")),
    ("recordings",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} opname"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} opnamen")),
    ("annotations",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} annotatie"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} annotaties")),
    ("fragments",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} fragment"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} fragmenten")),
    ("client_reactions",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} reactie van de cliënt"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} reacties van de cliënt")),
    ("transcript_cues",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} transcriptregel"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} transcriptregels")),
    ("feedback_scores",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} feedbackscore"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} feedbackscores")),
    ("slim_analyses",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} SLIM-analyse"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} SLIM-analyses")),
    ("reflection_sessions",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} reflectiegesprek"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} reflectiegesprekken")),
    ("lab_shares",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} met een leergroep gedeeld fragment (met feedback)"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} met een leergroep gedeelde fragmenten (met feedback)")),
    ("aandachtspunten",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} aandachtspunt"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} aandachtspunten")),
    ("followups",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} vervolg op een aandachtspunt"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} vervolgen op aandachtspunten")),
    ("files_erased",
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} bestand overschreven en verwijderd"),
     QT_TRANSLATE_NOOP("ClientErasureTexts", "{n} bestanden overschreven en verwijderd")),
)
# Panels by the kind of thing their key names ("cycle:3" is case 3), and dialog attributes holding an id.
DOCK_KINDS = {"cycle": "case", "series": "case", "slim": "conversation", "comparison": "recording",
              "reflection": "reflection_session"}
DIALOG_IDS = (("client_id", "client"), ("case_id", "case"), ("conversation_id", "conversation"),
              ("case", "case"), ("conversation", "conversation"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(report: ClientErasureReport) -> str:
    """'de echte naam met de sleutel ervan, 1 casus, 2 gesprekken, ...': only what is really there."""
    parts = []
    for name, one, many in COUNTED:
        count = int(getattr(report, name, 0) or 0)
        if count:
            parts.append(_tr(one if count == 1 else many).format(n=count))
    return ", ".join(parts) or _tr("alleen de cliënt zelf")


class ClientErasureDialog(QDialog):
    erased = Signal(object)  # the ClientErasureReport

    def __init__(self, ctx: Context, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientErasureDialog")
        self.ctx, self.client_id = ctx, client_id
        self.preview = client_erasure.preview(ctx, client_id)  # refused: the caller says why, nothing opens
        self.report: ClientErasureReport | None = None
        pseudonym = self.preview.pseudonym
        self.setWindowTitle(self.tr("Cliënt {pseudonym} wissen").format(pseudonym=pseudonym))
        layout = QVBoxLayout(self)
        texts = [
            self.tr("Op verzoek van de cliënt wordt alles over {pseudonym} onherroepelijk gewist; van de echte "
                    "naam wordt ook de sleutel vernietigd.").format(pseudonym=pseudonym),
            self.tr("Dit gaat weg: {what}.").format(what=describe(self.preview)),
            self.tr("Uw zelfevaluatie en verbeterplan blijven; stappen in het plan verliezen hun koppeling aan wat "
                    "gewist wordt. Zet wat u van een aandachtspunt wilt houden eerst in eigen woorden in uw plan."),
        ]
        if self.preview.exports_outside:
            texts.append(self.tr("Let op: eerdere exports, formulieren of back-ups met gegevens van deze cliënt "
                                 "({n}) staan buiten de werkmap; verwijder die zelf.").format(
                n=self.preview.exports_outside))
        for name, text in zip(("erasureIntro", "erasureWhat", "erasureStays", "erasureOutside"), texts, strict=False):
            label = QLabel(text, self)
            label.setObjectName(name)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("erasureConfirmation")
        ask = QLabel(self.tr("Typ ter bevestiging het &pseudoniem {pseudonym}:").format(pseudonym=pseudonym), self)
        ask.setBuddy(self.typed)
        layout.addWidget(ask)
        layout.addWidget(self.typed)
        self.error = QLabel(self)
        self.error.setObjectName("erasureError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("Cliënt &wissen"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        cancel = QPushButton(self.tr("&Annuleren"), self)
        cancel.setObjectName("cancelButton")
        for button in (self.erase_button, cancel):
            button.setAutoDefault(False)  # Enter in the field erases only when the pseudonym matches
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout.addWidget(buttons)
        self.typed.textChanged.connect(lambda _text: self.erase_button.setEnabled(self.matches()))
        EnterActs(self.typed, self.erase)
        self.typed.setFocus()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(560, min(self.sizeHint().height(), screen.height() - 60) if screen else self.sizeHint().height())

    def matches(self) -> bool:
        return self.typed.text().strip() == self.preview.pseudonym

    def erase(self) -> ClientErasureReport | None:
        """Only with the pseudonym typed; a refusal (or a full disk) is shown here, nothing is closed."""
        if not self.matches():
            return None
        try:
            report = client_erasure.erase_client(self.ctx, self.client_id)
        except KijkwijzerError as error:
            self.error.setText(error.message(current_lang()))
            self.error.show()
            return None
        self.report = report
        self.accept()
        self.erased.emit(report)
        return report


def erased_message(report: ClientErasureReport) -> str:
    return _tr("Cliënt {pseudonym} is gewist: {what}.").format(pseudonym=report.pseudonym, what=describe(report))


def close_erased(window: Workbench) -> tuple[int, int]:
    """Close every panel and dialog of the window that shows a client, case, conversation, recording or
    reflection conversation that no longer exists; returns (how many were closed, how many such are still open)."""
    closers: dict[tuple[str, int], list] = {}
    for key in list(window.docks.panels):
        prefix, _sep, ident = key.partition(":")
        if prefix in DOCK_KINDS and ident.isdigit():
            closers.setdefault((DOCK_KINDS[prefix], int(ident)), []).append(lambda k=key: window.docks.close(k))
    for dialog in window.widget.findChildren(QDialog):
        if not dialog.isVisible() or isinstance(dialog, ClientErasureDialog):
            continue
        for attr, kind in DIALOG_IDS:
            value = getattr(dialog, attr, None)
            ident = value if isinstance(value, int) else getattr(value, "id", None)
            if isinstance(ident, int) and not isinstance(ident, bool):
                closers.setdefault((kind, ident), []).append(dialog.close)
    wanted: dict[str, set[int]] = {}
    for kind, ident in closers:
        wanted.setdefault(kind, set()).add(ident)
    if not closers:
        return 0, 0
    try:
        gone = {kind: client_erasure.gone(window.ctx, kind, ids) for kind, ids in wanted.items()}
    except KijkwijzerError:  # the store is away for a moment: the next look tries again
        return 0, len(closers)
    closed = 0
    for (kind, ident), close in closers.items():
        if ident in gone.get(kind, ()):
            for one in close:
                one()
                closed += 1
    return closed, sum(len(c) for c in closers.values()) - closed
