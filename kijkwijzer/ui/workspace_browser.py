"""The workspace browser: professionals > cases > conversations > recordings, read through the services.

Its context menu on a conversation (or one of its recordings) reaches the conversation's panels:
toestemming, SLIM, reflectiegesprek and the series of the case (`conversation_action(name, id)`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases, werkmap
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Area

from .i18n import current_lang
from .qt_events import EventBridge

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3  # a case whose conversations and recordings were read
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 4  # a case's (conversations, recordings, annotations)
OPEN_ALL_CASES = 20  # up to this many cases the Werkmap opens them all at once; beyond it, a case when opened
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
        self.setColumnCount(2)  # the name; the counts, right-aligned
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._icon_cache: dict = {}
        self._filling = False
        self.itemExpanded.connect(self._case_expanded)
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
        """Rebuild the tree; keeps what was expanded, the open recording highlighted and the chosen item chosen.
        Lazy (issue 16): the professionals and cases come with their counts from aggregate queries; a case's
        conversations and recordings are read when the case is opened (all of them in a small workspace)."""
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

    def _icons(self) -> dict:
        if not self._icon_cache:
            style = self.style()
            self._icon_cache = {
                "professional": style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
                "case": style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
                "conversation": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                "recording": style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            }
        return self._icon_cache

    def _fill(self, expanded: set) -> None:
        icons = self._icons()
        rows = werkmap.overview(self.ctx)
        if not rows:  # the welcome page in the main area says how to begin
            return
        all_open = sum(len(row.cases) for row in rows) <= OPEN_ALL_CASES
        self.setUpdatesEnabled(False)
        self._filling = True  # _fill reads the opened cases itself, with what was expanded in them
        try:
            for row in rows:
                pro = row.professional
                pro_item = self._item(self, "professional", pro.id, f"{pro.name} · {pro.function}", icons, expanded)
                for case in row.cases:
                    case_item = self._item(pro_item, "case", case.id, f"{case.title} ({case.client_pseudonym})",
                                           icons, expanded, wanted=all_open)
                    self._counts(case_item, case.recordings, case.annotations)
                    case_item.setData(0, COUNTS_ROLE, (case.conversations, case.recordings, case.annotations))
                    policy = QTreeWidgetItem.ChildIndicatorPolicy
                    case_item.setChildIndicatorPolicy(policy.ShowIndicator if case.conversations
                                                      else policy.DontShowIndicator)
                    if case_item.isExpanded() and not case_item.data(0, LOADED_ROLE):
                        self._load_case(case_item, expanded)
        finally:
            self._filling = False
            self.setUpdatesEnabled(True)

    def _counts(self, item: QTreeWidgetItem, recordings: int | None, annotations: int) -> None:
        """The second column: how many recordings (a case) and annotations there are, read by aggregate queries."""
        if recordings is None:
            item.setText(1, self.tr("{a} ann.").format(a=annotations))
            item.setToolTip(1, self.tr("{a} annotaties").format(a=annotations))
        else:
            item.setText(1, self.tr("{r} opn. · {a} ann.").format(r=recordings, a=annotations))
            item.setToolTip(1, self.tr("{r} opnamen, {a} annotaties").format(r=recordings, a=annotations))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, Qt.GlobalColor.darkGray)

    def _case_expanded(self, item: QTreeWidgetItem) -> None:
        if not self._filling and item.data(0, KIND_ROLE) == "case" and not item.data(0, LOADED_ROLE):
            try:
                self._load_case(item, set())
            except KijkwijzerError as error:
                self.message.emit(error.message(current_lang()))
            self.mark_open(self.current_recording)

    def _load_case(self, case_item: QTreeWidgetItem, expanded: set) -> None:
        """Read one case's conversations and recordings into the tree (once; refresh reads them anew)."""
        case_item.setData(0, LOADED_ROLE, True)
        icons = self._icons()
        for row in werkmap.case_contents(self.ctx, int(case_item.data(0, ID_ROLE))):
            conv = row.conversation
            label = self.tr("Gesprek {n} · {date}").format(n=conv.sequence, date=conv.held_on.isoformat())
            conv_item = self._item(case_item, "conversation", conv.id, label, icons, expanded)
            if conv.goal:
                conv_item.setToolTip(0, conv.goal)
            for rec_row in row.recordings:
                rec = rec_row.recording
                text = f"{rec.original_name} · {format_ms(rec.duration_ms, millis=False)}"
                rec_item = self._item(conv_item, "recording", rec.id, text, icons, expanded)
                self._counts(rec_item, None, rec_row.annotations)
                if not rec.may_open:  # listed without its file: this reviewer may not open it
                    rec_item.setForeground(0, Qt.GlobalColor.gray)
                    rec_item.setToolTip(0, self.tr("U mag deze opname niet openen"))
                elif not rec.available:
                    rec_item.setForeground(0, Qt.GlobalColor.red)
                    rec_item.setToolTip(0, self.tr("Bestand ontbreekt"))
                else:
                    rec_item.setToolTip(0, self.tr("Dubbelklik of Enter om te bekijken"))

    def _item(self, parent, kind: str, item_id: int, text: str, icons: dict, expanded: set,
              wanted: bool = True) -> QTreeWidgetItem:
        """`wanted`: opened when nothing was expanded before (a first fill); else as it was."""
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, item_id)
        item.setIcon(0, icons[kind])
        if kind != "recording":
            item.setExpanded((wanted and not expanded) or (kind, item_id) in expanded)
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

    def initial_recording(self, remembered: int | None) -> int | None:
        """The recording to open first: the remembered one when the Werkmap lists it, else the first listed
        (asked of the store: a closed case's recordings are not in the tree)."""
        try:
            return werkmap.first_recording(self.ctx, remembered)
        except KijkwijzerError:
            return None

    def mark_open(self, recording_id: int | None) -> None:
        self.current_recording = recording_id
        if recording_id is not None:
            self._load_case_of("recording", recording_id)
        for item in self._items():
            is_open = item.data(0, KIND_ROLE) == "recording" and item.data(0, ID_ROLE) == recording_id
            font = item.font(0)
            if font.bold() != is_open:  # only what changes: a big Werkmap has thousands of rows
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

    def _find(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        return next((it for it in self._items() if it.data(0, KIND_ROLE) == kind and it.data(0, ID_ROLE) == item_id),
                    None)

    def _load_case_of(self, kind: str, item_id: int) -> None:
        """A recording or conversation not read yet (its case is closed): read its case and open it."""
        if kind not in ("recording", "conversation") or self._find(kind, item_id) is not None:
            return
        try:
            case_id = werkmap.case_of(self.ctx, kind, item_id)
        except KijkwijzerError:
            return
        case_item = self._find("case", case_id) if case_id is not None else None
        if case_item is not None and not case_item.data(0, LOADED_ROLE):
            case_item.setExpanded(True)  # _case_expanded reads it

    def reveal(self, kind: str, item_id: int) -> bool:
        """Select an item and open the nodes above it (a new recording must not hide under a closed node)."""
        self._load_case_of(kind, item_id)
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
