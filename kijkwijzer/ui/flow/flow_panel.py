"""The "Gespreksverloop" panel of one recording: Analyseren (on a worker thread, with a progress bar and Stoppen),
then the talk-and-listen figures per speaker and the moments worth a look; a moment becomes an annotation of the
theme "Wisselen de praat- en luisterbeurten voldoende?" with the theme's key or the button, and is undone like any
other annotation. The speaker lane on the timeline follows the track made here.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.analysis.turn_moments import Moment
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import conversation_flow
from kijkwijzer.services.context import Context
from kijkwijzer.services.conversation_flow import Flow
from kijkwijzer.services.speech import SpeechCancelled

from ..i18n import current_lang
from ..workers import Workers
from . import flow_texts
from .flow_host import FlowHost
from .moment_list import MomentList
from .voice_box import VoiceBox

SCALE = 1000


class FlowPanel(QWidget):
    message = Signal(str)
    progressed = Signal(int, int)  # done, total (ms of the recording): emitted on the worker thread

    def __init__(self, ctx: Context, recording_id: int, host: FlowHost,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowPanel")
        self.ctx = ctx
        self.recording_id = recording_id
        self.host = host
        self.flow: Flow | None = None
        self.workers = Workers(self, threads=1)
        self._cancel = threading.Event()
        self.destroyed.connect(self._cancel.set)  # a closed panel stops its analysis at the next block
        self.running = False

        self.state = QLabel(self)
        self.state.setObjectName("flowState")
        self.state.setWordWrap(True)
        self.analyse_button = QPushButton(self.tr("A&nalyseren"), self)
        self.analyse_button.setObjectName("flowAnalyse")
        self.analyse_button.setToolTip(self.tr("Wie spreekt wanneer: uit het transcript, de kanalen of de stemmen. "
                                               "Alles wordt op deze computer berekend."))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("flowProgress")
        self.progress.setRange(0, SCALE)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Sto&ppen"), self)
        self.stop_button.setObjectName("flowStop")
        self.stop_button.hide()
        self.analyse_button.clicked.connect(self.analyse)
        self.stop_button.clicked.connect(self.stop)
        self.progressed.connect(self._show_progress)

        self.table = QTableWidget(self)
        self.table.setObjectName("flowFigures")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.summary = QLabel(self)
        self.summary.setObjectName("flowSummary")
        self.summary.setWordWrap(True)
        self.moments = MomentList(host.theme_key, self)
        self.moments.annotate_requested.connect(self.annotate)
        self.moments.seek_requested.connect(lambda m: self.host.seek(self.recording_id, m.start_ms))
        self.annotate_button = QPushButton(self)
        self.annotate_button.setObjectName("flowAnnotate")
        self.annotate_button.clicked.connect(lambda: self.annotate(self.moments.current_moment()))
        self.voice = VoiceBox(ctx, recording_id, host, self.workers, self)
        self.voice.message.connect(self.message)
        self.voice.changed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.analyse_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.stop_button)
        top.addWidget(self.state, 3)
        top.addWidget(self.voice, 2)  # the analysis and the voice it uses on one row: low enough for 1280x720
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.moments, 1)
        right_layout.addWidget(self.annotate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.moments.setMinimumHeight(60)
        self.table.setMinimumHeight(60)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._label_annotate()
        self.refresh()

    def heightForWidth(self, _width: int) -> int:
        """No height of its own for a width: the wrapped labels would make the dock's scroll area give the panel its
        full height (and a scroll bar) where the table and the moments can scroll themselves (1280x720)."""
        return -1

    # --- showing -----------------------------------------------------------------------------------------------
    def _label_annotate(self) -> None:
        key = self.host.theme_key()
        text = self.tr("Als annotatie bij ‘Praat- en luisterbeurten’")
        self.annotate_button.setText(f"{text} ({key})" if key else text)

    def refresh(self) -> None:
        """What was computed before (nothing is computed here)."""
        try:
            flow = conversation_flow.cached(self.ctx, self.recording_id)
        except KijkwijzerError as error:
            self.show_flow(None, error.message(current_lang()))
            self.analyse_button.setEnabled(False)
            return
        self.show_flow(flow)

    def show_flow(self, flow: Flow | None, why: str = "") -> None:
        self.flow = flow
        self._label_annotate()
        if flow is None:
            self.state.setText(why or self.tr("Nog niet geanalyseerd: kies Analyseren."))
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.summary.clear()
            self.moments.set_moments(())
            self.annotate_button.setEnabled(False)
            return
        f = flow.figures
        self.state.setText(self.tr("{source}; opname {duration}, spraak {speech}.").format(
            source=flow_texts.source_text(f.source).capitalize(), duration=flow_texts.clock(f.duration_ms),
            speech=flow_texts.clock(f.speech_ms)))
        if not f.speakers:
            self.state.setText(self.state.text() + " " + self.tr("Er is geen spraak gevonden."))
        self._fill_table(flow)
        self.summary.setText(flow_texts.summary(f))
        self.moments.set_moments(f.moments)
        self.annotate_button.setEnabled(bool(f.moments))

    def _fill_table(self, flow: Flow) -> None:
        f = flow.figures
        rows = flow_texts.figure_rows(f)
        headers = [self.tr("Maat")] + [flow_texts.column_title(s.speaker) for s in f.speakers] + [self.tr("Samen")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, (label, cells, whole) in enumerate(rows):
            for column, text in enumerate([label, *cells, whole]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    # --- analysing ---------------------------------------------------------------------------------------------
    def analyse(self) -> None:
        if self.running:
            return
        self.running = True
        self._cancel.clear()
        ctx, recording_id = self.ctx, self.recording_id
        self.analyse_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self.state.setText(self.tr("Bezig met analyseren…"))

        def work() -> Flow:
            return conversation_flow.analyse(ctx, recording_id, progress=self._progress, cancel=self._cancel.is_set)

        self.workers.run(work, self._analysed, self._failed)

    def _progress(self, done: int, total: int) -> None:  # on the worker thread
        try:
            self.progressed.emit(done, total)
        except RuntimeError:  # the panel went away meanwhile
            pass

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(min(SCALE, done * SCALE // total))

    def stop(self) -> None:
        self._cancel.set()
        self.state.setText(self.tr("Stoppen…"))

    def _finished(self) -> None:
        self.running = False
        self.progress.hide()
        self.stop_button.hide()
        self.analyse_button.setEnabled(True)

    def _analysed(self, result: object) -> None:
        self._finished()
        if not isinstance(result, Flow):
            return
        self.show_flow(result)
        self.host.show_track(result.track)
        self.message.emit(self.tr("Gespreksverloop berekend."))

    def _failed(self, error: Exception) -> None:
        self._finished()
        if isinstance(error, SpeechCancelled):
            text = self.tr("Analyse gestopt; er is niets bewaard.")
        elif isinstance(error, KijkwijzerError):
            text = error.message(current_lang())
        else:
            text = self.tr("Analyseren is mislukt.")
        self.state.setText(text)
        self.message.emit(text)

    def shutdown(self) -> None:
        """Stop a running analysis and wait for it (the panel is closed or rebuilt)."""
        self._cancel.set()
        self.workers.shutdown()

    # --- annotating ----------------------------------------------------------------------------------------------
    def annotate(self, moment: Moment | None) -> None:
        if moment is None:
            self.message.emit(self.tr("Kies eerst een moment."))
            return
        text = flow_texts.moment_text(moment)
        observation = text[:1].upper() + text[1:] + "."
        if self.host.annotate(self.recording_id, moment.start_ms, moment.end_ms, observation):
            self.message.emit(self.tr("Annotatie gemaakt: {text}").format(text=observation))
