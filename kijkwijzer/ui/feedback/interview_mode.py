"""Client-interview mode: a calm full-window player that plays a playlist's fragments to the client and
shows ONLY the video - never an annotation, a fragment title or a file name - and after each fragment a
form for the client's reaction, typed by the client-researcher. At the end the two feedback questions.
What is typed is committed as it is typed (interview_forms.py); closing the window commits what is pending.

It refuses to open without the client's consent for the client interview, and says why. Keyboard: Enter
starts (and closes the last page), Space pauses, Esc asks before ending an interview under way; the focused
control carries a clear ring on the dark background. Each interview starts with the two scores empty: the
client is not shown what they answered last time (an earlier answer stays stored until a new one is chosen).
The first answer stores the interview's own date (today, or the day chosen on the last form).
For the main window: `open_client_interview(ctx, playlist_id, parent)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.services import client_feedback
from kijkwijzer.services.client_feedback import InterviewItem, InterviewView
from kijkwijzer.services.context import Context

from ..autosave import NotSaved
from ..i18n import count_text, current_lang
from ..review.player_view import PlayerView, has_native_windows
from .interview_forms import ReactionForm, ScoreForm

log = logging.getLogger(__name__)
TICK_MS = 50
END_SLACK_MS = 60  # VLC reports time in steps; stop when this close to the fragment's end

STYLE = """
QWidget#clientInterview { background: #1d2126; }
QWidget#clientInterview QLabel { color: #e8ebee; font-size: 16px; }
QWidget#clientInterview QLabel#interviewHeading { font-size: 26px; font-weight: 600; }
QWidget#clientInterview QLabel#interviewQuestion { font-size: 19px; margin-top: 10px; }
QWidget#clientInterview QLabel#interviewError { color: #ffb4a8; }
QWidget#clientInterview QLabel#scaleAnchor { color: #aab3bd; font-size: 14px; }
QWidget#clientInterview QLabel#savedState { color: #8fa3b5; font-size: 13px; }
QWidget#clientInterview QLabel#fragmentCounter { color: #aab3bd; font-size: 15px; }
QWidget#clientInterview QLabel#productTextMark { color: #8fa3b5; font-size: 12px; }
QWidget#clientInterview QPlainTextEdit { background: #2a3038; color: #f3f5f7; border: 1px solid #3b434d;
    border-radius: 6px; font-size: 16px; padding: 6px; }
QWidget#clientInterview QPushButton { background: #2f3640; color: #e8ebee; border: 1px solid #46505b;
    border-radius: 6px; padding: 8px 16px; font-size: 15px; }
