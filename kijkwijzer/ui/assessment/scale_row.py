"""One statement's five-point scale: five labelled buttons in neutral colours from the content.

000 (~1676-1680): the colours give no negative charge to (helemaal) oneens. The colours come from
content/assessment.toml (blue to ochre, no red or green) and the label is always written on the button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kijkwijzer.content import ScaleLabel

from ..i18n import pick


def _text_colour(background: str) -> str:
    colour = QColor(background)
    return "#1f2933" if colour.lightnessF() > 0.55 else "#ffffff"


def button_style(label: ScaleLabel) -> str:
    """Unchecked: white with a border in the scale colour; checked: filled with it. Same weight for all."""
    return (f"QPushButton {{ background: #ffffff; color: #1f2933; border: 2px solid {label.color};"
            f" border-radius: 4px; padding: 6px 6px; min-width: 104px; }}"
            f"QPushButton:checked {{ background: {label.color}; color: {_text_colour(label.color)};"
            f" }}"
            f"QPushButton:focus {{ border: 2px dashed #1f2933; }}")


class ScaleRow(QWidget):
    """Emits `answered(value)`; `value()` is None until a button is chosen."""

    answered = Signal(int)

    def __init__(self, scale: Sequence[ScaleLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for label in sorted(scale, key=lambda s: s.value):
            button = QPushButton(pick(label.label, label.label_en), self)
            button.setCheckable(True)
            button.setStyleSheet(button_style(label))
            tip = f"{label.value}: {pick(label.label, label.label_en)}"
            if label.product:  # "neutraal": the seeds name only (helemaal) oneens and (helemaal) eens
                tip += " — " + self.tr("middelste keuze van het programma; het werkboek noemt alleen (helemaal) "
                                       "oneens en (helemaal) eens")
            button.setToolTip(tip)
            self.group.addButton(button, label.value)
            self.buttons[label.value] = button
            layout.addWidget(button)
        self.group.idClicked.connect(self.answered.emit)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)
