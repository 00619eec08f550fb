"""Maak aandachtspunt…: the professional turns a top or tip of the group into an aandachtspunt of a reflection
conversation of the same conversation (one of the existing ones, or a new one of today); the text starts as the
feedback's and can be put in their own words; the theme and the fragment come along (lab.feedback_to_aandachtspunt)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab, reflection
from kijkwijzer.services.context import Context

from ..i18n import current_lang
from ..intake.dialog_base import ERROR_STYLE, form_row
from .words import kind_label, theme_label

NEW_REFLECTION = -1


class AandachtspuntDialog(QDialog):
    made = Signal(object)  # AandachtspuntView

    def __init__(self, ctx: Context, conversation_id: int, feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aandachtspuntDialog")
        self.setWindowTitle(self.tr("Aandachtspunt maken van feedback"))
        self.ctx = ctx
        self.conversation_id = conversation_id
        self.feedback = feedback
        source = QLabel(self.tr("{kind} van {name}: {text}").format(
            kind=kind_label(feedback.kind), name=feedback.reviewer_name, text=feedback.text), self)
        source.setWordWrap(True)
        source.setStyleSheet("color: #4b5563;")
        self.reflection = QComboBox(self)
        self.reflection.setObjectName("aandachtspuntReflection")
        try:
            existing = reflection.list_reflections(ctx, conversation_id)
        except KijkwijzerError:
            existing = []
        for found in reversed(existing):  # the latest first: that is where today's points usually go
            self.reflection.addItem(self.tr("Reflectiegesprek van {day}").format(
                day=found.held_on.strftime("%d-%m-%Y")), found.id)
        self.reflection.addItem(self.tr("Nieuw reflectiegesprek van vandaag"), NEW_REFLECTION)
        self.text = QPlainTextEdit(feedback.text, self)
        self.text.setObjectName("aandachtspuntText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(100)
        theme = theme_label(ctx.content, feedback.theme_id)
        self.problem = QLabel(self)
        self.problem.setObjectName("aandachtspuntProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        form = QFormLayout()
        form_row(form, self.tr("&Reflectiegesprek:"), self.reflection)
        form_row(form, self.tr("&Wat probeer je de volgende keer?"), self.text)
        form.addRow(self.tr("Thema:"), QLabel(theme or self.tr("(geen thema)"), self))
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("&Maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("aandachtspuntOk")
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def make(self) -> None:
        try:
            reflection_id = int(self.reflection.currentData())
            if reflection_id == NEW_REFLECTION:
                reflection_id = reflection.start_reflection(self.ctx, self.conversation_id, date.today()).id
                self.reflection.setItemData(self.reflection.currentIndex(), reflection_id)  # not a second one
            point = lab.feedback_to_aandachtspunt(self.ctx, self.feedback.id, reflection_id,
                                                  self.text.toPlainText().strip() or None)
        except KijkwijzerError as error:
            self.problem.setText(error.message(current_lang()))
            self.problem.show()
            return
        self.made.emit(point)
        self.accept()
