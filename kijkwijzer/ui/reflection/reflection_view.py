"""The reflection conversation on screen, in three columns that each scroll on their own (so it stays usable
in a low dock at 1280x720): the agenda of fragments, which grows and shrinks here ("Fragment toevoegen…" offers
the conversation's fragments, Delete takes the chosen one off); for the chosen fragment the reflection questions
of its themes, what the reviewers saw, what the client said, notes and tips; and the outcome: aandachtspunten,
each linked to a theme and to the fragment that led to it, leerpunten that stand on their own, and notes on the
whole conversation (that column: reflection_outcome.py). Under the heading: the conversations it looks back
on and the reflection it follows (reflection_header.py).

Notes and tips commit as they are typed (after a pause, on leaving the field, on choosing another fragment,
on closing): there is no Save button that can be forgotten.

For the main window: `ReflectionView(ctx, reflection_id)`; connect `play_fragment_requested(FragmentView)`
to seek the review player (or a PlaylistRunner) to the fragment, and `follow_on_started(reflection id,
conversation id)` to open the follow-on reflection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import reflection
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.reflection import AgendaItem, ReflectionConversationView
from kijkwijzer.services.topics import Area

from .. import theme_texts
from ..autosave import Autosave, NotSaved, show_text
from ..feedback.playlist_panel import DeleteKey, MoveKeys, fragment_text
from ..i18n import count_text, current_lang
from ..qt_events import EventBridge
from ..service_calls import call_or_say
from .reflection_header import ReflectionHeader
from .reflection_outcome import ReflectionOutcome, theme_title

ID_ROLE = Qt.ItemDataRole.UserRole


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """A column that scrolls by itself when the dock is low, instead of squeezing its fields."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class ReflectionView(QWidget):
    message = Signal(str)
    play_fragment_requested = Signal(object)  # FragmentView
    follow_on_started = Signal(int, int)  # a new reflection that follows this one: its id, its conversation's id

    def __init__(self, ctx: Context, reflection_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionView")
        self.setStyleSheet("QLabel#reflectionHeading { font-size: 16px; font-weight: 700; }")
        self.ctx = ctx
        self.reflection_id = reflection_id
        self.reflection: ReflectionConversationView | None = None
        self._pending = False
        self.heading = QLabel(self)
        self.heading.setObjectName("reflectionHeading")
        # one line, clipped when narrow: a wrapping label would make the dock's scroll area ask the panel's
        # full preferred height (height-for-width) and scroll the whole view instead of its columns
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header = ReflectionHeader(ctx, self)
        self.header.message.connect(self.message)
        self.header.follow_on_started.connect(self.follow_on_started)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._agenda_column())
        self.splitter.addWidget(scrolling(self._details_column(), self))
        self.outcome = ReflectionOutcome(ctx, reflection_id, self._current_fragment_id, self)
        self.outcome.message.connect(self.message)
        self.splitter.addWidget(scrolling(self.outcome, self))
        # the outcome column's fields, under the names the view has always had
        self.points, self.leerpunten = self.outcome.points, self.outcome.leerpunten
        self.point_text, self.point_theme = self.outcome.point_text, self.outcome.point_theme
        self.link_fragment, self.reflection_notes = self.outcome.link_fragment, self.outcome.reflection_notes
        self.add_point, self.add_leerpunt = self.outcome.add_point, self.outcome.add_leerpunt
        for index, stretch in enumerate((2, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([280, 560, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.shown_fragment_id: int | None = None  # whose notes and tips the fields hold
        self.autosave = Autosave(self, self._commit, self.saved)
        self.autosave.watch(self.notes, "notes")
        self.autosave.watch(self.tips, "tips")
        self.autosave.watch(self.reflection_notes, "reflection")
        self.agenda.currentRowChanged.connect(self._show_item)
        self.agenda.itemActivated.connect(self._play)
        self.agenda.setToolTip(self.tr("Alt+↑/Alt+↓ verandert de volgorde; Enter speelt het fragment; "
                                       "Delete haalt het van de agenda"))
        MoveKeys(self.agenda, self._move)
        DeleteKey(self.agenda, self.remove_current)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.remove_fragment.clicked.connect(self.remove_current)
        self.bridge = EventBridge(ctx.bus, (Area.REFLECTION, Area.AANDACHTSPUNT, Area.CLIENT_REACTION, Area.FRAGMENT),
                                  self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    # --- the three columns ------------------------------------------------------------------------------------
    def _agenda_column(self) -> QWidget:
        column = QWidget(self)
        self.agenda = QListWidget(column)
        self.agenda.setObjectName("reflectionAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda.setMinimumHeight(40)
        self.add_fragment = QPushButton(self.tr("&Fragment toevoegen…"), column)
        self.add_fragment.setToolTip(self.tr("Een fragment van dit gesprek op de agenda zetten"))
        self.add_menu = QMenu(self.add_fragment)
        self.add_fragment.setMenu(self.add_menu)
        self.remove_fragment = QPushButton(self.tr("&Weghalen"), column)
        self.remove_fragment.setToolTip(self.tr("Het gekozen fragment van de agenda halen (Delete); het fragment "
                                                "zelf blijft bestaan"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_fragment)
        buttons.addWidget(self.remove_fragment)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Agenda"), column))
        layout.addWidget(self.agenda, 1)
        layout.addLayout(buttons)
        column.setMinimumWidth(max(220, buttons.sizeHint().width()))
        return column

    def _details_column(self) -> QWidget:
        details = QWidget(self)
        self.questions = QLabel(details)
        self.questions.setObjectName("reflectionQuestions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.seen = QLabel(details)
        self.seen.setWordWrap(True)
        self.said = QLabel(details)
        self.said.setWordWrap(True)
        self.notes = QPlainTextEdit(details)
        self.notes.setPlaceholderText(self.tr("Wat is er over dit fragment gezegd?"))
        self.tips = QPlainTextEdit(details)
        self.tips.setPlaceholderText(self.tr("Tips van de meekijkers"))
        for edit in (self.notes, self.tips):
            edit.setMinimumHeight(56)
            edit.setMaximumHeight(120)
            edit.setTabChangesFocus(True)
        self.saved = QLabel(details)
        self.saved.setObjectName("savedState")
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 4, 0)
        for title, field in ((self.tr("Reflectievragen"), self.questions), (self.tr("Wat de kijkers zagen"), self.seen),
                             (self.tr("Wat de cliënt zei"), self.said), (self.tr("Notities"), self.notes),
                             (self.tr("Tips"), self.tips)):
            label = QLabel(title, details)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        details.setMinimumWidth(240)
        return details

    def _on_event(self, _event: Event) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self, keep_fragment_id: int | None = None) -> None:
        """Show the reflection as stored; the fragment on screen stays chosen (by id, so a reorder made
        elsewhere does not swap the notes under the cursor), and typing not yet committed stays as typed."""
        self._pending = False
        shown = call_or_say(self.message.emit, reflection.get_reflection, self.ctx, self.reflection_id)
        if shown is None:
            return
        self.reflection = shown
        self.heading.setText(count_text(
            len(shown.items), self.tr("Reflectiegesprek van {date}: 1 fragment op de agenda"),
            self.tr("Reflectiegesprek van {date}: {n} fragmenten op de agenda"),
            date=shown.held_on.strftime("%d-%m-%Y")))
        self.heading.setToolTip(self.heading.text())  # whole, where a narrow dock clips the line
        self.header.show_reflection(shown)
        several = len(shown.conversation_ids) > 1  # then each agenda line says which conversation it is from
        keep = keep_fragment_id if keep_fragment_id is not None else self.shown_fragment_id
        ids = [item.fragment.id for item in shown.items]
        row = ids.index(keep) if keep in ids else min(max(self.agenda.currentRow(), 0), len(ids) - 1)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for item in shown.items:
            where = self.tr("gesprek {n}").format(n=item.conversation_sequence) + " · " if several else ""
            entry = QListWidgetItem(f"{item.position + 1}. {where}{fragment_text(item.fragment)}")
            entry.setData(ID_ROLE, item.fragment.id)
            self.agenda.addItem(entry)
        self.agenda.setCurrentRow(row)
        self.agenda.blockSignals(False)
        self._show_item(self.agenda.currentRow())
        if not self.autosave.is_pending("reflection"):
            with self.autosave.loading():
                show_text(self.reflection_notes, shown.notes)
        self.outcome.show_points(shown)

    def current_item(self) -> AgendaItem | None:
        row = self.agenda.currentRow()
        if self.reflection is None or not 0 <= row < len(self.reflection.items):
            return None
        return self.reflection.items[row]

    def _current_fragment_id(self) -> int | None:
        item = self.current_item()
        return item.fragment.id if item is not None else None

    def _theme_title(self, theme_id: str | None) -> str:
        return theme_title(self.ctx, theme_id)

    def _row_of(self, fragment_id: int | None) -> int | None:
        for row in range(self.agenda.count()):
            if fragment_id is not None and self.agenda.item(row).data(ID_ROLE) == fragment_id:
                return row
        return None

    def _show_item(self, _row: int) -> None:
        item = self.current_item()
        fragment_id = item.fragment.id if item is not None else None
        if fragment_id != self.shown_fragment_id and not self.autosave.flush():
            back = self._row_of(self.shown_fragment_id)
            if back is not None:  # not stored (the error is shown): stay there, so the typing is not lost
                self.agenda.blockSignals(True)
                self.agenda.setCurrentRow(back)
                self.agenda.blockSignals(False)
                return
            self.autosave.discard()  # that fragment left the agenda: its notes have nowhere to go
        same = fragment_id == self.shown_fragment_id
        self.shown_fragment_id = fragment_id
        enabled = item is not None
        for widget in (self.notes, self.tips, self.link_fragment, self.remove_fragment):
            widget.setEnabled(enabled)
        if item is None:
            for label in (self.questions, self.seen, self.said):
                label.clear()
            with self.autosave.loading():
                self.notes.clear()
                self.tips.clear()
            return
        questions, marked = theme_texts.reflection_questions_html(item.questions, self._theme_title)
        self.questions.setText(questions or self.tr("Geen thema's geannoteerd in dit fragment."))
        self.questions.setToolTip(marked)  # why a key question says "(gereconstrueerd)"
        self.seen.setText("\n".join(f"{a.reviewer_name}: {a.observation or a.quote}" for a in item.annotations)
                          or self.tr("(niets geannoteerd)"))
        r = item.reaction
        self.said.setText("\n".join(t for t in (r.words, r.feeling, r.addition) if t) if r else
                          self.tr("(geen reactie van de cliënt)"))
        with self.autosave.loading():
            for key, edit, value in (("notes", self.notes, item.notes), ("tips", self.tips, item.tips)):
                if not same:
                    edit.setPlainText(value)
                elif not self.autosave.is_pending(key):
                    show_text(edit, value)  # changed elsewhere (another window, the CLI)
        if item.themes and not same:
            self.point_theme.setCurrentIndex(max(self.point_theme.findData(item.themes[0]), 0))

    # --- committing ---------------------------------------------------------------------------------------
    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        """Notes and tips of the fragment on screen, and the notes on the whole conversation."""
        try:
            if keys & {"notes", "tips"} and self.shown_fragment_id is not None:
                reflection.note_item(self.ctx, self.reflection_id, self.shown_fragment_id,
                                     notes=self.notes.toPlainText() if "notes" in keys else None,
                                     tips=self.tips.toPlainText() if "tips" in keys else None)
            if "reflection" in keys:
                reflection.note_reflection(self.ctx, self.reflection_id, self.reflection_notes.toPlainText())
        except KijkwijzerError as error:
            text = error.message(current_lang())
            self.message.emit(text)
            return NotSaved(text)
        return None

    def flush(self) -> bool:
        """Commit typing that is still pending now (hiding or closing the view does so by itself)."""
        return self.autosave.flush()

    # --- the agenda grows and shrinks ---------------------------------------------------------------------------
    def _fill_add_menu(self) -> None:
        """The conversation's fragments not on the agenda yet, asked anew each time the menu opens."""
        self.add_menu.clear()
        groups = call_or_say(self.message.emit, reflection.agenda_candidates_by_conversation, self.ctx,
                             self.reflection_id) or []
        candidates = [f for _sequence, found in groups for f in found]
        for sequence, found in groups:
            if len(groups) > 1 and found:  # a reflection over several conversations: a section for each
                self.add_menu.addSection(self.tr("Gesprek {n}").format(n=sequence))
            for fragment in found:
                action = self.add_menu.addAction(fragment_text(fragment))
                action.triggered.connect(lambda _c=False, fid=fragment.id: self.add_to_agenda(fid))
        if not candidates:
            empty = self.add_menu.addAction(self.tr("Geen fragmenten meer van dit gesprek. Maak er een in de "
                                                    "review: markeer een stuk of kies een annotatie en druk op F."))
            empty.setEnabled(False)

    def add_to_agenda(self, fragment_id: int) -> None:
        if call_or_say(self.message.emit, reflection.add_to_agenda, self.ctx, self.reflection_id,
                       fragment_id) is not None:
            self.refresh(fragment_id)
            self.agenda.setFocus()

    def remove_current(self) -> None:
        """Take the chosen fragment off the agenda; what was noted about it here goes too, so that is asked."""
        item = self.current_item()
        if item is None:
            return
        if self.notes.toPlainText().strip() or self.tips.toPlainText().strip():
            answer = QMessageBox.question(
                self, self.tr("Van agenda halen"),
                self.tr("{fragment} van de agenda halen?\n\nDe notities en tips bij dit fragment in dit "
                        "reflectiegesprek gaan dan verloren; het fragment zelf blijft bestaan.").format(
                    fragment=fragment_text(item.fragment)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.autosave.flush()  # what was typed goes where it belongs before the item goes
        row = self.agenda.currentRow()
        if call_or_say(self.message.emit, reflection.remove_from_agenda, self.ctx, self.reflection_id,
                       item.fragment.id) is not None:
            self.refresh()
            self.agenda.setCurrentRow(min(row, self.agenda.count() - 1))

    def _move(self, step: int) -> None:
        if self.reflection is None or self.current_item() is None:
            return
        order = [i.fragment.id for i in self.reflection.items]
        row = self.agenda.currentRow()
        target = max(0, min(row + step, len(order) - 1))
        order.insert(target, order.pop(row))
        if call_or_say(self.message.emit, reflection.reorder_agenda, self.ctx, self.reflection_id,
                       order) is not None:
            self.refresh(order[target])

    def _play(self, entry: QListWidgetItem) -> None:
        item = next((i for i in (self.reflection.items if self.reflection else ())
                     if i.fragment.id == entry.data(ID_ROLE)), None)
        if item is not None:
            self.play_fragment_requested.emit(item.fragment)
