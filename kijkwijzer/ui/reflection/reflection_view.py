"""The reflection conversation on screen: the agenda of fragments; for the chosen one the reflection
questions of its themes, what the reviewers saw, what the client said, notes and tips; and the outcome,
aandachtspunten, each linked to a theme and to the fragment that led to it; and notes on the whole conversation.

Notes and tips commit as they are typed (after a pause, on leaving the field, on choosing another fragment,
on closing): there is no Save button that can be forgotten.

For the main window: `ReflectionView(ctx, session_id)`; connect `play_fragment_requested(FragmentView)`
to seek the review player (or a PlaylistRunner) to the fragment.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import aandachtspunten, reflection
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.reflection import AgendaItem, SessionView

from ..autosave import Autosave, NotSaved, show_text
from ..feedback.playlist_panel import MoveKeys, fragment_text
from ..i18n import current_lang, pick
from ..qt_events import EventBridge

ID_ROLE = Qt.ItemDataRole.UserRole


class ReflectionView(QWidget):
    message = Signal(str)
    play_fragment_requested = Signal(object)  # FragmentView

    def __init__(self, ctx: Context, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionView")
        self.setStyleSheet("QLabel#reflectionHeading { font-size: 16px; font-weight: 700; }")
        self.ctx = ctx
        self.session_id = session_id
        self.session: SessionView | None = None
        self._pending = False
        self.heading = QLabel(self)
        self.heading.setObjectName("reflectionHeading")
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("reflectionAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions = QLabel(self)
        self.questions.setObjectName("reflectionQuestions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.seen = QLabel(self)
        self.seen.setWordWrap(True)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Wat is er over dit fragment gezegd?"))
        self.tips = QPlainTextEdit(self)
        self.tips.setPlaceholderText(self.tr("Tips van de meekijkers"))
        for edit in (self.notes, self.tips):
            edit.setMaximumHeight(120)
            edit.setTabChangesFocus(True)
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(self.tr("Reflectievragen"), self.questions)
        form.addRow(self.tr("Wat de kijkers zagen"), self.seen)
        form.addRow(self.tr("Wat de cliënt zei"), self.said)
        form.addRow(self.tr("Notities"), self.notes)
        form.addRow(self.tr("Tips"), self.tips)
        form.addRow("", self.saved)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.agenda)
        top.addWidget(details)
        top.setStretchFactor(1, 3)
        top.setSizes([360, 840])
        self.points = QListWidget(self)
        self.points.setObjectName("reflectionPoints")
        self.point_text = QLineEdit(self)
        self.point_text.setPlaceholderText(self.tr("Wat wil je de volgende keer proberen?"))
        self.point_theme = QComboBox(self)
        self.point_theme.addItem(self.tr("(geen thema)"), None)
        for theme in ctx.content.themes:
            self.point_theme.addItem(pick(theme.title, theme.title_en), theme.id)
        self.link_fragment = QCheckBox(self.tr("koppel aan dit fragment"), self)
        self.link_fragment.setChecked(True)
        self.add_point = QPushButton(self.tr("Aandachtspunt toevoegen"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.point_text, 3)
        add_row.addWidget(self.point_theme, 2)
        add_row.addWidget(self.link_fragment)
        add_row.addWidget(self.add_point)
        self.session_notes = QPlainTextEdit(self)
        self.session_notes.setObjectName("sessionNotes")
        self.session_notes.setPlaceholderText(self.tr("Wat over het hele gesprek gezegd of afgesproken is"))
        self.session_notes.setTabChangesFocus(True)
        self.session_notes.setMaximumHeight(120)
        outcome = QVBoxLayout()
        outcome.addWidget(QLabel(self.tr("Aandachtspunten"), self))
        outcome.addWidget(self.points, 1)
        outcome.addLayout(add_row)
        whole = QVBoxLayout()
        whole.addWidget(QLabel(self.tr("Notities bij dit gesprek"), self))
        whole.addWidget(self.session_notes, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(outcome, 3)
        bottom.addLayout(whole, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(top, 3)
        layout.addLayout(bottom, 1)
        self.shown_fragment_id: int | None = None  # whose notes and tips the fields hold
        self.autosave = Autosave(self, self._commit, self.saved)
        self.autosave.watch(self.notes, "notes")
        self.autosave.watch(self.tips, "tips")
        self.autosave.watch(self.session_notes, "session")
        self.agenda.currentRowChanged.connect(self._show_item)
        self.agenda.itemActivated.connect(self._play)
        self.add_point.clicked.connect(self._add_point)
        self.point_text.returnPressed.connect(self._add_point)
        self.agenda.setToolTip(self.tr("Alt+↑/Alt+↓ verandert de volgorde; Enter speelt het fragment"))
        MoveKeys(self.agenda, self._move)
        self.bridge = EventBridge(ctx.bus, ("reflection.", "aandachtspunt.", "client_reaction."), self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def _call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
            return None

    def _on_event(self, _event: Event) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self, keep_fragment_id: int | None = None) -> None:
        """Show the session as stored; the fragment on screen stays chosen (by id, so a reorder made
        elsewhere does not swap the notes under the cursor), and typing not yet committed stays as typed."""
        self._pending = False
        session = self._call(reflection.get_session, self.ctx, self.session_id)
        if session is None:
            return
        self.session = session
        self.heading.setText(self.tr("Reflectiegesprek van {date}: {n} fragmenten op de agenda").format(
            date=session.held_on.strftime("%d-%m-%Y"), n=len(session.items)))
        keep = keep_fragment_id if keep_fragment_id is not None else self.shown_fragment_id
        ids = [item.fragment.id for item in session.items]
        row = ids.index(keep) if keep in ids else min(max(self.agenda.currentRow(), 0), len(ids) - 1)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for item in session.items:
            entry = QListWidgetItem(f"{item.position + 1}. {fragment_text(item.fragment)}")
            entry.setData(ID_ROLE, item.fragment.id)
            self.agenda.addItem(entry)
        self.agenda.setCurrentRow(row)
        self.agenda.blockSignals(False)
        self._show_item(self.agenda.currentRow())
        if not self.autosave.is_pending("session"):
            with self.autosave.loading():
                show_text(self.session_notes, session.notes)
        self.points.clear()
        for point in session.aandachtspunten:
            theme = self._theme_title(point.theme_id)
            self.points.addItem(f"{point.text}" + (f"  [{theme}]" if theme else ""))

    def current_item(self) -> AgendaItem | None:
        row = self.agenda.currentRow()
        if self.session is None or not 0 <= row < len(self.session.items):
            return None
        return self.session.items[row]

    def _theme_title(self, theme_id: str | None) -> str:
        if not theme_id or not self.ctx.content.has(theme_id):
            return theme_id or ""
        theme = self.ctx.content.theme(theme_id)
        return pick(theme.title, theme.title_en)

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
        for widget in (self.notes, self.tips, self.link_fragment):
            widget.setEnabled(enabled)
        if item is None:
            for label in (self.questions, self.seen, self.said):
                label.clear()
            with self.autosave.loading():
                self.notes.clear()
                self.tips.clear()
            return
        by_theme: dict[str, list[str]] = {}
        for q in item.questions:
            by_theme.setdefault(q.theme_id, []).append(q.text)
        self.questions.setText("".join(
            f"<p><b>{escape(self._theme_title(t))}</b><br>{'<br>'.join('• ' + escape(x) for x in texts)}</p>"
            for t, texts in by_theme.items()) or self.tr("Geen thema's geannoteerd in dit fragment."))
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
                reflection.note_item(self.ctx, self.session_id, self.shown_fragment_id,
                                     notes=self.notes.toPlainText() if "notes" in keys else None,
                                     tips=self.tips.toPlainText() if "tips" in keys else None)
            if "session" in keys:
                reflection.note_session(self.ctx, self.session_id, self.session_notes.toPlainText())
        except KijkwijzerError as error:
            text = error.message(current_lang())
            self.message.emit(text)
            return NotSaved(text)
        return None

    def flush(self) -> bool:
        """Commit typing that is still pending now (hiding or closing the view does so by itself)."""
        return self.autosave.flush()

    def _add_point(self) -> None:
        item = self.current_item()
        linked = (item.fragment.id,) if item is not None and self.link_fragment.isChecked() else ()
        made = self._call(aandachtspunten.add_aandachtspunt, self.ctx, self.session_id, self.point_text.text(),
                          self.point_theme.currentData(), linked)
        if made is not None:
            self.point_text.clear()

    def _move(self, step: int) -> None:
        if self.session is None or self.current_item() is None:
            return
        order = [i.fragment.id for i in self.session.items]
        row = self.agenda.currentRow()
        target = max(0, min(row + step, len(order) - 1))
        order.insert(target, order.pop(row))
        if self._call(reflection.reorder_agenda, self.ctx, self.session_id, order) is not None:
            self.refresh(order[target])

    def _play(self, entry: QListWidgetItem) -> None:
        item = next((i for i in (self.session.items if self.session else ())
                     if i.fragment.id == entry.data(ID_ROLE)), None)
        if item is not None:
            self.play_fragment_requested.emit(item.fragment)
