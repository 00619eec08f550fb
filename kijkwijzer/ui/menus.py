"""The menu bar: every action of shortcuts.ACTIONS in its menu (with its key shown), the theme keys, the
export/import submenus, the docks and open panels (Beeld) and the language choice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from . import shortcuts
from .i18n import current_lang, pick

if TYPE_CHECKING:
    from .exchange_actions import ExchangeActions
    from .review.review_view import ReviewView
    from .window_api import Workbench

MENUS = (("file", QT_TRANSLATE_NOOP("Menus", "&Bestand")), ("edit", QT_TRANSLATE_NOOP("Menus", "B&ewerken")),
         ("play", QT_TRANSLATE_NOOP("Menus", "&Afspelen")), ("annotate", QT_TRANSLATE_NOOP("Menus", "&Coderen")),
         ("case", QT_TRANSLATE_NOOP("Menus", "Ca&sus")), ("conversation", QT_TRANSLATE_NOOP("Menus", "&Gesprek")),
         ("development", QT_TRANSLATE_NOOP("Menus", "&Ontwikkeling")), ("view", QT_TRANSLATE_NOOP("Menus", "Bee&ld")),
         ("language", QT_TRANSLATE_NOOP("Menus", "&Taal")), ("help", QT_TRANSLATE_NOOP("Menus", "&Help")))
# a separator goes above these actions
SEPARATE = frozenset({"quit", "make_fragment", "configure_keys", "clear_marks", "mute", "zoom_in", "about",
                      "next_annotation", "client_interview", "reflection", "consent", "edit_case",
                      "people", "erase_client", "leerlab"})


class Menus:
    def __init__(self, window: Workbench, review: ReviewView, actions: dict[str, QAction], *,
                 exchange: ExchangeActions, dock_actions: list[QAction],
                 change_language: Callable[[str], None]) -> None:
        self.window = window
        self.review = review
        self.dock_actions = dock_actions
        self.change_language = change_language
        bar = window.widget.menuBar()
        self.menus: dict[str, QMenu] = {key: bar.addMenu(QCoreApplication.translate("Menus", title))
                                        for key, title in MENUS}
        for key, menu in self.menus.items():
            menu.setObjectName(f"menu_{key}")
        self.theme_actions: dict[str, QAction] = {}
        edit = self.menus["edit"]
        edit.addAction(actions["undo"])
        edit.addAction(actions["redo"])
        edit.addSeparator()
        for spec in shortcuts.ACTIONS:
            menu = self.menus[spec.menu]
            if spec.name in SEPARATE:
                menu.addSeparator()
            if spec.name == "quit":
                exchange.add_to_menu(menu)
                menu.addSeparator()
            menu.addAction(actions[spec.name])
            if spec.name == "configure_keys":
                self._theme_separator = menu.addSeparator()
        self.rebuild_theme_actions()
        self._view_menu()
        self._language_menu()

    def _view_menu(self) -> None:
        view = self.menus["view"]
        view.addSeparator()
        for action in self.dock_actions:
            view.addAction(action)
        self._panels_separator = view.addSeparator()
        self._panel_entries: list[QAction] = []
        self.window.docks.panels_changed.connect(self.rebuild_panel_entries)

    def rebuild_panel_entries(self) -> None:
        """The panels opened from the menus, each to show or hide again."""
        view = self.menus["view"]
        for action in self._panel_entries:
            view.removeAction(action)
        self._panel_entries = list(self.window.docks.panel_actions.values())
        for action in self._panel_entries:
            view.addAction(action)

    def _language_menu(self) -> None:
        parent = self.window.widget
        group = QActionGroup(parent)
        for lang, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, parent, checkable=True)
            action.setObjectName(f"action_lang_{lang}")
            action.setChecked(lang == current_lang())
            action.triggered.connect(lambda _c=False, code=lang: self.change_language(code))
            group.addAction(action)
            self.menus["language"].addAction(action)

    def rebuild_theme_actions(self) -> None:
        """One Coderen entry per theme with the user's key; rebuilt when the keys change."""
        parent, review, menu = self.window.widget, self.review, self.menus["annotate"]
        for action in self.theme_actions.values():
            menu.removeAction(action)
            action.deleteLater()
        self.theme_actions = {}
        keys = review.theme_keys
        for theme in review.content.themes:
            key = keys.key_of(theme.id)
            text = QCoreApplication.translate("MainWindow", "Thema: {title}").format(title=pick(theme.title, theme.title_en))
            action = shortcuts.make_action(parent, text, (key,) if key else (),
                                           lambda tid=theme.id: review.theme_key(tid))
            action.setObjectName(f"action_theme_{theme.id}")
            menu.insertAction(self._theme_separator, action)
            self.theme_actions[theme.id] = action
        review.coding_pad.refresh_labels()

    def groups(self) -> list[tuple[str, list[QAction]]]:
        """For the shortcuts overview (F1): each menu's actions, submenus included."""
        out = []
        for key, menu in self.menus.items():
            if key == "language":
                continue
            found: list[QAction] = []
            for action in menu.actions():
                if action.menu() is not None:
                    found += [a for a in action.menu().actions() if not a.isSeparator()]
                elif not action.isSeparator():
                    found.append(action)
            out.append((menu.title(), found))
        return out
