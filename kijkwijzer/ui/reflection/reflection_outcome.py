"""The outcome column of the reflection conversation (reflection_view.py): aandachtspunten, each linked to a
theme and (when ticked) to the fragment on screen, so they come back on the checklist of the next conversation;
leerpunten, lessons the professional takes along without follow-up; and the field for notes on the whole
conversation (the view's autosave commits it, with the fragment's notes and tips).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services import aandachtspunten
from kijkwijzer.services.context import Context
from kijkwijzer.services.reflection import ReflectionConversationView

from ..i18n import pick
from ..service_calls import call_or_say


def theme_title(ctx: Context, theme_id: str | None) -> str:
    """The theme's title in the UI's language; an id the content does not know is shown as it is."""
    if not theme_id or not ctx.content.has(theme_id):
        return theme_id or ""
    theme = ctx.content.theme(theme_id)
    return pick(theme.title, theme.title_en)


class ReflectionOutcome(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, reflection_id: int, current_fragment_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reflection_id = reflection_id
        self.current_fragment_id = current_fragment_id  # the agenda's chosen fragment: a new point links to it
        self.points = QListWidget(self)
        self.points.setObjectName("reflectionPoints")
        self.points.setWordWrap(True)
        self.points.setMinimumHeight(48)
        self.point_text = QLineEdit(self)
        self.point_text.setObjectName("pointText")
        self.point_text.setPlaceholderText(self.tr("Wat wil je de volgende keer proberen?"))
        self.point_theme = QComboBox(self)
        self.point_theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.point_theme.setMinimumContentsLength(12)  # a long theme title must not squeeze the text field
        self.point_theme.addItem(self.tr("(geen thema)"), None)
        for theme in self.ctx.content.themes:
            self.point_theme.addItem(pick(theme.title, theme.title_en), theme.id)
        self.link_fragment = QCheckBox(self.tr("koppel aan dit fragment"), self)
        self.link_fragment.setChecked(True)
        self.add_point = QPushButton(self.tr("Aandachtspunt toevoegen"), self)
        self.add_point.setToolTip(self.tr("Iets om de volgende keer te proberen; het komt op de checklist van het "
                                          "volgende gesprek (Enter)"))
        self.add_leerpunt = QPushButton(self.tr("Als leer&punt"), self)
        self.add_leerpunt.setObjectName("addLeerpunt")
        self.add_leerpunt.setToolTip(self.tr("Het getypte vastleggen als leerpunt: een les die de professional "
                                             "meeneemt, zonder opvolging in een volgend gesprek (Alt+P)"))
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_leerpunt)
        add_row.addWidget(self.add_point)
        self.leerpunten = QListWidget(self)
        self.leerpunten.setObjectName("reflectionLeerpunten")
        self.leerpunten.setWordWrap(True)
        self.leerpunten.setMinimumHeight(56)  # two lines; the column scrolls when the dock is lower
        self.reflection_notes = QPlainTextEdit(self)
        self.reflection_notes.setObjectName("reflectionNotes")
        self.reflection_notes.setPlaceholderText(self.tr("Wat over het hele gesprek gezegd of afgesproken is"))
        self.reflection_notes.setTabChangesFocus(True)
        self.reflection_notes.setMinimumHeight(56)
        self.reflection_notes.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("Aandachtspunten"), self))
        layout.addWidget(self.points, 1)
        layout.addWidget(self.point_text)
        layout.addWidget(self.point_theme)
        layout.addWidget(self.link_fragment)
        layout.addLayout(add_row)
        layout.addWidget(QLabel(self.tr("Leerpunten"), self))
        layout.addWidget(self.leerpunten, 1)
        layout.addWidget(QLabel(self.tr("Notities bij dit gesprek"), self))
        layout.addWidget(self.reflection_notes)
        self.setMinimumWidth(240)
        self.add_point.clicked.connect(self._add_point)
        self.point_text.returnPressed.connect(self._add_point)
        self.add_leerpunt.clicked.connect(self._add_leerpunt)

    def show_points(self, shown: ReflectionConversationView) -> None:
        """The reflection's aandachtspunten and leerpunten as stored, each with its theme."""
        for listing, points in ((self.points, shown.aandachtspunten), (self.leerpunten, shown.leerpunten)):
            listing.clear()
            for point in points:
                theme = theme_title(self.ctx, point.theme_id)
                listing.addItem(f"{point.text}" + (f"  [{theme}]" if theme else ""))

    def _add_point(self) -> None:
        self._add(aandachtspunten.add_aandachtspunt)

    def _add_leerpunt(self) -> None:
        self._add(aandachtspunten.add_leerpunt)

    def _add(self, add: Callable[..., object]) -> None:
        fragment_id = self.current_fragment_id()
        linked = (fragment_id,) if fragment_id is not None and self.link_fragment.isChecked() else ()
        made = call_or_say(self.message.emit, add, self.ctx, self.reflection_id, self.point_text.text(),
                           self.point_theme.currentData(), linked)
        if made is not None:
            self.point_text.clear()
