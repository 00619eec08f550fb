"""The SLIM panel for one conversation: the acting reviewer's analyses, the suggested verdict with its
reasoning, confirm or override with a note, and every reviewer's analysis side by side. The two are tabs
(Alt+1 / Alt+2 as mnemonics): side by side neither fitted a dock at 1280 or 1600 pixels wide, and the
comparison, one column per analysis, needs the full width to be readable.

Every change commits as it is made (a click at once, typing after a pause or on leaving the field); for a new
analysis the first choice or word of analysis creates it (with the phase and times typed before), later
changes update it. Confirming or overriding the verdict stays an explicit decision.

Hook it in with `SlimPanel(ctx, conversation_id, parent)`; it refreshes on `slim.*` events.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain import slim as rules
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import slim
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.slim import SlimView
from kijkwijzer.services.topics import Area

from ..autosave import Autosave, NotSaved
from ..i18n import count_text, current_lang
from ..qt_events import EventBridge
from .slim_compare import SlimCompare
from .slim_editor import LISTS, SlimEditor
from .slim_help import SlimHelpDialog


class SlimPanel(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, conversation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimPanel")
        self.ctx = ctx
        self.conversation_id = conversation_id
        self.views: list[SlimView] = []
        self.editor = SlimEditor(ctx.content, self)
        self.compare = SlimCompare(ctx.content, self)
        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        self.accept = QPushButton(self.tr("Voorgesteld oordeel bevestigen"), self)
        self.accept.clicked.connect(lambda: self.confirm(None))
        self.override_verdict = QComboBox(self)
        for verdict_id in rules.VERDICTS:  # named as the content names them
            self.override_verdict.addItem(slim.verdict_label(ctx.content, verdict_id, current_lang()), verdict_id)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Waarom wijk je af? (verplicht bij afwijken)"))
        self.override = QPushButton(self.tr("Afwijkend oordeel vastleggen"), self)
        self.override.clicked.connect(lambda: self.confirm(self.override_verdict.currentData()))
        self.error = QLabel(self)
        self.error.setObjectName("slimError")
        self.error.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("slimState")
        self.state.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mijn analyse:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.saved)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.accept)
        accept_row.addStretch(1)
        override_row = QHBoxLayout()
        override_row.addWidget(QLabel(self.tr("Of wijk af:"), self))
        override_row.addWidget(self.override_verdict)
        override_row.addWidget(self.note, 1)
        override_row.addWidget(self.override)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addWidget(self.editor)
        left_layout.addWidget(self.state)
        left_layout.addLayout(accept_row)
        left_layout.addLayout(override_row)
        left_layout.addWidget(self.error)
        left_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("slimTabs")
        mine = QScrollArea(self)  # the form scrolls under its tab; the tabs stay in sight in a low dock
        mine.setWidgetResizable(True)
        mine.setFrameShape(QFrame.Shape.NoFrame)
        mine.setWidget(left)
        self.tabs.addTab(mine, self.tr("&1 Mijn analyse"))
        self.tabs.addTab(self.compare, "")  # named with its count in reload()
        self.tabs.setTabToolTip(1, self.tr("De SLIM-analyses van alle kijkers bij dit gesprek, één kolom per analyse"))
        self.help_button = QPushButton(self.tr("Over SLI&M…"), self)  # beside both tabs (slim_help.py)
        self.help_button.setObjectName("slimHelpButton")
        self.help_button.setToolTip(self.tr("Het model, de drie lijsten en het oordeel, uit de bijlage over SLIM "
                                            "(Alt+M)"))
        self.help_button.clicked.connect(self.show_help)
        self.tabs.setCornerWidget(self.help_button)
        self.help_dialog: SlimHelpDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.shown_id: int | None = None  # the analysis the editor shows; None: a new one, not stored yet
        self._reload_queued = False
        self.autosave = Autosave(self, self._commit, self.saved)
        self.editor.changed.connect(lambda: self.autosave.changed("choices", at_once=True))
        for key, edit in (("phase", self.editor.phase), ("span", self.editor.start), ("span", self.editor.end),
                          ("analysis", self.editor.analysis)):
            self.autosave.watch(edit, key)
        self.bridge = EventBridge(ctx.bus, (Area.SLIM,), self)
        self.bridge.connect_to(self._on_event)
        self.reload()

    def show_help(self) -> SlimHelpDialog:
        """"Over SLIM…": the bijlage's texts from the content, beside the panel (not modal)."""
        if self.help_dialog is None:
            self.help_dialog = SlimHelpDialog(self.ctx.content, self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    # --- data ------------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Show the analyses as stored; the one on screen stays chosen and its pending changes stay as typed."""
        self._reload_queued = False
        try:
            self.views = slim.list_for_conversation(self.ctx, self.conversation_id)
        except KijkwijzerError as error:
            self._fail(error)
            self.views = []
        mine = [v for v in self.views if v.reviewer_id == self.ctx.actor.reviewer_id]
        current = select_id if select_id is not None else self.shown_id
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("Nieuwe analyse"), None)
        whole = self.tr("heel gesprek")
        for v in mine:
            self.chooser.addItem(f"#{v.id} {v.phase or whole}", v.id)
        index = self.chooser.findData(current) if current is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._chosen()
        self.compare.show_views(self.views)
        self.tabs.setTabText(1, count_text(len(self.views), self.tr("&2 Naast elkaar (1 analyse)"),
                                           self.tr("&2 Naast elkaar ({n} analyses)")))

    def current(self) -> SlimView | None:
        wanted = self.chooser.currentData()
        return next((v for v in self.views if v.id == wanted), None)

    def _chosen(self, *_args: object) -> None:
        view = self.current()
        wanted = view.id if view is not None else None
        if wanted != self.shown_id and not self.autosave.flush():
            problem = self.autosave.problem
            back = self.chooser.findData(self.shown_id) if self.shown_id is not None else 0
            if problem is not None and problem.trouble and back >= 0:
                self.chooser.blockSignals(True)  # not stored (the error is shown): stay, so nothing is lost
                self.chooser.setCurrentIndex(back)
                self.chooser.blockSignals(False)
                return
            self.autosave.discard()  # only a phase typed, or the analysis it belonged to is gone
            self.error.clear()
        keep = frozenset() if wanted != self.shown_id else self._pending_keys()
        self.shown_id = wanted
        with self.autosave.loading():
            self.editor.load(view, keep)
        self.accept.setEnabled(view is not None)
        self.override.setEnabled(view is not None)
        if view is None:
            self.state.setText(self.tr("Nieuwe analyse: vul eventueel eerst fase en tijden in. Je eerste keuze "
                                       "legt de analyse vast; daarna bevestig je het oordeel of wijk je af."))
        elif view.verdict is None:
            self.state.setText(self.tr("Nog niet bevestigd."))
        else:
            label = slim.verdict_label(self.ctx.content, view.verdict, current_lang())
            self.state.setText(self.tr("Bevestigd: %1").replace("%1", label)
                               + (self.tr(" (afwijkend: %1)").replace("%1", view.note) if view.overridden else ""))

    def _pending_keys(self) -> frozenset[str]:
        return frozenset(k for k in ("choices", "phase", "span", "analysis") if self.autosave.is_pending(k))

    def _on_event(self, _event: Event) -> None:
        if not self._reload_queued:  # after the commit that caused it has finished (and set shown_id)
            self._reload_queued = True
            QTimer.singleShot(0, self.reload)

    def _fail(self, error: KijkwijzerError) -> str:
        text = error.message(current_lang())
        self.error.setText(text)
        self.message.emit(text)
        return text

    # --- committing --------------------------------------------------------------------------------------------
    def _meaningful(self) -> bool:
        e = self.editor
        return any(e.chosen(list_id) for list_id in LISTS) or bool(e.dimensions()) \
            or bool(e.analysis.toPlainText().strip())

    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        """A new analysis is created by its first meaningful change; a stored one is updated per change."""
        self.error.clear()
        e = self.editor
        picks: dict[str, object] = {name: e.chosen(list_id) for name, list_id in zip(("zelfbeeld", "rol", "logica"), LISTS)}
        picks["approach_of"] = e.approach_of()
        try:
            if self.shown_id is None:
                if not self._meaningful():  # a phase or times alone wait for the first choice
                    return NotSaved(self.tr("Wordt vastgelegd bij je eerste keuze."), trouble=False)
                start, end = e.span()
                made = slim.add(self.ctx, self.conversation_id, **picks, dimensions=e.dimensions(), start_ms=start,  # type: ignore[arg-type]
                                end_ms=end, phase=e.phase.text(), analysis=e.analysis.toPlainText())
                self.shown_id = made.id
                for edit in (e.start, e.end):
                    edit.setEnabled(False)
                return None
            changes: dict[str, object] = {}
            if "choices" in keys:
                changes.update(picks, dimensions=e.dimensions())
            if "analysis" in keys:
                changes["analysis"] = e.analysis.toPlainText()
            if "phase" in keys:
                changes["phase"] = e.phase.text()
            if changes:
                slim.update(self.ctx, self.shown_id, **changes)  # type: ignore[arg-type]
        except KijkwijzerError as error:
            return NotSaved(self._fail(error))
        return None

    def flush(self) -> bool:
        """Commit what is still pending now (hiding or closing the panel does so by itself)."""
        return self.autosave.flush()

    def save_analysis(self) -> SlimView | None:
        """The analysis on screen as stored, after committing what is pending (None: nothing stored yet).
        There is no button for it any more; kept for callers written before every change committed itself."""
        if not self.flush() or self.shown_id is None:
            return None
        try:
            views = slim.list_for_conversation(self.ctx, self.conversation_id)
        except KijkwijzerError as error:
            self._fail(error)
            return None
        return next((v for v in views if v.id == self.shown_id), None)

    # --- the verdict: an explicit decision ----------------------------------------------------------------------
    def confirm(self, verdict: str | None) -> SlimView | None:
        self.error.clear()
        if not self.autosave.flush() or self.shown_id is None:
            return None
        try:
            saved = slim.confirm(self.ctx, self.shown_id, verdict, self.note.text() if verdict else "")
        except KijkwijzerError as error:
            self._fail(error)
            return None
        self.note.clear()
        self.reload(saved.id)
        return saved
