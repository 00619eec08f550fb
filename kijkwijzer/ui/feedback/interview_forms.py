"""The two forms of the client interview: the reaction after each fragment, and the two feedback questions
at the end. Only the client's words go in; nothing the reviewers wrote is ever shown here.

What the client-researcher types is committed as it is typed (after a pause, on leaving a field, on going on,
on closing the window), a score at once: closing the window or a crash loses nothing. "Verder" and
"Afronden" only move on. The forms call the window's commit functions; the window does the service calls.
A question may be answered in words only ("geen cijfer gegeven"); the interview's own date is on the last form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
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

from ..autosave import Autosave, NotSaved, show_text
from ..i18n import pick
from ..product_text import mark_tooltip, product_text_mark

REACTION_FIELDS = ("words", "feeling", "addition")
CommitReaction = Callable[[int, str, str, str], NotSaved | None]  # fragment id, words, feeling, addition
CommitScore = Callable[[str, int | None, str], NotSaved | None]  # question id, score (None: words only), words
CommitDate = Callable[[date], NotSaved | None]  # the day of the interview
NO_SCORE = 1000  # the id of "geen cijfer" in a ScoreRow's button group (no score on any scale)


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


def _saved_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("savedState")
    return label


class ReactionForm(QWidget):
    """After a fragment: in their own words, how it felt, anything to add. Typed by the client-researcher."""

    next_requested = Signal()
    replay_requested = Signal()

    def __init__(self, content: Content, commit: CommitReaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionForm")
        self._commit_reaction = commit
        self.fragment_id: int | None = None  # whose reaction the fields hold
        self.heading = _heading("", self)
        questions = sorted(content.interview_questions, key=lambda q: q.number)
        defaults = (self.tr("In uw eigen woorden: wat gebeurt er hier?"), self.tr("Hoe voelde dit moment?"),
                    self.tr("Wilt u nog iets toevoegen?"))
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
            mark_tooltip(label)  # the questions per fragment are the product's (content/feedback.toml)
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"reaction_{name}")
            edit.setTabChangesFocus(True)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            self.fields[name] = edit
        self.product_mark = product_text_mark(self, self.tr(
            "De drie vragen per fragment zijn door Kijkwijzer geschreven; de methode geeft er geen woorden voor."),
            styled=False)
        layout.addWidget(self.product_mark)
        self.error = QLabel(self)
        self.error.setObjectName("interviewError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.replay = QPushButton(self.tr("Fragment nog eens bekijken"), self)
        self.saved = _saved_label(self)
        self.next = QPushButton(self.tr("Verder"), self)
        self.next.setDefault(True)
        self.next.setObjectName("interviewPrimary")
        buttons.addWidget(self.replay)
        buttons.addStretch(1)
        buttons.addWidget(self.saved)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        self.autosave = Autosave(self, self._commit, self.saved)
        for name, edit in self.fields.items():
            self.autosave.watch(edit, name)
        self.replay.clicked.connect(self._replay)
        self.next.clicked.connect(self._next)

    def show_for(self, fragment_id: int, number: int, total: int, reaction: ReactionView | None) -> None:
        """The form for a fragment; shown again for the same fragment, typing not committed yet stays."""
        if fragment_id != self.fragment_id and not self.autosave.flush():
            self.autosave.discard()
        same = fragment_id == self.fragment_id
        self.fragment_id = fragment_id
        self.heading.setText(self.tr("Fragment {n} van {total}: hoe was dit voor u?").format(n=number, total=total))
        values = (reaction.words, reaction.feeling, reaction.addition) if reaction else ("", "", "")
        with self.autosave.loading():
            for name, value in zip(REACTION_FIELDS, values, strict=True):
                if not same:
                    self.fields[name].setPlainText(value)
                elif not self.autosave.is_pending(name):
                    show_text(self.fields[name], value)
        if not same:
            self.error.clear()
            self.saved.clear()
        words = self.fields["words"]
        words.setFocus()
        words.moveCursor(words.textCursor().MoveOperation.End)  # typing adds to what the client said before

    def values(self) -> tuple[str, str, str]:
        return tuple(self.fields[n].toPlainText().strip() for n in REACTION_FIELDS)  # type: ignore[return-value]

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _commit(self, _keys: frozenset[str]) -> NotSaved | None:
        if self.fragment_id is None:
            return None
        problem = self._commit_reaction(self.fragment_id, *self.values())
        self.error.setText(problem.message if problem is not None and problem.trouble else "")
        return problem

    def flush(self) -> bool:
        return self.autosave.flush()

    def _settled(self) -> bool:
        """Committed, or only something that cannot be stored and need not stop the interview."""
        return self.autosave.flush() or not (self.autosave.problem and self.autosave.problem.trouble)

    def _next(self) -> None:
        if self._settled():
            self.next_requested.emit()

    def _replay(self) -> None:
        self.autosave.flush()
        self.replay_requested.emit()


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
        mark_tooltip(low_label)  # the scale and its anchors are the product's (content/feedback.toml)
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
        mark_tooltip(high_label)
        row.addWidget(high_label)
        self.no_score = QPushButton(self.tr("geen cijfer"), self)
        self.no_score.setCheckable(True)
        self.no_score.setObjectName("noScoreButton")
        self.no_score.setToolTip(self.tr("De cliënt geeft geen cijfer: alleen de woorden van de cliënt worden "
                                         "vastgelegd"))
        self.no_score.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group.addButton(self.no_score, NO_SCORE)
        row.addSpacing(12)
        row.addWidget(self.no_score)
        row.addStretch(1)
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("scoreWords")
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        self.group.idClicked.connect(lambda _id: self._enable())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.words)
        self._enable()

    def score(self) -> int | None:
        """The number chosen; None when none is chosen or the client gave none ("geen cijfer")."""
        value = self.group.checkedId()
        return None if value in (-1, NO_SCORE) else value

    def answered(self) -> bool:
        """A number, or "geen cijfer" chosen."""
        return self.group.checkedId() != -1

    def words_only(self) -> bool:
        return self.group.checkedId() == NO_SCORE

    def set_score(self, value: int | None, words: str = "") -> None:
        """A stored answer; a score of None with words is shown as "geen cijfer"."""
        button = self.group.button(value) if value is not None else self.no_score if words.strip() else None
        if button is not None:
            button.setChecked(True)
        show_text(self.words, words)
        self._enable()

    def _enable(self) -> None:
        """The words are stored with the answer: they can be typed once a score (or "geen cijfer") is chosen."""
        self.words.setEnabled(self.answered())
        self.words.setPlaceholderText(
            self.tr("De woorden van de cliënt (nodig zonder cijfer)") if self.words_only()
            else self.tr("De woorden van de cliënt") if self.answered()
            else self.tr("Kies eerst een score of ‘geen cijfer’; dan de woorden van de cliënt"))


class ScoreForm(QWidget):
    """At the end: "Begrijpen we elkaar beter?" and "Komen we dichter bij het doel?" as scores with words."""

    finish_requested = Signal()
    skip_requested = Signal()

    def __init__(self, content: Content, commit: CommitScore, parent: QWidget | None = None,
                 commit_date: CommitDate | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreForm")
        self._commit_score = commit
        self._commit_date = commit_date
        scale = content.rating_scale
        layout = _centered(self)
        layout.setSpacing(14)
        layout.addWidget(_heading(self.tr("Tot slot twee vragen over uw gesprekken"), self))
        self.rows: dict[str, ScoreRow] = {}
        for question in content.feedback_questions:
            row = ScoreRow(pick(question.question, question.question_en), scale.minimum, scale.maximum,
                           pick(scale.low_label, scale.low_label_en), pick(scale.high_label, scale.high_label_en), self)
            layout.addWidget(row)
            self.rows[question.id] = row
        self.interview_date = QDateEdit(self)
        self.interview_date.setObjectName("interviewDate")
        self.interview_date.setCalendarPopup(True)
        self.interview_date.setDisplayFormat("dd-MM-yyyy")
        self.interview_date.setDate(QDate.currentDate())
        self.interview_date.setToolTip(self.tr("De dag van dit interview; die kan na een later gesprek liggen"))
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Datum van dit interview:"), self)
        date_label.setObjectName("scaleAnchor")
        date_label.setBuddy(self.interview_date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.interview_date)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        self.interview_date.setVisible(commit_date is not None)
        date_label.setVisible(commit_date is not None)
        layout.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("interviewError")
        layout.addWidget(self.error)
        buttons = QGridLayout()
        self.skip = QPushButton(self.tr("Overslaan"), self)
        self.saved = _saved_label(self)
        self.finish = QPushButton(self.tr("Afronden"), self)
        self.finish.setObjectName("interviewPrimary")
        self.finish.setDefault(True)
        buttons.addWidget(self.skip, 0, 0)
        buttons.setColumnStretch(1, 1)
        buttons.addWidget(self.saved, 0, 2)
        buttons.addWidget(self.finish, 0, 3)
        layout.addLayout(buttons)
        self.autosave = Autosave(self, self._commit, self.saved)
        for qid, row in self.rows.items():
            row.group.idClicked.connect(lambda _id, q=qid: self.autosave.changed(q, at_once=True))
            self.autosave.watch(row.words, qid)
        self.interview_date.dateChanged.connect(lambda _d: self.autosave.changed("date", at_once=True))
        self.skip.clicked.connect(self._skip)
        self.finish.clicked.connect(self._finish)

    def focus_first(self) -> None:
        """Keyboard: the first score button, so the client-researcher can choose with the arrows and Space."""
        first = next(iter(self.rows.values()), None)
        if first is not None and first.group.buttons():
            (first.group.checkedButton() or first.group.buttons()[0]).setFocus()

    def show_date(self, day: date | None) -> None:
        """The stored date of the interview (today when none is stored yet), without committing it."""
        day = day or date.today()
        with self.autosave.loading():
            self.interview_date.setDate(QDate(day.year, day.month, day.day))

    def chosen_date(self) -> date:
        picked = self.interview_date.date()
        return date(picked.year(), picked.month(), picked.day())

    def answers(self) -> dict[str, tuple[int | None, str]]:
        """The questions answered: a score, or words without one."""
        out = {}
        for qid, row in self.rows.items():
            words = row.words.toPlainText().strip()
            if row.score() is not None or (row.words_only() and words):
                out[qid] = (row.score(), words)
        return out

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        if "date" in keys and self._commit_date is not None:
            problem = self._commit_date(self.chosen_date())
            if problem is not None:
                self.show_error(problem.message)
                return problem
        for qid in sorted(keys - {"date"}):
            row = self.rows[qid]
            score = row.score()
            if score is None and not (row.words_only() and row.words.toPlainText().strip()):
                continue  # nothing to store yet: no answer, or "geen cijfer" still without the client's words
            problem = self._commit_score(qid, score, row.words.toPlainText())
            if problem is not None:
                self.show_error(problem.message)
                return problem
        self.error.clear()
        return None

    def flush(self) -> bool:
        return self.autosave.flush()

    def _finish(self) -> None:
        if not self.autosave.flush():
            return
        if not self.answers():
            self.show_error(self.tr("Kies bij minstens één vraag een score (of ‘geen cijfer’ met de woorden van de "
                                    "cliënt), of kies Overslaan."))
            return
        self.finish_requested.emit()

    def _skip(self) -> None:
        self.autosave.flush()  # a score already chosen stays: skipping only moves on
        self.skip_requested.emit()
