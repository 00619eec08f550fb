"""The form under a thread: a top or a tip, a Kijkwijzer theme (optional) and the text; Ctrl+Enter adds it.
"Bewerken" on one's own card fills it for a change (Opslaan, or Annuleren / Esc to leave it as it was).
The form only asks: `submitted(kind, theme_id, text, feedback_id)` goes to the owner, which calls the service
and calls `reset()` when it was stored (a refusal leaves the text in place)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.content import Content

from ..i18n import pick

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _SubmitKeys(QObject):
    """Ctrl+Enter in the text submits; Esc while editing cancels."""

    def __init__(self, form: FeedbackForm) -> None:
        super().__init__(form)
        self.form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() not in (QEvent.Type.ShortcutOverride,
                                                                        QEvent.Type.KeyPress):
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        submit = ctrl and event.key() in ENTER
        cancel = event.key() == Qt.Key.Key_Escape and self.form.editing_id is not None
        if not (submit or cancel):
            return False
        event.accept()  # the window's shortcuts (Enter, Esc) do not take it
        if event.type() == QEvent.Type.KeyPress:
            self.form.submit() if submit else self.form.reset()
        return True


class FeedbackForm(QWidget):
    submitted = Signal(str, object, str, object)  # kind, theme_id | None, text, feedback_id | None (new)

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackForm")
        self.editing_id: int | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("feedbackFormHeading")
        self.top = QRadioButton(self.tr("To&p: wat werkte"), self)
        self.top.setObjectName("feedbackTop")
        self.tip = QRadioButton(self.tr("T&ip: wat kan anders"), self)
        self.tip.setObjectName("feedbackTip")
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.top)
        self.kinds.addButton(self.tip)
        self.top.setChecked(True)
        self.theme = QComboBox(self)
        self.theme.setObjectName("feedbackTheme")
        self.theme.addItem(self.tr("(geen thema)"), None)
        for theme in content.themes:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(theme.color))
            self.theme.addItem(swatch, pick(theme.title, theme.title_en), theme.id)
            self.theme.setItemData(self.theme.count() - 1, pick(theme.key_question, theme.key_question_en),
                                   Qt.ItemDataRole.ToolTipRole)
        theme_label = QLabel(self.tr("The&ma:"), self)
        theme_label.setBuddy(self.theme)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("feedbackText")
        self.text.setPlaceholderText(self.tr("Wat zag je gebeuren, en wat betekent het voor het gesprek?"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(48)
        self.text.setMaximumHeight(90)
        self.keys = _SubmitKeys(self)
        self.text.installEventFilter(self.keys)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("feedbackSubmit")
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setObjectName("feedbackCancel")
        self.cancel_button.setToolTip(self.tr("Annuleren (Esc)"))
        self.cancel_button.clicked.connect(self.reset)
        self.problem = QLabel(self)
        self.problem.setObjectName("feedbackProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.addWidget(self.top)
        kinds.addWidget(self.tip)
        kinds.addStretch(1)
        themes = QHBoxLayout()
        themes.setContentsMargins(0, 0, 0, 0)
        themes.addWidget(theme_label)
        themes.addWidget(self.theme, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.problem, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(kinds)
        layout.addLayout(themes)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.reset()

    # --- asking ----------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return "tip" if self.tip.isChecked() else "top"

    def theme_id(self) -> str | None:
        value = self.theme.currentData()
        return str(value) if value else None

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.show_problem(self.tr("Schrijf eerst wat je zag."))
            self.text.setFocus()
            return
        self.submitted.emit(self.kind(), self.theme_id(), text, self.editing_id)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- states ----------------------------------------------------------------------------------------------
    def edit(self, view) -> None:
        """Fill the form with one's own feedback for a change."""
        self.editing_id = view.id
        (self.tip if view.kind == "tip" else self.top).setChecked(True)
        index = self.theme.findData(view.theme_id) if view.theme_id else 0
        self.theme.setCurrentIndex(max(0, index))
        self.text.setPlainText(view.text)
        self._labels()
        self.text.setFocus()

    def reset(self) -> None:
        """Stored (or the change cancelled): an empty form for new feedback; kind and theme stay as chosen."""
        self.editing_id = None
        self.text.clear()
        self.show_problem("")
        self._labels()

    def _labels(self) -> None:
        editing = self.editing_id is not None
        self.heading.setText(self.tr("Je feedback bewerken") if editing else self.tr("Jouw feedback"))
        self.add_button.setText(self.tr("Opslaa&n") if editing else self.tr("Toe&voegen"))
        self.add_button.setToolTip(self.tr("Opslaan (Ctrl+Enter)") if editing else self.tr("Toevoegen (Ctrl+Enter)"))
        self.cancel_button.setVisible(editing)

    def set_enabled(self, on: bool) -> None:
        for widget in (self.top, self.tip, self.theme, self.text, self.add_button):
            widget.setEnabled(on)
        if not on:
            self.reset()
