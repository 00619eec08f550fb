"""The coding pad: one key per Kijkwijzer theme, shown as coloured buttons; the keys are the user's choice.

Defaults come from the content (`default_key`); a changed key is kept in QSettings per theme id. Each button's
tooltip gives the theme's key question, "waarom belangrijk?" and cases; "?" (Shift+F1) opens the theme help.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.timecode import format_ms

from .. import theme_texts
from ..i18n import pick
from .theme_help import ThemeHelp

SETTINGS_GROUP = "coding_keys"
# Keys the review actions use (shortcuts.py); a theme key may not take one of these.
RESERVED = frozenset({"SPACE", "J", "K", "L", "I", "O", "N", "P", "M", "F", ",", ".", "HOME", "END", "LEFT", "RIGHT",
                      "RETURN", "ENTER", "DEL", "DELETE", "ESC", "ESCAPE", "+", "-", "=", "F1", "SHIFT+F1", "F5"})
HELP_KEY = "Shift+F1"
COLUMNS = 6


def normalise_key(key: str) -> str:
    text = QKeySequence(key.strip()).toString(QKeySequence.SequenceFormat.PortableText)
    return text.upper() if len(text) == 1 else text


class ThemeKeys:
    """theme id -> key, content defaults overridden by the user's QSettings."""

    def __init__(self, themes: Iterable, settings: QSettings | None = None) -> None:  # themes: content.Theme
        self.themes = list(themes)
        self.settings = settings or QSettings()
        self.keys: dict[str, str] = {}
        self.settings.beginGroup(SETTINGS_GROUP)
        for theme in self.themes:
            stored = self.settings.value(theme.id, None)
            self.keys[theme.id] = normalise_key(str(stored)) if stored else normalise_key(theme.default_key)
        self.settings.endGroup()

    def key_of(self, theme_id: str) -> str:
        return self.keys.get(theme_id, "")

    def problem(self, theme_id: str, key: str) -> str | None:
        """Why a key cannot be used for this theme (Dutch source text for tr), or None."""
        key = normalise_key(key)
        if not key:
            return None
        if key.upper() in RESERVED:
            return "Deze toets is al in gebruik voor het afspelen."
        for other, other_key in self.keys.items():
            if other != theme_id and other_key == key:
                return "Deze toets hoort al bij een ander thema."
        return None

    def set_key(self, theme_id: str, key: str) -> None:
        key = normalise_key(key)
        self.keys[theme_id] = key
        self.settings.beginGroup(SETTINGS_GROUP)
        self.settings.setValue(theme_id, key)
        self.settings.endGroup()
        self.settings.sync()

    def reset(self) -> None:
        self.settings.remove(SETTINGS_GROUP)
        for theme in self.themes:
            self.keys[theme.id] = normalise_key(theme.default_key)


def text_color_for(background: QColor) -> str:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return "#111111" if luminance > 150 else "#ffffff"


class ThemeButton(QPushButton):
    """Shows as much of "key  title" as fits; the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(70)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - 14, 20)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class CodingPad(QWidget):
    """Buttons mirror the theme actions; clicking one is the same as pressing its key."""

    theme_pressed = Signal(str)
    help_toggled = Signal(bool)
    focus_back = Signal()  # the help closed while it had the keyboard: back to the video

    def __init__(self, themes: Iterable, keys: ThemeKeys, parent: QWidget | None = None, *, content=None) -> None:
        super().__init__(parent)
        self.setObjectName("codingPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.themes = list(themes)
        self.keys = keys
        self.buttons: dict[str, ThemeButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(3)
        self.state = QLabel(self)
        self.state.setObjectName("codingState")
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("themeHelpButton")
        self.help_button.setText("?")
        self.help_button.setCheckable(True)
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_button.setToolTip(self.tr("Uitleg bij de thema's: waarom belangrijk, illustratieve interacties "
                                            "({key})").format(key=HELP_KEY))
        self.help_button.setAccessibleName(self.tr("Uitleg bij de thema's"))
        self.help_button.toggled.connect(self._help_toggled)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.state, 1)
        top.addWidget(self.help_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(4)
        layout.addLayout(grid)
        for index, theme in enumerate(self.themes):
            button = ThemeButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName("themeButton")
            color = QColor(theme.color)
            button.setStyleSheet(
                f"QPushButton#themeButton {{ background: {color.name()}; color: {text_color_for(color)}; "
                f"border: 1px solid {color.darker(140).name()}; border-radius: 4px; padding: 3px 6px; "
                f"text-align: left; }}"
                f"QPushButton#themeButton:pressed {{ background: {color.darker(130).name()}; }}")
            button.clicked.connect(lambda _c=False, tid=theme.id: self.theme_pressed.emit(tid))
            button.installEventFilter(self)  # the mouse over a button shows that theme in the help
            self.buttons[theme.id] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self.help: ThemeHelp | None = None
        if content is not None:
            self.help = ThemeHelp(content, self.keys.key_of, self)
            self.help.hide()
            layout.addWidget(self.help)
            self.theme_pressed.connect(self.help.show_theme)
        self.help_button.setVisible(self.help is not None)
        self.refresh_labels()
        self.show_marks(None, None)

    def refresh_labels(self) -> None:
        for theme in self.themes:
            key = self.keys.key_of(theme.id)
            title = pick(theme.title, getattr(theme, "title_en", ""))
            button = self.buttons[theme.id]
            button.set_full_text(f"{key}  {title}" if key else title)
            button.setToolTip(theme_texts.theme_tooltip(theme, key))
        if self.help is not None:
            self.help.render()

    # --- the theme help -----------------------------------------------------------------------------------
    def help_visible(self) -> bool:
        return self.help is not None and not self.help.isHidden()

    def toggle_help(self) -> None:
        """Shift+F1: open the help and put the keyboard in it (arrows scroll), or close it again."""
        if self.help is None:
            return
        self.help_button.setChecked(not self.help_button.isChecked())
        if self.help_visible():
            self.help.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _help_toggled(self, on: bool) -> None:
        if self.help is None:
            return
        had_focus = self.help.hasFocus()
        self.help.setVisible(on)
        self.help_toggled.emit(on)
        if had_focus and not on:
            self.focus_back.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter and self.help is not None and self.help_visible():
            for theme_id, button in self.buttons.items():
                if button is watched:
                    self.help.show_theme(theme_id)
        return super().eventFilter(watched, event)

    def show_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        if mark_in is None and mark_out is None:
            self.state.setText(self.tr("Thematoets: punt op de afspeelpositie · I / O: begin en einde van een "
                                       "fragment · Enter: annotatie bewerken"))
            return
        begin = format_ms(mark_in) if mark_in is not None else "…"
        end = format_ms(mark_out) if mark_out is not None else self.tr("afspeelpositie")
        self.state.setText(self.tr("Fragment {begin} – {end}: druk een thematoets of Enter om vast te leggen")
                           .format(begin=begin, end=end))
