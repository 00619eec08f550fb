"""The Leerlab: the fragments shared with the acting reviewer's learning groups (and a professional's own
shares), each played from its own sealed clip, with the professional's question and the group's thread of tops
and tips. Live: a colleague's feedback, a new or withdrawn share and a withdrawn consent show without reload.

A Panel (ui/window_api.py): `message(str)` for the status bar, `set_ctx(ctx)` for another reviewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab, lab_groups
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area, Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..service_calls import call_or_say
from .clip_player import ClipPlayer, PlayerFactory
from .feedback_cards import FeedbackCards
from .feedback_form import FeedbackForm
from .share_list import ShareList, share_detail, share_title
from .words import duration_text, when_text

# what can change what this view shows: the lab itself, and every erasure that unshares on the way
TOPICS = (Area.LAB, Area.CONSENT, Area.PEOPLE, Topic.RECORDING_ERASED, Topic.CLIENT_ERASED, Topic.CASE_ERASED,
          Topic.FRAGMENT_CHANGED, Topic.FRAGMENT_DELETED, Topic.TEAM_RECONNECTED)


class LeerlabView(QWidget):
    message = Signal(str)
    clip_started = Signal()  # the window pauses the review while a clip plays

    def __init__(self, ctx: Context, player_factory: PlayerFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leerlabView")
        self.ctx = ctx
        self.share = None  # the ShareView shown
        self.pages = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("leerlabEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.shares = ShareList(self)
        self.shares.setMinimumWidth(220)
        self.shares.setToolTip(self.tr("Enter speelt het fragment"))
        self.shares.chosen.connect(self._show_share)
        self.shares.itemActivated.connect(lambda _item: self.player.toggle())
        self.player = ClipPlayer(player_factory, self)
        self.player.started.connect(self.clip_started)
        self.cards = FeedbackCards(ctx.content, editable=True, parent=self)
        self.form = FeedbackForm(ctx.content, self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._splitter())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.form.submitted.connect(self._submit)
        self.cards.edit_requested.connect(self.form.edit)
        self.cards.delete_requested.connect(self._delete)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        self.bridge = EventBridge(ctx.bus, TOPICS, self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def _splitter(self) -> QSplitter:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Gedeelde &fragmenten"), left)
        heading.setBuddy(self.shares)
        column.addWidget(heading)
        column.addWidget(self.shares, 1)
        middle = QWidget(self)
        middle.setMinimumWidth(260)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(middle)
        self.title.setObjectName("leerlabTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.meta = QLabel(middle)
        self.meta.setObjectName("leerlabMeta")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #4b5563;")
        self.question = QLabel(middle)
        self.question.setObjectName("leerlabQuestion")
        self.question.setWordWrap(True)
        self.question.setFrameShape(QFrame.Shape.StyledPanel)
        self.question.setStyleSheet("QLabel#leerlabQuestion { background: #fff8e6; border: 1px solid #ecd9a4; "
                                    "border-radius: 4px; padding: 6px; color: #3f3a2a; }")
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_buttons = QHBoxLayout()
        self.edit_question = QPushButton(self.tr("Vraag &wijzigen…"), middle)
        self.edit_question.clicked.connect(self._edit_question)
        self.unshare_button = QPushButton(self.tr("&Delen intrekken…"), middle)
        self.unshare_button.setObjectName("leerlabUnshare")
        self.unshare_button.clicked.connect(self._unshare)
        self.own_buttons.addStretch(1)
        self.own_buttons.addWidget(self.edit_question)
        self.own_buttons.addWidget(self.unshare_button)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addWidget(self.question)
        column.addWidget(self.player, 1)
        column.addLayout(self.own_buttons)
        right = QWidget(self)
        right.setMinimumWidth(280)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Feedback van de groep"), right))
        column.addWidget(self.cards, 1)
        column.addWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("leerlabSplitter")
        splitter.setChildrenCollapsible(False)
        for index, (part, stretch) in enumerate(((left, 2), (middle, 4), (right, 3))):
            splitter.addWidget(part)
            splitter.setStretchFactor(index, stretch)
        return splitter

    # --- what there is --------------------------------------------------------------------------------------
    def _do(self, fn, *args) -> bool:
        """A service call that returns nothing: True when it was done, else the reason is in the status bar."""
        try:
            fn(*args)
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
            return False
        return True

    def set_ctx(self, ctx: Context) -> None:
        self.ctx = ctx
        self.form.reset()
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        self._soon.start()

    def refresh(self) -> None:
        """Read the shares anew; the chosen one stays (its clip keeps playing) while it is still shared."""
        self._soon.stop()
        shares = call_or_say(self.message.emit, lab.shares_for_me, self.ctx)
        shares = shares if shares is not None else []
        self.pages.setCurrentIndex(1 if shares else 0)
        if not shares:
            self.empty.setText(self._empty_text())
        before = self.share.id if self.share is not None else None
        self.shares.set_shares(shares)
        current = self.shares.current()
        if current is not None and current.id == before:
            self.share = current
            self._show_details(current)
            self._show_thread()

    def _empty_text(self) -> str:
        reviewer_id = self.ctx.actor.reviewer_id
        groups = (call_or_say(self.message.emit, lab_groups.groups_of, self.ctx, reviewer_id)
                  if reviewer_id is not None else [])
        if self.ctx.actor.role == "professional":
            return self.tr("Je hebt nog geen fragment met een leergroep gedeeld.\n\nOpen een opname, kies bij "
                           "Fragmenten een fragment en kies dan (rechtermuisknop) ‘Delen met leergroep…’.")
        if not groups:
            return self.tr("Je zit nog niet in een leergroep.\n\nVraag wie de werkmap beheert om je aan een "
                           "leergroep toe te voegen; daarna verschijnen de gedeelde fragmenten hier.")
        return self.tr("Er is nog geen fragment met jouw leergroep gedeeld.\n\nZodra een professional een fragment "
                       "deelt, verschijnt het hier vanzelf.")

    def shown_titles(self) -> list[str]:
        return self.shares.titles()

    # --- one share --------------------------------------------------------------------------------------------
    def _show_share(self, share) -> None:
        self.share = share
        self.form.reset()
        if share is None:
            self.player.clear(self.tr("Kies een fragment."))
            self._show_details(None)
            self.cards.set_items([], "")
            return
        self._show_details(share)
        source = call_or_say(self.message.emit, lab.clip_source, self.ctx, share.id)
        if source is None:
            self.player.clear(self.tr("Dit fragment kan niet worden afgespeeld."))
        else:
            self.player.load(source, share.duration_ms)
        self._show_thread()

    def _show_details(self, share) -> None:
        own = share is not None and share.mine
        self.edit_question.setVisible(own)
        self.unshare_button.setVisible(own)
        self.form.set_enabled(share is not None)
        if share is None:
            for label in (self.title, self.meta, self.question):
                label.clear()
            self.question.hide()
            return
        self.title.setText(share_title(share))
        self.meta.setText(f"{share_detail(share)} · {when_text(share.shared_on)} · "
                          + self.tr("{length} lang").format(length=duration_text(share.duration_ms))
                          + (" · " + self.tr("gezichten vervaagd") if share.faces_blurred else ""))
        self.question.setText(self.tr("Vraag van {name}: {question}").format(
            name=share.shared_by, question=share.question) if share.question
            else self.tr("{name} stelde geen vraag bij dit fragment.").format(name=share.shared_by))
        self.question.show()

    def _show_thread(self) -> None:
        if self.share is None:
            return
        items = call_or_say(self.message.emit, lab.feedback_thread, self.ctx, self.share.id)
        self.cards.set_items(items or [], self.tr("Nog geen feedback. Geef de eerste top of tip."))

    # --- feedback ---------------------------------------------------------------------------------------------
    def _submit(self, kind: str, theme_id: str | None, text: str, feedback_id: int | None) -> None:
        if self.share is None:
            return
        try:
            if feedback_id is None:
                lab.add_feedback(self.ctx, self.share.id, kind, text, theme_id)
            else:
                lab.update_feedback(self.ctx, feedback_id, kind=kind, text=text, theme_id=theme_id)
        except KijkwijzerError as error:
            self.form.show_problem(error.message(current_lang()))
            return
        self.form.reset()
        self._show_thread()
        if feedback_id is None:
            self.cards.scroll_to_end()

    def _delete(self, view) -> None:
        answer = QMessageBox.question(self, self.tr("Feedback verwijderen"),
                                      self.tr("Je {kind} verwijderen?\n\n{text}").format(
                                          kind=self.tr("top") if view.kind == "top" else self.tr("tip"),
                                          text=view.text),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self._do(lab.delete_feedback, self.ctx, view.id):
            if self.form.editing_id == view.id:
                self.form.reset()
            self._show_thread()

    # --- one's own share ----------------------------------------------------------------------------------------
    def _edit_question(self) -> None:
        share = self.share
        if share is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Vraag aan de leergroep"),
                                                 self.tr("Wat wil je de groep bij dit fragment vragen?"), share.question)
        if ok and call_or_say(self.message.emit, lab.update_question, self.ctx, share.id, text.strip()) is not None:
            self.refresh()

    def _unshare(self) -> None:
        from .sharing import confirm_unshare

        if self.share is not None and confirm_unshare(self, self.share) and self._do(lab.unshare, self.ctx, self.share.id):
            self.refresh()

    # --- teardown ------------------------------------------------------------------------------------------------
    def close_media(self) -> None:
        self._soon.stop()
        self.bridge.close()
        self.player.close_media()
