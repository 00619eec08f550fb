"""The workspace browser: professionals > cases > conversations > recordings, read through the services.

Its context menu on a conversation (or one of its recordings) reaches the conversation's panels:
toestemming, SLIM, reflectiegesprek and the series of the case (`conversation_action(name, id)`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases, people, recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Area

from .i18n import current_lang
from .qt_events import EventBridge

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Area.TEAM: back after a lost team-database connection, what colleagues added meanwhile is read anew
REFRESH_TOPICS = (Area.PEOPLE, Area.CASE, Area.CONVERSATION, Area.RECORDING, Area.CONSENT, Area.TEAM)
CONVERSATION_ACTIONS = (("consent", QT_TRANSLATE_NOOP("WorkspaceBrowser", "Toestemming…")),
                        ("slim", QT_TRANSLATE_NOOP("WorkspaceBrowser", "SLIM-analyse")),
                        ("reflection", QT_TRANSLATE_NOOP("WorkspaceBrowser", "Reflectiegesprek")),
                        ("series", QT_TRANSLATE_NOOP("WorkspaceBrowser", "Reeks van deze casus")))


class WorkspaceBrowser(QTreeWidget):
    recording_activated = Signal(int)
    conversation_action = Signal(str, int)  # consent | slim | reflection | series, conversation id
    message = Signal(str)
    case_activated = Signal(int)  # Enter/double-click or "Waar sta ik?" on a case: its cycle view
    import_requested = Signal(int)  # conversation id: "Opname importeren…"
    recording_action = Signal(str, int)  # replace | remove, recording id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceBrowser")
        self.ctx = ctx
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(150)
        self._refresh_soon.timeout.connect(self.refresh)
        self.bridge = EventBridge(ctx.bus, REFRESH_TOPICS, self)
        self.bridge.connect_to(lambda _event: self._refresh_soon.start())
        self.current_recording: int | None = None
        self.menu_extensions: list[Callable[[QMenu, str, int], None]] = []
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the tree; keeps what was expanded, the open recording highlighted and the chosen item chosen."""
        expanded = {(it.data(0, KIND_ROLE), it.data(0, ID_ROLE)) for it in self._items() if it.isExpanded()}
        chosen = self.currentItem()
        keep = (chosen.data(0, KIND_ROLE), chosen.data(0, ID_ROLE)) if chosen is not None else None
        self.clear()
        try:
            self._fill(expanded)
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
        self.mark_open(self.current_recording)
        again = next((it for it in self._items() if (it.data(0, KIND_ROLE), it.data(0, ID_ROLE)) == keep), None)
        if again is not None:
            self.setCurrentItem(again)

    def _fill(self, expanded: set) -> None:
        style = self.style()
        icons = {
            "professional": style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
            "case": style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
            "conversation": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            "recording": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
        }
        professionals = people.list_professionals(self.ctx)
        if not professionals:  # the welcome page in the main area says how to begin
            return
        for pro in professionals:
            pro_item = self._item(self, "professional", pro.id, f"{pro.name} · {pro.function}", icons, expanded)
            for case in cases.list_cases(self.ctx, pro.id):
                case_item = self._item(pro_item, "case", case.id, f"{case.title} ({case.client_pseudonym})",
                                       icons, expanded)
                for conv in cases.list_conversations(self.ctx, case.id):
                    label = self.tr("Gesprek {n} · {date}").format(n=conv.sequence, date=conv.held_on.isoformat())
                    conv_item = self._item(case_item, "conversation", conv.id, label, icons, expanded)
                    if conv.goal:
                        conv_item.setToolTip(0, conv.goal)
                    for rec in recordings.list_recordings(self.ctx, conv.id):
                        text = f"{rec.original_name} · {format_ms(rec.duration_ms, millis=False)}"
                        rec_item = self._item(conv_item, "recording", rec.id, text, icons, expanded)
                        if not rec.may_open:  # listed without its file: this reviewer may not open it
                            rec_item.setForeground(0, Qt.GlobalColor.gray)
                            rec_item.setToolTip(0, self.tr("U mag deze opname niet openen"))
                        elif not rec.available:
                            rec_item.setForeground(0, Qt.GlobalColor.red)
                            rec_item.setToolTip(0, self.tr("Bestand ontbreekt"))
                        else:
                            rec_item.setToolTip(0, self.tr("Dubbelklik of Enter om te bekijken"))

    def _item(self, parent, kind: str, item_id: int, text: str, icons: dict, expanded: set) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, item_id)
        item.setIcon(0, icons[kind])
        if kind != "recording":
            item.setExpanded(not expanded or (kind, item_id) in expanded)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def recording_ids(self) -> list[int]:
        return [it.data(0, ID_ROLE) for it in self._items() if it.data(0, KIND_ROLE) == "recording"]

    def first_recording(self) -> int | None:
        ids = sorted(self.recording_ids())
        return ids[0] if ids else None

    def mark_open(self, recording_id: int | None) -> None:
        self.current_recording = recording_id
        for item in self._items():
            is_open = item.data(0, KIND_ROLE) == "recording" and item.data(0, ID_ROLE) == recording_id
            font = item.font(0)
            font.setBold(is_open)
            item.setFont(0, font)
            if is_open:
                self.setCurrentItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "recording":
            self.recording_activated.emit(int(item.data(0, ID_ROLE)))
        elif item.data(0, KIND_ROLE) == "case":
            self.case_activated.emit(int(item.data(0, ID_ROLE)))

    @staticmethod
    def conversation_of(item: QTreeWidgetItem | None) -> int | None:
        """The conversation an item stands for: itself, or the conversation a recording belongs to."""
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "recording":
            item = item.parent()
        if item is not None and item.data(0, KIND_ROLE) == "conversation":
            return int(item.data(0, ID_ROLE))
        return None

    def chosen_conversation(self) -> int | None:
        return self.conversation_of(self.currentItem())

    @staticmethod
    def case_of(item: QTreeWidgetItem | None) -> int | None:
        """The case an item stands for: itself, or the case it sits under (a conversation, a recording)."""
        while item is not None:
            if item.data(0, KIND_ROLE) == "case":
                return int(item.data(0, ID_ROLE))
            item = item.parent()
        return None

    def chosen_case(self, ctx: Context, open_recording_conversation: int | None = None) -> int | None:
        """The case chosen in the werkmap, else that of the open recording's conversation."""
        chosen = self.case_of(self.currentItem())
        if chosen is not None or open_recording_conversation is None:
            return chosen
        try:
            return cases.get_conversation(ctx, open_recording_conversation).case_id
        except KijkwijzerError:
            return None

    def conversation_menu(self, item: QTreeWidgetItem) -> QMenu | None:
        conversation_id = self.conversation_of(item)
        if conversation_id is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("conversationMenu")
        if item.data(0, KIND_ROLE) == "recording":
            recording_id = int(item.data(0, ID_ROLE))
            menu.addAction(self.tr("Opname openen"), lambda: self.recording_activated.emit(recording_id))
            for name, text in (("replace", self.tr("Opname vervangen…")), ("remove", self.tr("Opname verwijderen…"))):
                action = menu.addAction(text, lambda n=name: self.recording_action.emit(n, recording_id))
                action.setObjectName(f"recording_{name}")
            menu.addSeparator()
        action = menu.addAction(self.tr("Opname importeren…"), lambda: self.import_requested.emit(conversation_id))
        action.setObjectName("conversation_import")
        for name, text in CONVERSATION_ACTIONS:
            action = menu.addAction(QCoreApplication.translate("WorkspaceBrowser", text))
            action.setObjectName(f"conversation_{name}")
            action.triggered.connect(lambda _c=False, n=name, cid=conversation_id: self.conversation_action.emit(n, cid))
        return menu

    def case_menu(self, item: QTreeWidgetItem) -> QMenu:
        case_id = int(item.data(0, ID_ROLE))
        menu = QMenu(self)
        menu.setObjectName("caseMenu")
        action = menu.addAction(self.tr("Waar sta ik?"), lambda: self.case_activated.emit(case_id))
        action.setObjectName("case_cycle")
        return menu

    def reveal(self, kind: str, item_id: int) -> bool:
        """Select an item and open the nodes above it (a new recording must not hide under a closed node)."""
        item = next((it for it in self._items() if it.data(0, KIND_ROLE) == kind and it.data(0, ID_ROLE) == item_id),
                    None)
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    def menu_for(self, item: QTreeWidgetItem) -> QMenu | None:
        """An item's context menu; each of `menu_extensions(menu, kind, id)` adds its entries (intake)."""
        menu = self.conversation_menu(item)
        if menu is None and item.data(0, KIND_ROLE) == "case":
            menu = self.case_menu(item)
        if menu is None:
            menu = QMenu(self)
            menu.setObjectName(f"{item.data(0, KIND_ROLE)}Menu")
        for extend in self.menu_extensions:
            extend(menu, str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE)))
        if not menu.actions():
            menu.deleteLater()
            return None
        return menu

    def open_menu(self, item: QTreeWidgetItem, where: QPoint) -> None:
        self.setCurrentItem(item)
        menu = self.menu_for(item)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def _context_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is not None:
            self.open_menu(item, self.viewport().mapToGlobal(point))

    def keyPressEvent(self, event) -> None:
        """Shift+F10 and the Menu key open the current item's menu beside it: no mouse needed."""
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        item = self.currentItem()
        if not menu_key or item is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.scrollToItem(item)
        rect = self.visualItemRect(item)
        self.open_menu(item, self.viewport().mapToGlobal(QPoint(rect.left() + 24, rect.bottom())))

    def set_ctx(self, ctx: Context) -> None:
        self.ctx = ctx
        self.refresh()
