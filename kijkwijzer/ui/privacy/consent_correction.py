"""Correcting a consent that was recorded wrongly (the date, how it was given, the delete-after date, the named
reviewers): a new version replaces it, the old one stays listed as "gecorrigeerd" and its values stay in the
audit log. Nothing is erased; withdrawing is something else (Intrekken en wissen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import consent, people
from kijkwijzer.services.consent import ConsentView
from kijkwijzer.services.context import Context

from ..i18n import current_lang
from ..review.annotation_table import role_labels
from .consent_fields import date_field, parse_timecode, pydate, retention_warning, with_past_confirmed


class ConsentCorrectionDialog(QDialog):
    corrected = Signal(object)  # the new ConsentView

    def __init__(self, ctx: Context, view: ConsentView, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentCorrectionDialog")
        self.ctx, self.view = ctx, view
        self.setWindowTitle(self.tr("Toestemming corrigeren – {purpose}").format(
            purpose=labels.get(view.purpose, view.purpose)))
        intro = QLabel(self.tr("Herstel wat verkeerd is vastgelegd. Er komt een nieuwe versie; de oude blijft zichtbaar "
                               "als ‘gecorrigeerd’ en staat in het logboek. Er wordt niets gewist."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.given_on = date_field(self, view.given_on)
        self.given_on.setObjectName("correctGivenOn")
        self._row(form, self.tr("&Gegeven op"), self.given_on)
        self.by_form = QRadioButton(self.tr("&Formulier"), self)
        self.verbal = QRadioButton(self.tr("&Mondeling, op tijdcode"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_form)
        group.addButton(self.verbal)
        (self.verbal if view.method == "verbal" else self.by_form).setChecked(True)
        self.verbal_at = QLineEdit(format_ms(view.verbal_at_ms, millis=False) if view.verbal_at_ms is not None
                                   else "", self)
        self.verbal_at.setPlaceholderText(self.tr("mm:ss"))
        method = QHBoxLayout()
        for widget in (self.by_form, self.verbal, self.verbal_at):
            method.addWidget(widget)
        form.addRow(self.tr("Hoe gegeven"), method)
        self.retain_until = date_field(self, view.retain_until or consent.default_retain_until(view.given_on))
        self.retain_until.setObjectName("correctRetainUntil")
        until = QVBoxLayout()
        until.addWidget(self.retain_until)
        until.addWidget(retention_warning(self, self.retain_until))
        self._row(form, self.tr("&Wissen na"), until, self.retain_until)
        self.reviewer_list = QListWidget(self)
        self.reviewer_list.setObjectName("correctReviewers")
        self.reviewer_list.setMaximumHeight(100)
        if view.purpose == "analysis":
            roles = role_labels()
            for reviewer in people.list_reviewers(ctx):
                if reviewer.role == "professional":
                    continue
                item = QListWidgetItem(f"{reviewer.name} ({roles.get(reviewer.role, reviewer.role)})", self.reviewer_list)
                item.setData(Qt.ItemDataRole.UserRole, reviewer.id)
                item.setCheckState(Qt.CheckState.Checked if reviewer.id in view.reviewer_ids else Qt.CheckState.Unchecked)
            self._row(form, self.tr("Genoemde &kijkers"), self.reviewer_list)
        else:
            self.reviewer_list.hide()
        self.message = QLabel(self)
        self.message.setObjectName("correctionMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Correctie vastleggen"), self)
        self.ok_button.setObjectName("correctOkButton")
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("&Annuleren"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.given_on.setFocus()
        self.resize(520, 380 if view.purpose == "analysis" else 280)

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def store(self) -> ConsentView | None:
        reviewers = None
        if self.view.purpose == "analysis":
            reviewers = tuple(self.reviewer_list.item(i).data(Qt.ItemDataRole.UserRole)
                              for i in range(self.reviewer_list.count())
                              if self.reviewer_list.item(i).checkState() == Qt.CheckState.Checked)

        def attempt(allow_past: bool) -> ConsentView:
            verbal = self.verbal.isChecked()
            return consent.correct(self.ctx, self.view.id, given_on=pydate(self.given_on.date()),
                                   method="verbal" if verbal else "form",
                                   verbal_at_ms=parse_timecode(self.verbal_at.text()) if verbal else None,
                                   retain_until=pydate(self.retain_until.date()), reviewer_ids=reviewers,
                                   allow_past_retention=allow_past)

        try:
            made = with_past_confirmed(self, attempt)
        except KijkwijzerError as error:
            self.message.setText(error.message(current_lang()))
            return None
        if made is None:
            return None
        self.accept()
        self.corrected.emit(made)
        return made  # type: ignore[return-value]
