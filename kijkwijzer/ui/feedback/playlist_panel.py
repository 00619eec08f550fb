"""Fragments and playlists of one recording: make a fragment of the current annotation or marked span, name it
and set its span, put fragments in a list "voor het cliëntinterview" or "voor het reflectiegesprek", name the
list or give it the other purpose, order it (drag, or Alt+Up/Down), play it straight through, or start the
client interview with it. Delete removes the chosen fragment of the recording (after asking: it leaves every
list and agenda and its client reaction goes too); "Lijst verwijderen" removes a list (its fragments stay).

For the main window: a dock with `PlaylistPanel(ctx)`; call `set_recording(id)` when a recording opens,
connect `play_requested(PlaylistView)` to a PlaylistRunner and `interview_requested(int)` to
`open_client_interview`; `add_fragment_from_annotation(id)` / `add_fragment_from_span(start, end)` are
the slots for "Maak fragment" actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain import numbering
from kijkwijzer.domain.feedback import purpose_label
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services import fragments
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.fragments import FragmentView, PlaylistView
from kijkwijzer.services.topics import Area

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..service_calls import call_or_say
from .fragment_fields import FragmentFields, PlaylistFields

ID_ROLE = Qt.ItemDataRole.UserRole


class MoveKeys(QObject):
    """Alt+Up / Alt+Down on a list move its current row (calls `move(step)`); keyboard first."""

    def __init__(self, target: QWidget, move: Callable[[int], None]) -> None:
        super().__init__(target)
        self._move = move
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)


class DeleteKey(QObject):
    """Delete on a list calls `delete()`. The review's own Delete (remove the annotation) is a window-wide
    shortcut; the list claims the key first (ShortcutOverride), so Delete here never removes an annotation."""

    def __init__(self, target: QWidget, delete: Callable[[], None]) -> None:
        super().__init__(target)
        self._delete = delete
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.type() == QEvent.Type.KeyPress:
                self._delete()
            event.accept()
            return True
        return super().eventFilter(watched, event)


def fragment_text(f: FragmentView) -> str:
    """"Fragment 2 · 00:01:05–00:01:20  title": numbered as the review, the PDF report and the plan name it."""
    span = f"{format_ms(f.start_ms, millis=False)}–{format_ms(f.end_ms, millis=False)}  {f.title}".rstrip()
    return f"{numbering.label('fragment', f.number, current_lang())} · {span}" if f.number is not None else span


def playlist_text(p: PlaylistView) -> str:
    """A list's name with its purpose once: "Voor het cliëntinterview (3)" when the title just repeats the
    purpose (as the lists made for you are called), else "Eerste ronde – voor het cliëntinterview (3)"."""
    title = p.title.strip()
    purpose = purpose_label(p.purpose, current_lang())
    if not title or title.casefold() in (purpose.casefold(), p.purpose_label.casefold()):
        name = purpose[:1].upper() + purpose[1:]
    else:
        name = f"{title} – {purpose}"
    return f"{name} ({len(p.fragments)})"


class PlaylistPanel(QWidget):
    message = Signal(str)
    play_requested = Signal(object)  # PlaylistView
    interview_requested = Signal(int)  # playlist id
    fragment_activated = Signal(object)  # FragmentView: seek the review player there

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playlistPanel")
        self.ctx = ctx
        self.recording_id: int | None = None
        self.playlists: list[PlaylistView] = []
        self.pool = QListWidget(self)
        self.pool.setObjectName("fragmentPool")
        self.chooser = QComboBox(self)
        self.items = QListWidget(self)
        self.items.setObjectName("playlistItems")
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.model().rowsMoved.connect(self._dragged)
        buttons = {
            "add": (self.tr("In lijst ↓"), self._add_selected),
            "remove": (self.tr("Uit lijst"), self._remove_selected),
            "new_interview": (self.tr("Nieuwe lijst cliëntinterview"), lambda: self._new("client_interview")),
            "new_reflection": (self.tr("Nieuwe lijst reflectie"), lambda: self._new("reflection")),
            "delete": (self.tr("Fragment verwijderen"), self.delete_selected),
            "delete_list": (self.tr("Lijst verwijderen"), self.delete_playlist),
            "play": (self.tr("▶ Afspelen"), self._play),
            "interview": (self.tr("Cliëntinterview starten"), self._interview),
        }
        self.buttons: dict[str, QPushButton] = {}
        for name, (text, slot) in buttons.items():
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Fragmenten van deze opname"), self))
        layout.addWidget(self.pool, 2)
        self.fragment_fields = FragmentFields(ctx, self)
        layout.addWidget(self.fragment_fields)
        row = QHBoxLayout()
        row.addWidget(self.buttons["add"])
        row.addWidget(self.buttons["remove"])
        row.addWidget(self.buttons["delete"])
        layout.addLayout(row)
        key = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        self.delete_action = QAction(self.tr("Fragment verwijderen") + f"\t{key}", self.pool)  # the key: DeleteKey
        self.delete_action.triggered.connect(self.delete_selected)
        self.pool.addAction(self.delete_action)
        self.pool.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.buttons["delete"].setToolTip(self.tr("Fragment van deze opname verwijderen ({key})").format(key=key))
        self.pool.setToolTip(self.tr("Enter speelt het fragment; {key} verwijdert het").format(key=key))
        DeleteKey(self.pool, self.delete_selected)
        layout.addWidget(QLabel(self.tr("Afspeellijst"), self))
        layout.addWidget(self.chooser)
        self.playlist_fields = PlaylistFields(ctx, self)
        layout.addWidget(self.playlist_fields)
        layout.addWidget(self.items, 3)
        for pair in (("new_interview", "new_reflection"), ("delete_list", "play"), ("interview",)):
            row = QHBoxLayout()
            for name in pair:
                row.addWidget(self.buttons[name])
            layout.addLayout(row)
        self.chooser.currentIndexChanged.connect(self._show_playlist)
        self.pool.currentRowChanged.connect(lambda _row: self._show_fragment())
        for fields in (self.fragment_fields, self.playlist_fields):
            fields.message.connect(self.message)
        self.pool.itemActivated.connect(lambda item: self._activate(item, from_pool=True))
        self.items.itemActivated.connect(lambda item: self._activate(item, from_pool=False))
        self.items.setToolTip(self.tr("Slepen of Alt+↑/Alt+↓ verandert de volgorde"))
        MoveKeys(self.items, self._move_selected)
        self.bridge = EventBridge(ctx.bus, (Area.FRAGMENT, Area.PLAYLIST), self)
        self.bridge.connect_to(self._on_event)
        self._fragments: dict[int, FragmentView] = {}
        self.set_recording(None)

    # --- data -----------------------------------------------------------------------------------------------
    def set_ctx(self, ctx: Context) -> None:
        """Another reviewer ("Ik annoteer als"): typing still pending is stored as the one who typed it, then
        the lists are read again acting as the new one."""
        self.fragment_fields.flush()
        self.playlist_fields.flush()
        self.ctx = self.fragment_fields.ctx = self.playlist_fields.ctx = ctx
        self.set_recording(self.recording_id)

    def set_recording(self, recording_id: int | None) -> None:
        self.recording_id = recording_id
        for button in self.buttons.values():
            button.setEnabled(recording_id is not None)
        self.refresh()

    def refresh(self, keep_playlist: int | None = None) -> None:
        keep = keep_playlist if keep_playlist is not None else self.current_playlist_id()
        keep_fragment = self.current_fragment_id()
        self.pool.blockSignals(True)
        self.pool.clear()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.playlists = []
        if self.recording_id is not None:
            pool = call_or_say(self.message.emit, fragments.list_for_recording, self.ctx, self.recording_id) or []
            self._fragments = {f.id: f for f in pool}
            for f in pool:
                item = QListWidgetItem(fragment_text(f))
                item.setData(ID_ROLE, f.id)
                self.pool.addItem(item)
            rows = [i for i, f in enumerate(pool) if f.id == keep_fragment]
            self.pool.setCurrentRow(rows[0] if rows else -1)
            self.playlists = call_or_say(self.message.emit, fragments.list_playlists, self.ctx,
                                         self.recording_id) or []
            for p in self.playlists:
                self.chooser.addItem(playlist_text(p), p.id)
        self.pool.blockSignals(False)
        self.chooser.blockSignals(False)
        index = self.chooser.findData(keep) if keep is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else self.chooser.count() - 1)
        self._show_playlist()
        self._show_fragment()

    def current_fragment_id(self) -> int | None:
        item = self.pool.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_fragment(self) -> None:
        self.fragment_fields.show_fragment(self._fragments.get(self.current_fragment_id() or -1))

    def current_playlist_id(self) -> int | None:
        value = self.chooser.currentData()
        return int(value) if value is not None else None

    def current_playlist(self) -> PlaylistView | None:
        pid = self.current_playlist_id()
        return next((p for p in self.playlists if p.id == pid), None)

    def _show_playlist(self) -> None:
        self.items.clear()
        playlist = self.current_playlist()
        for number, f in enumerate(playlist.fragments if playlist else (), start=1):
            item = QListWidgetItem(f"{number}. {fragment_text(f)}")
            item.setData(ID_ROLE, f.id)
            self.items.addItem(item)
        self.playlist_fields.show_playlist(playlist)
        self.buttons["delete_list"].setEnabled(playlist is not None)
        has = playlist is not None and bool(playlist.fragments)
        self.buttons["play"].setEnabled(has)
        self.buttons["interview"].setEnabled(has and playlist.purpose == "client_interview")  # type: ignore[union-attr]

    def _on_event(self, event: Event) -> None:
        if self.recording_id is not None and event.scope_id == self.recording_id:
            self.refresh()

    # --- actions --------------------------------------------------------------------------------------------
    def add_fragment_from_annotation(self, annotation_id: int) -> FragmentView | None:
        return call_or_say(self.message.emit, fragments.from_annotation, self.ctx, annotation_id)

    def add_fragment_from_span(self, start_ms: int, end_ms: int | None) -> FragmentView | None:
        if self.recording_id is None:
            return None
        return call_or_say(self.message.emit, fragments.from_span, self.ctx, self.recording_id, start_ms, end_ms)

    def _new(self, purpose: str) -> None:
        if self.recording_id is None:
            return
        chosen = [int(i.data(ID_ROLE)) for i in self.pool.selectedItems()]
        made = call_or_say(self.message.emit, fragments.create_playlist, self.ctx, self.recording_id, purpose, "",
                           tuple(chosen))
        if made is not None:
            self.refresh(made.id)

    def _add_selected(self) -> None:
        pid = self.current_playlist_id()
        if pid is None:
            self._new("client_interview")
            return
        in_list = {f.id for f in self.current_playlist().fragments}  # type: ignore[union-attr]
        for item in self.pool.selectedItems():
            fid = int(item.data(ID_ROLE))
            if fid not in in_list:
                call_or_say(self.message.emit, fragments.add_to_playlist, self.ctx, pid, fid)

    def _remove_selected(self) -> None:
        pid = self.current_playlist_id()
        for item in self.items.selectedItems() if pid is not None else ():
            call_or_say(self.message.emit, fragments.remove_from_playlist, self.ctx, pid, int(item.data(ID_ROLE)))

    def delete_selected(self) -> None:
        """Delete the fragment chosen in the recording's fragments, after asking (there is no undo for it)."""
        item = self.pool.currentItem()
        fragment = self._fragments.get(int(item.data(ID_ROLE))) if item is not None else None
        if fragment is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Fragment verwijderen"),
            self.tr("Fragment {fragment} verwijderen?\n\nHet verdwijnt uit elke afspeellijst en reflectieagenda, "
                    "en een reactie van de cliënt op dit fragment gaat ook weg. Dit kan niet ongedaan worden "
                    "gemaakt.").format(fragment=fragment_text(fragment)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.pool.currentRow()
        if call_or_say(self.message.emit, fragments.delete_fragment, self.ctx, fragment.id) is not None:
            self.message.emit(self.tr("Fragment verwijderd: {fragment}").format(fragment=fragment_text(fragment)))
            self.pool.setCurrentRow(min(row, self.pool.count() - 1))

    def delete_playlist(self) -> None:
        """Delete the chosen list after asking; its fragments stay."""
        playlist = self.current_playlist()
        if playlist is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Lijst verwijderen"),
            self.tr("Afspeellijst ‘{name}’ verwijderen?\n\nDe fragmenten zelf blijven bestaan.").format(
                name=playlist_text(playlist)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.playlist_fields.flush()
            call_or_say(self.message.emit, fragments.delete_playlist, self.ctx, playlist.id)

    def _move_selected(self, step: int) -> None:
        pid, row = self.current_playlist_id(), self.items.currentRow()
        if pid is None or row < 0:
            return
        fid = int(self.items.item(row).data(ID_ROLE))
        if call_or_say(self.message.emit, fragments.move, self.ctx, pid, fid, max(0, row + step)) is not None:
            self.items.setCurrentRow(max(0, min(row + step, self.items.count() - 1)))

    def _dragged(self, *_args: object) -> None:
        pid = self.current_playlist_id()
        if pid is not None:
            order = [int(self.items.item(i).data(ID_ROLE)) for i in range(self.items.count())]
            call_or_say(self.message.emit, fragments.reorder, self.ctx, pid, order)

    def _activate(self, item: QListWidgetItem, from_pool: bool) -> None:
        fragment = self._fragments.get(int(item.data(ID_ROLE)))
        if fragment is not None:
            self.fragment_activated.emit(fragment)

    def _play(self) -> None:
        playlist = self.current_playlist()
        if playlist is not None and playlist.fragments:
            self.play_requested.emit(playlist)

    def _interview(self) -> None:
        pid = self.current_playlist_id()
        if pid is not None:
            self.interview_requested.emit(pid)
