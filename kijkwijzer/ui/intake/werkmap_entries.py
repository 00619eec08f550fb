"""The intake's entries in the werkmap's context menu (also opened with Shift+F10 or the Menu key):
a professional: Nieuwe casus…, Personen…; a case: Casus bewerken…, Nieuw gesprek…, Gebeurtenissen en
uitkomst…, Cliënt bewerken…; a conversation: Gesprek bewerken… above its panels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


class IntakeDialogs(Protocol):
    """The intake's dialogs these entries open (intake_flow.IntakeFlow)."""

    def new_case(self, professional_id: int | None = None) -> object: ...
    def people(self, professional_id: int | None = None) -> object: ...
    def new_conversation(self, case_id: int | None = None) -> object: ...
    def edit_case(self, case_id: int | None = None) -> object: ...
    def case_events(self, case_id: int | None = None) -> object: ...
    def edit_client(self, client_id: int | None = None, case_id: int | None = None) -> object: ...
    def edit_conversation(self, conversation_id: int | None = None) -> object: ...


def werkmap_entries(flow: IntakeDialogs) -> Callable[[QMenu, str, int], None]:
    def extend(menu: QMenu, kind: str, item_id: int) -> None:
        entries: list[tuple[str, str, Callable[[], object]]] = []
        if kind == "professional":
            entries = [
                ("menu_new_case", QCoreApplication.translate("WerkmapEntries", "Nieuwe casus…"),
                 lambda: flow.new_case(item_id)),
                ("menu_people", QCoreApplication.translate("WerkmapEntries", "Personen…"),
                 lambda: flow.people(item_id))]
        elif kind == "case":
            entries = [
                ("menu_new_conversation", QCoreApplication.translate("WerkmapEntries", "Nieuw gesprek…"),
                 lambda: flow.new_conversation(item_id)),
                ("menu_edit_case", QCoreApplication.translate("WerkmapEntries", "Casus bewerken…"),
                 lambda: flow.edit_case(item_id)),
                ("menu_case_events", QCoreApplication.translate("WerkmapEntries", "Gebeurtenissen en uitkomst…"),
                 lambda: flow.case_events(item_id)),
                ("menu_edit_client", QCoreApplication.translate("WerkmapEntries", "Cliënt bewerken…"),
                 lambda: flow.edit_client(case_id=item_id))]
        elif kind == "conversation":
            entries = [("menu_edit_conversation", QCoreApplication.translate("WerkmapEntries", "Gesprek bewerken…"),
                        lambda: flow.edit_conversation(item_id))]
        if not entries:
            return
        first = menu.actions()[0] if menu.actions() else None
        if first is not None and kind == "case":
            menu.addSeparator()
            first = None
        for name, text, run in entries:
            action = menu.addAction(text) if first is None else _insert(menu, first, text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, go=run: go())
        if first is not None:
            menu.insertSeparator(first)

    return extend


def _insert(menu: QMenu, before: QAction, text: str) -> QAction:
    action = QAction(text, menu)
    menu.insertAction(before, action)
    return action
