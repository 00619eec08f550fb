"""The SLIM panel for one conversation: the acting reviewer's analyses, the suggested verdict with its
reasoning, confirm or override with a note, and every reviewer's analysis side by side.

Hook it in with `SlimPanel(ctx, conversation_id, parent)`; it refreshes on `slim.*` events.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain import slim as rules
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import slim
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.slim import SlimView

from ..i18n import current_lang
from ..qt_events import EventBridge
from .slim_compare import SlimCompare
from .slim_editor import LISTS, SlimEditor


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
        self.save = QPushButton(self.tr("Analyse opslaan"), self)
        self.save.clicked.connect(self.save_analysis)
        self.accept = QPushButton(self.tr("Voorgesteld oordeel bevestigen"), self)
        self.accept.clicked.connect(lambda: self.confirm(None))
        self.override_verdict = QComboBox(self)
        for verdict_id in rules.VERDICTS:
            self.override_verdict.addItem(rules.verdict_label(verdict_id, current_lang()), verdict_id)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Waarom wijk je af? (verplicht bij afwijken)"))
        self.override = QPushButton(self.tr("Afwijkend oordeel vastleggen"), self)
        self.override.clicked.connect(lambda: self.confirm(self.override_verdict.currentData()))
        self.error = QLabel(self)
        self.error.setObjectName("slimError")
        self.error.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("slimState")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mijn analyse:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.save)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.accept)
        verdict_row.addWidget(self.override_verdict)
        verdict_row.addWidget(self.note, 1)
        verdict_row.addWidget(self.override)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.editor)
        left_layout.addWidget(self.state)
        left_layout.addLayout(verdict_row)
        left_layout.addWidget(self.error)
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.compare)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([820, 560])
        self.compare.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.bridge = EventBridge(ctx.bus, ("slim.",), self)
        self.bridge.connect_to(self._on_event)
        self.reload()

    # --- data ------------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        try:
            self.views = slim.list_for_conversation(self.ctx, self.conversation_id)
        except KijkwijzerError as error:
            self._fail(error)
            self.views = []
        mine = [v for v in self.views if v.reviewer_id == self.ctx.actor.reviewer_id]
        current = select_id if select_id is not None else self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("Nieuwe analyse"), None)
        for v in mine:
            self.chooser.addItem(f"#{v.id} {v.phase or self.tr('heel gesprek')}", v.id)
        index = self.chooser.findData(current)
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._chosen()
        self.compare.show_views(self.views)

    def current(self) -> SlimView | None:
        wanted = self.chooser.currentData()
        return next((v for v in self.views if v.id == wanted), None)

    def _chosen(self, *_args: object) -> None:
        view = self.current()
        self.editor.load(view)
        self.accept.setEnabled(view is not None)
        self.override.setEnabled(view is not None)
        if view is None:
            self.state.setText(self.tr("Sla de analyse op; daarna bevestig je het oordeel of wijk je af."))
        elif view.verdict is None:
            self.state.setText(self.tr("Nog niet bevestigd."))
        else:
            label = rules.verdict_label(view.verdict, current_lang())
            self.state.setText(self.tr("Bevestigd: %1").replace("%1", label)
                               + (self.tr(" (afwijkend: %1)").replace("%1", view.note) if view.overridden else ""))

    def _on_event(self, _event: Event) -> None:
        self.reload()

    def _fail(self, error: KijkwijzerError) -> None:
        self.error.setText(error.message(current_lang()))
        self.message.emit(error.message(current_lang()))

    # --- actions ----------------------------------------------------------------------------------------------
    def save_analysis(self) -> SlimView | None:
        self.error.clear()
        e = self.editor
        picks = {name: e.chosen(list_id) for name, list_id in zip(("zelfbeeld", "rol", "logica"), LISTS)}
        try:
            view = self.current()
            if view is None:
                start, end = e.span()
                saved = slim.add(self.ctx, self.conversation_id, **picks, dimensions=e.dimensions(), start_ms=start,
                                 end_ms=end, phase=e.phase.text(), analysis=e.analysis.toPlainText())
            else:
                saved = slim.update(self.ctx, view.id, **picks, dimensions=e.dimensions(),
                                    analysis=e.analysis.toPlainText(), phase=e.phase.text())
        except KijkwijzerError as error:
            self._fail(error)
            return None
        self.reload(saved.id)
        return saved

    def confirm(self, verdict: str | None) -> SlimView | None:
        self.error.clear()
        view = self.current()
        if view is None:
            return None
        try:
            saved = slim.confirm(self.ctx, view.id, verdict, self.note.text() if verdict else "")
        except KijkwijzerError as error:
            self._fail(error)
            return None
        self.note.clear()
        self.reload(saved.id)
        return saved