QWidget#clientInterview QPushButton:checked { background: #5b8fb9; border-color: #8bb5d6; }
QWidget#clientInterview QPushButton#interviewPrimary { background: #3d6e94; border-color: #5b8fb9; }
QWidget#clientInterview QPushButton#scoreButton { min-width: 36px; padding: 8px 6px; }
/* the focus ring: the amber of the review's rate display, clear on the dark ground and on the blue buttons */
QWidget#clientInterview QPushButton:focus, QWidget#clientInterview QPushButton#interviewPrimary:focus,
QWidget#clientInterview QPushButton#scoreButton:focus { border: 3px solid #ffd250; }
QWidget#clientInterview QPlainTextEdit:focus { border: 2px solid #ffd250; }
QWidget#playerBar { background: #15181c; }
"""



class _PlayerNews(QObject):
    """VLC reports the end of the media on its own thread; this queued signal brings it to the Qt thread."""

    ended = Signal()


class ClientInterviewWindow(QWidget):
    finished = Signal()

    def __init__(self, ctx: Context, playlist_id: int, player_factory: Callable[[], Player] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("clientInterview")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Cliëntinterview"))
        self.ctx = ctx
        self._factory = player_factory or _default_factory
        self.player: Player | None = None
        self.interview: InterviewView | None = None
        self.index = 0
        self._started = False
        self._message_action: Callable[[], None] = self.close
        self.refusal: str | None = None
        self._news = _PlayerNews(self)
        self._news.ended.connect(self._fragment_done, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

        self.pages = QStackedWidget(self)
        self.message_page, self.message, self.message_button = self._message_page()
        self.player_page = self._player_page()
        self.reaction = ReactionForm(ctx.content, self._commit_reaction, self)
        self.scores = ScoreForm(ctx.content, self._commit_score, self, commit_date=self._commit_date)
        self._dated = False  # this interview's date stored yet
        for page in (self.message_page, self.player_page, self.reaction, self.scores):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.reaction.next_requested.connect(self._next_fragment)
        self.reaction.replay_requested.connect(self._replay)
        self.scores.finish_requested.connect(self._show_done)
        self.scores.skip_requested.connect(self._show_done)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.player_page, self._toggle)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter starts, whatever has the focus on that page
            QShortcut(QKeySequence(key), self.message_page, lambda: self._message_action(),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._open(playlist_id)

    # --- pages ---------------------------------------------------------------------------------------------
    def _message_page(self) -> tuple[QWidget, QLabel, QPushButton]:
        page = QWidget(self)
        label = QLabel(page)
        label.setObjectName("interviewHeading")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(page)
        button.setObjectName("interviewPrimary")
        button.clicked.connect(lambda: self._message_action())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(96, 64, 96, 64)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addSpacing(24)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page, label, button

    def _player_page(self) -> QWidget:
        page = QWidget(self)
        self.view = PlayerView(page)
        bar = QWidget(page)
        bar.setObjectName("playerBar")
        self.counter = QLabel(bar)
        self.counter.setObjectName("fragmentCounter")
        self.pause_button = QPushButton(self.tr("Pauze"), bar)
        self.pause_button.clicked.connect(self._toggle)
        self.to_questions = QPushButton(self.tr("Naar de vragen"), bar)
        self.to_questions.clicked.connect(self._fragment_done)
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.counter)
        row.addStretch(1)
        row.addWidget(self.pause_button)
        row.addWidget(self.to_questions)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(bar)
        return page

    def _show_message(self, text: str, button: str, action: Callable[[], None]) -> None:
        self.message.setText(text)
        self.message_button.setText(button)
        self._message_action = action
        self.pages.setCurrentWidget(self.message_page)
        self.message_button.setFocus()

    # --- flow ------------------------------------------------------------------------------------------------
    def _open(self, playlist_id: int) -> None:
        try:
            self.interview = client_feedback.open_interview(self.ctx, playlist_id)
        except KijkwijzerError as error:
            self.refusal = error.message(current_lang())
            self._show_message(self.tr("Dit cliëntinterview kan niet worden geopend.\n\n{reason}")
                               .format(reason=self.refusal), self.tr("Sluiten"), self.close)
            return
        total = len(self.interview.items)
        self._show_message(count_text(
            total, self.tr("We kijken samen naar één kort fragment uit uw gesprek.\n"
                           "Na het fragment vraag ik hoe u het heeft beleefd."),
            self.tr("We kijken samen naar {n} korte fragmenten uit uw gesprek.\n"
                    "Na elk fragment vraag ik hoe u het heeft beleefd.")),
            self.tr("Beginnen"), lambda: self.play_fragment(0))
        self.message_button.setToolTip(self.tr("Toets: Enter"))

    @property
    def current(self) -> InterviewItem | None:
        if self.interview is None or not 0 <= self.index < len(self.interview.items):
            return None
        return self.interview.items[self.index]

    def play_fragment(self, index: int) -> None:
        assert self.interview is not None
        self.index = index
        item = self.interview.items[index]
        self.counter.setText(self.tr("Fragment {n} van {total}").format(n=item.number, total=len(self.interview.items)))
        self.pause_button.setText(self.tr("Pauze"))
        self.pages.setCurrentWidget(self.player_page)
        try:
            if self.player is None:
                self.player = self._factory()
                self.player.on_end_reached(self._news.ended.emit)
                if self.interview.has_video:
                    self.view.show_video()
                else:
                    self.view.show_audio("", self.interview.duration_ms)  # no file name: it may name the client
                if self.interview.has_video:
                    self.view.lend_surface(self.player)
                self.player.load(self.interview.source or self.interview.media_path)
                self.view.fit_picture(self.player.picture_size())
            self.player.play()
            self.player.seek(item.start_ms)
        except Exception as error:  # noqa: BLE001 - libvlc fails in ways we cannot type
            log.warning("playing a fragment failed: %r", error)
            self.view.show_message(self.tr("Dit fragment kan niet worden afgespeeld."))
            return
        self._started = False
        self.timer.start()

    def _tick(self) -> None:
        item = self.current
        if self.player is None or item is None:
            return
        position = self.player.position()
        self.view.set_position(position)  # the audio view's playhead, for recordings without a picture
        if item.start_ms - 500 <= position < item.end_ms:
            self._started = True  # reports from before the seek (another fragment) do not count
        if self._started and position >= item.end_ms - END_SLACK_MS:
            self._fragment_done()

    def _toggle(self) -> None:
        if self.player is None or self.pages.currentWidget() is not self.player_page:
            return
        playing = self.player.is_playing()
        self.player.pause() if playing else self.player.play()
        self.pause_button.setText(self.tr("Verder") if playing else self.tr("Pauze"))

    def _fragment_done(self) -> None:
        if self.pages.currentWidget() is not self.player_page or self.current is None:
            return
        self.timer.stop()
        if self.player is not None:
            self.player.pause()
        item = self.current
        assert item is not None and self.interview is not None
        self.reaction.show_for(item.fragment_id, item.number, len(self.interview.items), item.reaction)
        self.pages.setCurrentWidget(self.reaction)

    def _replay(self) -> None:
        self.play_fragment(self.index)

    def _commit_reaction(self, fragment_id: int, words: str, feeling: str, addition: str) -> NotSaved | None:
        """The reaction form's fields as typed so far; replaces the fragment's earlier reaction."""
        if self.interview is None:
            return None
        index = next((i for i, it in enumerate(self.interview.items) if it.fragment_id == fragment_id), None)
        if index is None:
            return None
        item = self.interview.items[index]
        if not (words or feeling or addition):
            if item.reaction is None:
                return None  # nothing typed, nothing to keep
            return NotSaved(self.tr("Lege velden worden niet bewaard; de eerdere reactie blijft staan."),
                            trouble=False)
        try:
            saved = client_feedback.record_reaction(self.ctx, fragment_id, words, feeling, addition)
        except KijkwijzerError as error:
            return NotSaved(error.message(current_lang()))
        items = list(self.interview.items)
        items[index] = InterviewItem(item.fragment_id, item.number, item.start_ms, item.end_ms, saved)
        self.interview = replace(self.interview, items=tuple(items)).with_source(self.interview.source)
        return self._date_once()

    def _commit_score(self, question_id: str, score: int | None, words: str) -> NotSaved | None:
        if self.interview is None:
            return None
        try:
            client_feedback.record_score(self.ctx, self.interview.conversation_id, question_id, score, words)
        except KijkwijzerError as error:
            return NotSaved(error.message(current_lang()))
        return self._date_once()

    def _commit_date(self, day: date) -> NotSaved | None:
        """The interview's own date (it may lie after a later conversation of the case)."""
        if self.interview is None:
            return None
        try:
            client_feedback.set_interview_date(self.ctx, self.interview.conversation_id, day)
        except KijkwijzerError as error:
            return NotSaved(error.message(current_lang()))
        self._dated = True
        return None

    def _date_once(self) -> NotSaved | None:
        """With the first answer of this interview its date is stored too."""
        return None if self._dated else self._commit_date(self.scores.chosen_date())

    def _next_fragment(self) -> None:
        """'Verder': what was typed is already committed; on to the next fragment or the two questions."""
        if self.interview is None:
            return
        if self.index + 1 < len(self.interview.items):
            self.play_fragment(self.index + 1)
        else:
            self._stop_player()
            self._show_scores()

    def _show_scores(self) -> None:
        """The two questions, empty: an answer from an earlier interview is not put in the client's mouth."""
        self.pages.setCurrentWidget(self.scores)
        self.scores.focus_first()

    def _show_done(self) -> None:
        self._show_message(self.tr("Dank u wel voor uw tijd en uw openheid."), self.tr("Afsluiten"), self.close)

    def in_progress(self) -> bool:
        """Under way: a fragment or a form is on screen (not the opening, refusal or closing message)."""
        return self.interview is not None and self.pages.currentWidget() is not self.message_page

    def leave(self) -> None:
        """Esc: ends at once from a message page; during the interview only after asking (paused meanwhile)."""
        if not self.in_progress():
            self.close()
            return
        playing = self.player is not None and self.player.is_playing()
        if playing:
            self._toggle()
        answer = QMessageBox.question(
            self, self.tr("Cliëntinterview beëindigen?"),
            self.tr("Cliëntinterview beëindigen?\n\nWat al is ingevuld, blijft bewaard."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.close()
        elif playing:
            self._toggle()

    # --- teardown ----------------------------------------------------------------------------------------------
    def _stop_player(self) -> None:
        self.timer.stop()
        if self.player is not None:
            try:
                self.player.close()
            except Exception as error:  # noqa: BLE001
                log.warning("closing the player failed: %r", error)
            self.player = None

    def flush(self) -> None:
        """Commit whatever the client-researcher typed and is still pending."""
        self.reaction.flush()
        self.scores.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self._stop_player()
        self.finished.emit()
        super().closeEvent(event)


def _default_factory() -> Player:
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=not has_native_windows())


def open_client_interview(ctx: Context, playlist_id: int, parent: QWidget | None = None,
                          player_factory: Callable[[], Player] | None = None,
                          full_screen: bool = True) -> ClientInterviewWindow:
    """Open the calm full-window interview; if consent is missing the window says so and offers to close."""
    window = ClientInterviewWindow(ctx, playlist_id, player_factory, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if full_screen:
        screen = (parent.screen() if parent is not None else None) or window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())  # also where no window manager honours full screen
        window.showFullScreen()
    else:
        window.show()
    # the keyboard goes to the interview at once: Enter starts it, and must not reach the review behind it
    window.raise_()
    window.activateWindow()
    if parent is not None:  # and back to the workbench afterwards, also where no window manager does it
        back = parent.window()
        window.finished.connect(lambda: QTimer.singleShot(0, back, lambda: (back.raise_(), back.activateWindow())))
    return window
