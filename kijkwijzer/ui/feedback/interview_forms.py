"""The two forms of the client interview: the reaction after each fragment, and the two feedback questions
at the end. Only the client's words go in; nothing the reviewers wrote is ever shown here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.content import Content
from kijkwijzer.services.client_feedback import ReactionView

from ..i18n import pick

REACTION_FIELDS = ("words", "feeling", "addition")


FORM_WIDTH = 980  # on a large screen the form stays a readable column in the middle


def _centered(outer: QWidget) -> QVBoxLayout:
    """A column of at most FORM_WIDTH pixels, centred in `outer`; returns the column's layout."""
    column = QWidget(outer)
    column.setMaximumWidth(FORM_WIDTH)
    row = QHBoxLayout(outer)
    row.setContentsMargins(48, 32, 48, 32)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def _heading(text: str, parent: QWidget, name: str = "interviewHeading") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ReactionForm(QWidget):
    """After a fragment: in their own words, how it felt, anything to add. Typed by the client-researcher."""

    save_requested = Signal(str, str, str)  # words, feeling, addition
    replay_requested = Signal()

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionForm")
        self.heading = _heading("", self)
        questions = sorted(content.interview_questions, key=lambda q: q.number)
        defaults = (self.tr("In je eigen woorden: wat gebeurt er hier?"), self.tr("Hoe voelde dit moment?"),
                    self.tr("Wil je nog iets toevoegen?"))
        self.fields: dict[str, QPlainTextEdit] = {}
        layout = _centered(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        for index, name in enumerate(REACTION_FIELDS):
            text = pick(questions[index].question, questions[index].question_en) if index < len(questions) \
                else defaults[index]
            label = QLabel(text, self)
            label.setObjectName("interviewQuestion")
            label.setWordWrap(True)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"reaction_{name}")
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            self.fields[name] = edit
        self.error = QLabel(self)
        self.error.setObjectName("interviewError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.replay = QPushButton(self.tr("Fragment nog eens bekijken"), self)
        self.save = QPushButton(self.tr("Opslaan en verder"), self)
        self.save.setDefault(True)
        self.save.setObjectName("interviewPrimary")
        buttons.addWidget(self.replay)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self.replay.clicked.connect(self.replay_requested)
        self.save.clicked.connect(self._save)

    def show_for(self, number: int, total: int, reaction: ReactionView | None) -> None:
        self.heading.setText(self.tr("Fragment {n} van {total}: hoe was dit voor jou?").format(n=number, total=total))
        values = (reaction.words, reaction.feeling, reaction.addition) if reaction else ("", "", "")
        for name, value in zip(REACTION_FIELDS, values, strict=True):
            self.fields[name].setPlainText(value)
        self.error.clear()
        self.fields["words"].setFocus()

    def values(self) -> tuple[str, str, str]:
        return tuple(self.fields[n].toPlainText().strip() for n in REACTION_FIELDS)  # type: ignore[return-value]

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _save(self) -> None:
        self.save_requested.emit(*self.values())


class ScoreRow(QWidget):
    """One feedback question as a row of score buttons between two anchor labels, plus the client's words."""

    def __init__(self, question: str, minimum: int, maximum: int, low: str, high: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = _heading(question, self, "interviewQuestion")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        low_label = QLabel(low, self)
        low_label.setObjectName("scaleAnchor")
        row.addWidget(low_label)
        for value in range(minimum, maximum + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setObjectName("scoreButton")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button, value)
            row.addWidget(button)
        high_label = QLabel(high, self)
        high_label.setObjectName("scaleAnchor")
        row.addWidget(high_label)
        row.addStretch(1)
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("scoreWords")
        self.words.setPlaceholderText(self.tr("De woorden van de cliënt"))
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.words)

    def score(self) -> int | None:
        value = self.group.checkedId()
        return None if value == -1 else value

    def set_score(self, value: int | None, words: str = "") -> None:
        button = self.group.button(value) if value is not None else None
        if button is not None:
            button.setChecked(True)
        self.words.setPlainText(words)


class ScoreForm(QWidget):
    """At the end: "Begrijpen we elkaar beter?" and "Komen we dichter bij het doel?" as scores with words."""

    save_requested = Signal(object)  # {question_id: (score, words)} for the questions answered
    skip_requested = Signal()

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreForm")
        scale = content.rating_scale
        layout = _centered(self)
        layout.setSpacing(14)
        layout.addWidget(_heading(self.tr("Tot slot twee vragen over jullie gesprekken"), self))
        self.rows: dict[str, ScoreRow] = {}
        for question in content.feedback_questions:
            row = ScoreRow(pick(question.question, question.question_en), scale.minimum, scale.maximum,
                           pick(scale.low_label, scale.low_label_en), pick(scale.high_label, scale.high_label_en), self)
            layout.addWidget(row)
            self.rows[question.id] = row
        layout.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("interviewError")
        layout.addWidget(self.error)
        buttons = QGridLayout()
        self.skip = QPushButton(self.tr("Overslaan"), self)
        self.save = QPushButton(self.tr("Opslaan en afronden"), self)
        self.save.setObjectName("interviewPrimary")
        self.save.setDefault(True)
        buttons.addWidget(self.skip, 0, 0)
        buttons.setColumnStretch(1, 1)
        buttons.addWidget(self.save, 0, 2)
        layout.addLayout(buttons)
        self.skip.clicked.connect(self.skip_requested)
        self.save.clicked.connect(self._save)

    def answers(self) -> dict[str, tuple[int, str]]:
        out = {}
        for qid, row in self.rows.items():
            score = row.score()
            if score is not None:
                out[qid] = (score, row.words.toPlainText().strip())
        return out

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _save(self) -> None:
        if not self.answers():
            self.show_error(self.tr("Kies bij minstens één vraag een score, of kies Overslaan."))
            return
        self.save_requested.emit(self.answers())
