"""The consent of one conversation: what the client agreed to, recording a new consent, correcting one (a new
version, the old one kept as "gecorrigeerd"), printing the form and leaflet, and withdrawing (after a
confirmation that names what will be erased, in counts).

In the intake `flow` a new conversation opens it with Opnemen and Analyse ticked and the delete-after date
counted from the conversation's date; once recording is allowed it closes and `recording_granted` leads on
to the import. A delete-after date in the past is only stored after the user confirms a clear warning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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

from kijkwijzer.domain.vocabulary import PURPOSES
from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.services import cases, consent, consent_documents, erasure, people
from kijkwijzer.services.consent import ConsentView
from kijkwijzer.services.context import Context
from kijkwijzer.services.erasure import ErasureReport

from ..i18n import count_text, current_lang
from ..product_text import mark_tooltip, product_text_mark
from ..review.annotation_table import role_labels
from .consent_fields import date_field, parse_timecode, pydate, retention_warning, with_past_confirmed

FLOW_PURPOSES = ("recording", "analysis")


class ConsentDialog(QDialog):
    changed = Signal(int)  # conversation id, after a grant, a correction or a withdrawal
    recording_granted = Signal(int)  # conversation id: recording is allowed now (the flow imports next)

    def __init__(self, ctx: Context, conversation_id: int, parent: QWidget | None = None, *,
                 flow: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.ctx, self.conversation_id, self.flow = ctx, conversation_id, flow
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
        self.current.setMaximumHeight(110)
        self.correct_button = QPushButton(self.tr("&Corrigeren…"), self)
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(self.tr("Een vergissing herstellen: er komt een nieuwe versie, de oude blijft "
                                               "zichtbaar als ‘gecorrigeerd’. Er wordt niets gewist."))
        self.correct_button.clicked.connect(self.correct_selected)
        self.withdraw_button = QPushButton(self.tr("&Intrekken en wissen…"), self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.message = QLabel(self)
        self.message.setObjectName("consentMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        if flow:
            intro = QLabel(self.tr(
                "Leg vast waarvoor de cliënt toestemming geeft, per doel. Zonder toestemming om op te nemen kan "
                "de opname niet worden geïmporteerd. Weigeren heeft voor de cliënt geen gevolgen."), self)
            intro.setObjectName("consentFlowIntro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        heading = QLabel(self.tr("Vastgelegde &toestemming"), self)
        heading.setBuddy(self.current)
        layout.addWidget(heading)
        layout.addWidget(self.current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.correct_button)
        row.addWidget(self.withdraw_button)
        layout.addLayout(row)
        layout.addWidget(self._grant_box())
        layout.addWidget(self.message)
        layout.addLayout(self._document_buttons())
        self.product_mark = product_text_mark(self, self.tr(
            "Toestemmingsformulier en cliëntfolder: de woorden zijn door Kijkwijzer voor cliënten geschreven, "
            "ze komen niet uit de methode Van Kijken naar Zien."))
        layout.addWidget(self.product_mark)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.grant_button.setDefault(flow)
        self.close_button.setDefault(not flow)
        self.refresh()
        self.resize(640, 600)

    # ---- building -------------------------------------------------------------------------------------

    def _grant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nieuwe toestemming vastleggen"), self)
        form = QFormLayout(box)
        self.purpose_boxes = {p: QCheckBox(self.labels[p], box) for p in PURPOSES}
        purposes = QVBoxLayout()
        for purpose, check in self.purpose_boxes.items():
            check.setObjectName(f"purpose_{purpose}")
            check.setChecked(self.flow and purpose in FLOW_PURPOSES)
            purposes.addWidget(check)
        label = QLabel(self.tr("&Doelen"), box)
        label.setBuddy(self.purpose_boxes[PURPOSES[0]])
        form.addRow(label, purposes)
        self.reviewer_list = QListWidget(box)
        self.reviewer_list.setObjectName("reviewerList")
        roles = role_labels()
        for reviewer in people.list_reviewers(self.ctx):
            if reviewer.role != "professional":
                item = QListWidgetItem(f"{reviewer.name} ({roles.get(reviewer.role, reviewer.role)})", self.reviewer_list)
                item.setData(Qt.ItemDataRole.UserRole, reviewer.id)
                item.setCheckState(Qt.CheckState.Unchecked)
        if not self.reviewer_list.count():
            hint = QListWidgetItem(self.tr("Nog geen kijkers: voeg ze toe bij Casus > Personen."), self.reviewer_list)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.reviewer_list.setMaximumHeight(90)
        self._row(form, self.tr("Genoemde &kijkers"), self.reviewer_list)
        self.given_on = date_field(box, self.conversation.held_on)
        self._row(form, self.tr("&Gegeven op"), self.given_on)
        self.by_form, self.verbal = QRadioButton(self.tr("&Formulier"), box), QRadioButton(self.tr("&Mondeling"), box)
        self.by_form.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.by_form)
        group.addButton(self.verbal)
        self.form_file = QLineEdit(box)
        self.form_file.setPlaceholderText(self.tr("ondertekend formulier (scan of foto), optioneel"))
        browse = QPushButton(self.tr("&Bladeren…"), box)
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
        self.retain_until = date_field(box, consent.default_retain_until(self.conversation.held_on))
        self.retain_until.setObjectName("retainUntil")
        self.retain_until.setToolTip(self.tr("Standaard een jaar na het gesprek, en minstens een jaar vanaf vandaag "
                                             "als het gesprek al lang geleden was."))
        until = QVBoxLayout()
        until.addWidget(self.retain_until)
        self.past_warning = retention_warning(box, self.retain_until)
        until.addWidget(self.past_warning)
        self._row(form, self.tr("&Wissen na"), until, self.retain_until)
        self.grant_button = QPushButton(self.tr("&Vastleggen en opname importeren") if self.flow
                                        else self.tr("&Vastleggen"), box)
        self.grant_button.setObjectName("grantButton")
        self.grant_button.clicked.connect(self.grant_checked)
        form.addRow("", self.grant_button)
        return box

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def _document_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, leaflet in ((self.tr("To&estemmingsformulier (PDF)…"), False),
                              (self.tr("C&liëntfolder (PDF)…"), True)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, lf=leaflet: self._save_document(lf))
            mark_tooltip(button)
            row.addWidget(button)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        return row

    # ---- state ----------------------------------------------------------------------------------------

    def state_text(self, view: ConsentView) -> str:
        if view.active:
            return self.tr("actief")
        if view.superseded_at is not None:
            return self.tr("gecorrigeerd")
        if view.withdrawn_reason == "retention":
            return self.tr("bewaartermijn verstreken")
        return self.tr("ingetrokken")

    def refresh(self) -> None:
        self.rows: list[ConsentView] = consent.list_for_conversation(self.ctx, self.conversation_id)
        self.current.clear()
        for view in self.rows:
            until = view.retain_until.isoformat() if view.retain_until else "–"
            item = QListWidgetItem(self.tr("{purpose} · gegeven {given} · wissen na {until} · {state}").format(
                purpose=self.labels.get(view.purpose, view.purpose), given=view.given_on.isoformat(),
                until=until, state=self.state_text(view)), self.current)
            if not view.active:
                item.setForeground(Qt.GlobalColor.gray)
        self._selection_changed(self.current.currentRow())

    def _selection_changed(self, row: int) -> None:
        active = 0 <= row < len(self.rows) and self.rows[row].active
        self.withdraw_button.setEnabled(active)
        self.correct_button.setEnabled(active)

    def show_error(self, error: KijkwijzerError) -> None:
        self.message.setText(error.message(current_lang()))

    # ---- actions --------------------------------------------------------------------------------------

    def grant_checked(self) -> list[ConsentView]:
        chosen = [p for p, box in self.purpose_boxes.items() if box.isChecked()]
        reviewers = tuple(self.reviewer_list.item(i).data(Qt.ItemDataRole.UserRole)
                          for i in range(self.reviewer_list.count())
                          if self.reviewer_list.item(i).checkState() == Qt.CheckState.Checked)

        def attempt(allow_past: bool) -> list[ConsentView]:
            verbal_at = parse_timecode(self.verbal_at.text()) if self.verbal.isChecked() else None
            form_file = Path(self.form_file.text()) if self.by_form.isChecked() and self.form_file.text() else None
            return [consent.grant(self.ctx, self.conversation_id, purpose, pydate(self.given_on.date()),
                                  method="verbal" if self.verbal.isChecked() else "form",
                                  retain_until=pydate(self.retain_until.date()),
                                  reviewer_ids=reviewers if purpose == "analysis" else (),
                                  form_file=form_file, verbal_at_ms=verbal_at, allow_past_retention=allow_past)
                    for purpose in chosen]

        try:
            if not chosen:
                raise BadInput("Kies minstens één doel.", "Choose at least one purpose.")
            views = with_past_confirmed(self, attempt)
        except KijkwijzerError as error:
            self.show_error(error)
            return []
        if not views:
            self.message.setText(self.tr("Niets vastgelegd: kies een latere datum bij ‘Wissen na’."))
            return []
        for box in self.purpose_boxes.values():
            box.setChecked(False)
        self.message.setText(self.tr("Toestemming vastgelegd."))
        self.refresh()
        self.changed.emit(self.conversation_id)
        if "recording" in chosen:
            if self.flow:
                self.accept()
            self.recording_granted.emit(self.conversation_id)
        return views  # type: ignore[return-value]

    def correct_selected(self) -> QDialog | None:
        """A new version of the selected consent; the old one stays listed as gecorrigeerd."""
        from .consent_correction import ConsentCorrectionDialog

        row = self.current.currentRow()
        if not 0 <= row < len(self.rows) or not self.rows[row].active:
            return None
        dialog = ConsentCorrectionDialog(self.ctx, self.rows[row], self.labels, self)
        dialog.corrected.connect(self._corrected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def _corrected(self, view: ConsentView) -> None:
        self.message.setText(self.tr("Gecorrigeerd: er is een nieuwe versie; de oude blijft zichtbaar."))
        self.refresh()
        self.current.setCurrentRow(next((i for i, r in enumerate(self.rows) if r.id == view.id), -1))
        self.changed.emit(self.conversation_id)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.warning(self, self.tr("Toestemming intrekken"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def describe(self, report: ErasureReport) -> str:
        names = {"recordings": (self.tr("1 opname"), self.tr("{n} opnamen")),
                 "annotations": (self.tr("1 annotatie"), self.tr("{n} annotaties")),
                 "fragments": (self.tr("1 fragment"), self.tr("{n} fragmenten")),
                 "client_reactions": (self.tr("1 reactie van de cliënt"), self.tr("{n} reacties van de cliënt")),
                 "transcript_cues": (self.tr("1 transcriptregel"), self.tr("{n} transcriptregels")),
                 "feedback_scores": (self.tr("1 feedbackscore"), self.tr("{n} feedbackscores")),
                 "slim_analyses": (self.tr("1 SLIM-analyse"), self.tr("{n} SLIM-analyses")),
                 "reflection_sessions": (self.tr("1 reflectiegesprek"), self.tr("{n} reflectiegesprekken")),
                 "lab_shares": (self.tr("1 met een leergroep gedeeld fragment (met feedback)"),
                                self.tr("{n} met een leergroep gedeelde fragmenten (met feedback)")),
                 "files_erased": (self.tr("1 bestand gewist"), self.tr("{n} bestanden gewist"))}
        counts = [count_text(count, *names[name]) for name, count in report.counts().items()
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


def open_consent_dialog(ctx: Context, conversation_id: int, parent: QWidget | None = None, *,
                        flow: bool = False) -> ConsentDialog:
    """Show the consent dialog (non-modal, deleted on close); connect `.changed` to refresh views."""
    dialog = ConsentDialog(ctx, conversation_id, parent, flow=flow)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
