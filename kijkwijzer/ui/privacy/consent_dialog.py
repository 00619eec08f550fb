"""The consent of one conversation: what the client agreed to, recording a new consent, printing the form
and leaflet, and withdrawing (after a confirmation that names what will be erased, in counts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.services import cases, consent, consent_documents, erasure, people
from kijkwijzer.services.consent import ConsentView
from kijkwijzer.services.context import Context
from kijkwijzer.services.erasure import ErasureReport
from kijkwijzer.store.models.recordings import PURPOSES

from ..i18n import current_lang


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
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


class ConsentDialog(QDialog):
    changed = Signal(int)  # conversation id, after a grant or a withdrawal

    def __init__(self, ctx: Context, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.ctx, self.conversation_id = ctx, conversation_id
        self.conversation = cases.get_conversation(ctx, conversation_id)
        self.setWindowTitle(self.tr("Toestemming – gesprek van {day}").format(day=self.conversation.held_on.isoformat()))
        self.labels = {
            "recording": self.tr("Opnemen"),
            "analysis": self.tr("Analyse door genoemde kijkers"),
            "client_interview": self.tr("Cliëntinterview met fragmenten"),
            "learning_group": self.tr("Delen in een leergroep"),
            "training": self.tr("Gebruik in lesmateriaal"),
        }
        self.last_report: ErasureReport | None = None
        self.current = QListWidget(self)
        self.current.setObjectName("consentList")
        self.current.currentRowChanged.connect(self._selection_changed)
        self.current.setMaximumHeight(130)
        self.withdraw_button = QPushButton(self.tr("Intrekken en wissen…"), self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.message = QLabel(self)
        self.message.setObjectName("consentMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vastgelegde toestemming"), self))
        layout.addWidget(self.current)
        layout.addWidget(self.withdraw_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._grant_box())
        layout.addWidget(self.message)
        layout.addLayout(self._document_buttons())
        self.refresh()
        self.resize(620, 640)

    # ---- building -------------------------------------------------------------------------------------

    def _grant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nieuwe toestemming vastleggen"), self)
        form = QFormLayout(box)
        self.purpose_boxes = {p: QCheckBox(self.labels[p], box) for p in PURPOSES}
        purposes = QVBoxLayout()
        for check in self.purpose_boxes.values():
            purposes.addWidget(check)
        form.addRow(self.tr("Doelen"), purposes)
        self.reviewer_list = QListWidget(box)
        self.reviewer_list.setObjectName("reviewerList")
        for reviewer in people.list_reviewers(self.ctx):
            if reviewer.role != "professional":
                item = QListWidgetItem(f"{reviewer.name} ({reviewer.role})", self.reviewer_list)
                item.setData(Qt.ItemDataRole.UserRole, reviewer.id)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.reviewer_list.setMaximumHeight(110)
        form.addRow(self.tr("Genoemde kijkers"), self.reviewer_list)
        self.given_on = QDateEdit(_qdate(self.conversation.held_on), box)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Gegeven op"), self.given_on)
        self.by_form, self.verbal = QRadioButton(self.tr("Formulier"), box), QRadioButton(self.tr("Mondeling"), box)
        self.by_form.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.by_form)
        group.addButton(self.verbal)
        self.form_file = QLineEdit(box)
        self.form_file.setPlaceholderText(self.tr("ondertekend formulier (scan of foto), optioneel"))
        browse = QPushButton(self.tr("Bladeren…"), box)
        browse.clicked.connect(self._choose_form_file)
        self.verbal_at = QLineEdit(box)
        self.verbal_at.setPlaceholderText(self.tr("tijdcode in de opname, mm:ss"))
        method = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.by_form)
        row.addWidget(self.form_file)
        row.addWidget(browse)
        method.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.verbal)
        row.addWidget(self.verbal_at)
        method.addLayout(row)
        form.addRow(self.tr("Hoe gegeven"), method)
        held = self.conversation.held_on
        self.retain_until = QDateEdit(_qdate(held.replace(year=held.year + 1) if (held.month, held.day) != (2, 29)
                                             else held.replace(year=held.year + 1, day=28)), box)
        self.retain_until.setCalendarPopup(True)
        self.retain_until.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Wissen na"), self.retain_until)
        self.grant_button = QPushButton(self.tr("Vastleggen"), box)
        self.grant_button.setObjectName("grantButton")
        self.grant_button.clicked.connect(self.grant_checked)
        form.addRow("", self.grant_button)
        return box

    def _document_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, leaflet in ((self.tr("Toestemmingsformulier (PDF)…"), False), (self.tr("Cliëntfolder (PDF)…"), True)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, lf=leaflet: self._save_document(lf))
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        return row

    # ---- state ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.rows: list[ConsentView] = consent.list_for_conversation(self.ctx, self.conversation_id)
        self.current.clear()
        for view in self.rows:
            if view.active:
                state = self.tr("actief")
            elif view.withdrawn_reason == "retention":
                state = self.tr("bewaartermijn verstreken")
            else:
                state = self.tr("ingetrokken")
            until = view.retain_until.isoformat() if view.retain_until else "–"
            QListWidgetItem(self.tr("{purpose} · gegeven {given} · wissen na {until} · {state}").format(
                purpose=self.labels.get(view.purpose, view.purpose), given=view.given_on.isoformat(),
                until=until, state=state), self.current)
        self._selection_changed(self.current.currentRow())

    def _selection_changed(self, row: int) -> None:
        self.withdraw_button.setEnabled(0 <= row < len(self.rows) and self.rows[row].active)

    def show_error(self, error: KijkwijzerError) -> None:
        self.message.setText(error.message(current_lang()))

    # ---- actions --------------------------------------------------------------------------------------

    def grant_checked(self) -> list[ConsentView]:
        chosen = [p for p, box in self.purpose_boxes.items() if box.isChecked()]
        reviewers = tuple(self.reviewer_list.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(self.reviewer_list.count())
                          if self.reviewer_list.item(i).checkState() == Qt.CheckState.Checked)
        try:
            if not chosen:
                raise BadInput("Kies minstens één doel.", "Choose at least one purpose.")
            verbal_at = parse_timecode(self.verbal_at.text()) if self.verbal.isChecked() else None
            form_file = Path(self.form_file.text()) if self.by_form.isChecked() and self.form_file.text() else None
            views = [consent.grant(self.ctx, self.conversation_id, purpose, _pydate(self.given_on.date()),
                                   method="verbal" if self.verbal.isChecked() else "form",
                                   retain_until=_pydate(self.retain_until.date()),
                                   reviewer_ids=reviewers if purpose == "analysis" else (),
                                   form_file=form_file, verbal_at_ms=verbal_at) for purpose in chosen]
        except KijkwijzerError as error:
            self.show_error(error)
            return []
        for box in self.purpose_boxes.values():
            box.setChecked(False)
        self.message.setText(self.tr("Toestemming vastgelegd."))
        self.refresh()
        self.changed.emit(self.conversation_id)
        return views

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.warning(self, self.tr("Toestemming intrekken"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def describe(self, report: ErasureReport) -> str:
        names = {"recordings": self.tr("opnamen"), "annotations": self.tr("annotaties"),
                 "fragments": self.tr("fragmenten"), "client_reactions": self.tr("reacties van de cliënt"),
                 "transcript_cues": self.tr("transcriptregels"), "feedback_scores": self.tr("feedbackscores"),
                 "slim_analyses": self.tr("SLIM-analyses"), "reflection_sessions": self.tr("reflectiegesprekken"),
                 "files_erased": self.tr("bestanden gewist")}
        counts = [f"{count} {names.get(name, name)}" for name, count in report.counts().items()
                  if count and name in names]
        return ", ".join(counts) or self.tr("geen gegevens, alleen de toestemming zelf")

    def withdraw_selected(self) -> ErasureReport | None:
        row = self.current.currentRow()
        if not 0 <= row < len(self.rows):
            return None
        chosen = self.rows[row]
        try:
            preview = erasure.preview_withdrawal(self.ctx, chosen.id)
            text = self.tr("De cliënt trekt de toestemming in. Dit wordt onherroepelijk gewist: {what}.\n\n"
                           "Doorgaan?").format(what=self.describe(preview))
            if not self.confirm(text):
                return None
            report = consent.withdraw(self.ctx, chosen.id)
        except KijkwijzerError as error:
            self.show_error(error)
            return None
        self.last_report = report
        lines = [self.tr("Ingetrokken. Gewist: {what}.").format(what=self.describe(report)), *report.residue]
        self.message.setText("\n".join(lines))
        self.refresh()
        self.changed.emit(self.conversation_id)
        return report

    def _choose_form_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ondertekend formulier"), str(Path.home()),
                                              "PDF / afbeelding (*.pdf *.png *.jpg *.jpeg)")
        if path:
            self.form_file.setText(path)
            self.by_form.setChecked(True)

    def _save_document(self, leaflet: bool) -> None:
        name = "clientfolder.pdf" if leaflet else f"toestemming-gesprek-{self.conversation_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Opslaan als"), str(Path.home() / name), "PDF (*.pdf)")
        if path:
            self.save_document(Path(path), leaflet)

    def save_document(self, target: Path, leaflet: bool = False) -> Path | None:
        try:
            written = consent_documents.write(self.ctx, self.conversation_id, target, leaflet=leaflet)
        except KijkwijzerError as error:
            self.show_error(error)
            return None
        self.message.setText(self.tr("Opgeslagen: {path}").format(path=str(written)))
        return written


def open_consent_dialog(ctx: Context, conversation_id: int, parent: QWidget | None = None) -> ConsentDialog:
    """Show the consent dialog (non-modal, deleted on close); connect `.changed` to refresh views."""
    dialog = ConsentDialog(ctx, conversation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
