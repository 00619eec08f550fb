"""The transcript of the open recording beside the player: its cues follow playback, a search narrows them,
Enter or a double-click jumps the player there, and "Importeren…" reads an SRT or WebVTT file.

For the main window: `TranscriptPanel(ctx, parent)`; call `set_recording(id)` when a recording opens and
`set_position(ms)` from the playhead; connect `seek_requested(int)` to the player's seek. Imports made
elsewhere (the CLI in team mode, another panel) arrive as `transcript.changed` events and reload the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import transcripts
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area, Topic
from kijkwijzer.services.transcripts import CueView

from ..i18n import current_lang
from ..qt_events import EventBridge
from .cue_model import SPEAKER, TIME, CueFilter, CueRole, CueTableModel
from .messages import FOLDER_KEY, error_text, show_error

if TYPE_CHECKING:
    from kijkwijzer.services.exchange.csv_and_subtitles import ImportResult

TOPICS = (Area.TRANSCRIPT, Topic.RECORDING_ERASED)


class TranscriptPanel(QWidget):
    seek_requested = Signal(int)  # ms: Enter or double-click on a cue, Enter in the search field
    message = Signal(str)  # one line for the status bar

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptPanel")
        self.ctx = ctx
        self.recording_id: int | None = None
        self.position_ms = 0
        self._scrolled_to: int | None = None

        self.model = CueTableModel(self)
        self.proxy = CueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("transcriptSearch")
        self.search.setPlaceholderText(self.tr("Zoeken in transcript… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Zoekt in tekst en spreker. Enter: naar de eerste treffer; Esc: wissen")
        )
        self.count = QLabel(self)
        self.count.setObjectName("transcriptCount")

        self.view = QTreeView(self)
        self.view.setObjectName("transcriptList")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # long transcripts (thousands of cues) stay quick to scroll
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(SPEAKER, 120)
        self.view.setToolTip(self.tr("Enter of dubbelklik: de speler gaat naar dit moment"))

        self.empty = QLabel(self)
        self.empty.setObjectName("transcriptEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(12)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)

        self.follow = QCheckBox(self.tr("Meescrollen"), self)
        self.follow.setObjectName("transcriptFollow")
        self.follow.setChecked(True)
        self.follow.setToolTip(self.tr("Houd de regel die nu klinkt in beeld tijdens het afspelen"))
        self.status = QLabel(self)
        self.status.setObjectName("transcriptStatus")
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.setObjectName("transcriptImport")
        self.import_button.setToolTip(self.tr("Een transcript inlezen (SRT of WebVTT)"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.follow)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.go_to_first_match)
        self.search.installEventFilter(self)
        self.view.activated.connect(self._activated)  # Enter, and a double-click on desktop styles
        self.import_button.clicked.connect(self.choose_and_import)
        self.follow.toggled.connect(lambda on: on and self._scroll_to_current(force=True))
        self.bridge = EventBridge(ctx.bus, TOPICS, self)
        self.bridge.connect_to(self._on_event)
        self.set_recording(None)

    # --- what is shown ---------------------------------------------------------------------------------------
    def set_ctx(self, ctx: Context) -> None:
        """Another reviewer ("Ik annoteer als"): the cues are read again acting as them."""
        self.ctx = ctx
        self.set_recording(self.recording_id)

    def set_recording(self, recording_id: int | None) -> None:
        self.recording_id = recording_id
        self.status.clear()
        self.import_button.setEnabled(recording_id is not None)
        self.reload()

    def reload(self) -> None:
        cues: list[CueView] = []
        problem = ""
        if self.recording_id is not None:
            try:
                cues = transcripts.list_cues(self.ctx, self.recording_id)
            except KijkwijzerError as error:
                problem = error.message(current_lang())
        self.model.set_cues(cues)
        self._scrolled_to = None
        if self.recording_id is None:
            self.empty.setText(self.tr("Open een opname om het transcript te zien."))
        elif problem:
            self.empty.setText(problem)
        else:
            self.empty.setText(
                self.tr(
                    "Deze opname heeft nog geen transcript.\n"
                    "Lees een SRT- of WebVTT-bestand in met ‘Importeren…’."
                )
            )
        self.pages.setCurrentWidget(self.view if cues else self.empty)
        self.search.setEnabled(bool(cues))
        self._update_count()
        if cues:
            self.set_position(self.position_ms)

    def cues(self) -> list[CueView]:
        return list(self.model.cues)

    def visible_cues(self) -> list[CueView]:
        return [self.proxy.index(row, 0).data(CueRole) for row in range(self.proxy.rowCount())]

    def current_cue(self) -> CueView | None:
        row = self.model.current
        return self.model.cues[row] if row is not None else None

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not total:
            self.count.clear()
        elif shown != total:
            self.count.setText(self.tr("{shown} van {total} regels").format(shown=shown, total=total))
        else:
            self.count.setText(self.tr("1 regel") if total == 1 else self.tr("{n} regels").format(n=total))

    # --- following playback ---------------------------------------------------------------------------------
    def set_position(self, ms: int) -> None:
        """Highlight the cue under the playhead and keep it in view; the keyboard focus stays where it is."""
        self.position_ms = int(ms)
        row = self._row_at(self.position_ms)
        self.model.set_current(row)
        self._scroll_to_current()

    def _row_at(self, ms: int) -> int | None:
        cues, row = self.model.cues, self.model.current
        if not cues:
            return None
        if (
            row is not None
            and cues[row].start_ms <= ms <= cues[row].end_ms
            and (row + 1 == len(cues) or cues[row + 1].start_ms > ms)
        ):
            return row  # still in the same cue: the common case while playing, no search needed
        return transcripts.cue_index_at(cues, ms)

    def _scroll_to_current(self, force: bool = False) -> None:
        row = self.model.current
        if row is None or not self.follow.isChecked() or (row == self._scrolled_to and not force):
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():  # a cue hidden by the search is not scrolled to
            self._scrolled_to = row
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- search and jumping ---------------------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._scrolled_to = None
        self._update_count()
        if not text.strip():
            self._scroll_to_current(force=True)

    def set_search(self, text: str) -> None:
        self.search.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to_first_match(self) -> None:
        index = self.proxy.index(0, 0)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        cue = index.data(CueRole) if index.isValid() else None
        if cue is not None:
            self.seek_requested.emit(cue.start_ms)

    def event(self, event: QEvent) -> bool:
        """Ctrl+F inside the panel is the panel's own search, even when the window has a Ctrl+F of its own."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Find)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # --- import ---------------------------------------------------------------------------------------------
    def choose_and_import(self) -> ImportResult | None:
        if self.recording_id is None:
            return None
        folder = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Transcript inlezen"),
            folder,
            self.tr("Transcript (*.srt *.vtt);;Alle bestanden (*)"),
        )
        if not chosen:
            return None
        QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
        return self.import_file(Path(chosen))

    def import_file(self, path: Path, replace: bool | None = None) -> ImportResult | None:
        """Read an SRT/WebVTT file into the open recording. A transcript already there is replaced only after
        asking (or with `replace=True`); a file that cannot be read is refused whole, with the reason shown."""
        if self.recording_id is None:
            return None
        if replace is None:
            replace = False
            if self.model.cues:
                answer = QMessageBox.question(
                    self,
                    self.tr("Transcript vervangen?"),
                    self.tr(
                        "Deze opname heeft al een transcript ({n} regels). Vervangen door {name}?"
                    ).format(n=len(self.model.cues), name=path.name),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                replace = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from kijkwijzer.services.exchange import csv_and_subtitles as exchange  # ~25 ms: not at start

            result = exchange.import_transcript(self.ctx, self.recording_id, path, replace=replace)
        except (KijkwijzerError, OSError) as error:
            self.status.setText(self.tr("Niet ingelezen."))
            show_error(self, self.tr("Transcript niet ingelezen"), error_text(error), "transcriptImportError")
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        n = result.added
        done = (
            self.tr("1 regel ingelezen uit {name}") if n == 1 else self.tr("{n} regels ingelezen uit {name}")
        ).format(n=n, name=path.name)
        self.status.setText(done)
        self.message.emit(done)
        if len(self.model.cues) != result.added:  # the event normally reloaded already
            self.reload()
        return result

    def _on_event(self, event: Event) -> None:
        if self.recording_id is not None and event.object_id == self.recording_id:
            self.reload()
