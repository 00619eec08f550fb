"""Keeps "Ik annoteer als" current: every change to the people (a reviewer added, renamed, archived, the
professional renamed, the first professional made) refills the box at once, keeping the current choice.
When the current reviewer is archived, the professional (or the first reviewer left) takes over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.people import ReviewerView

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..review.annotation_table import role_labels

if TYPE_CHECKING:
    from ..main_window import MainWindow


def reviewer_text(reviewer: ReviewerView) -> str:
    return f"{reviewer.name} ({role_labels().get(reviewer.role, reviewer.role)})"


class ReviewerChooserSync(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = EventBridge(window.base_ctx.bus, ("people.",), self)
        self.bridge.connect_to(lambda _event: self.refill())

    def refill(self) -> None:
        window = self.window
        box = window.reviewer_box
        try:
            reviewers = people.list_reviewers(window.base_ctx)  # archived ones are not offered
        except KijkwijzerError as error:
            window.show_message(error.message(current_lang()))
            return
        current = window.current_reviewer
        index = next((i for i, r in enumerate(reviewers) if current is not None and r.id == current.id), -1)
        if index < 0 and reviewers:
            index = next((i for i, r in enumerate(reviewers) if r.professional_id is not None), 0)
        switching = index >= 0 and (current is None or reviewers[index].id != current.id)
        box.blockSignals(True)
        box.clear()
        for reviewer in reviewers:
            box.addItem(reviewer_text(reviewer), reviewer)
        box.setCurrentIndex(-1 if switching else index)
        box.blockSignals(False)
        if switching:
            box.setCurrentIndex(index)  # the window's own handler: someone else annotates from now on
        elif index >= 0 and reviewers[index] != current:
            window._reviewer_chosen(index, reload=False)  # renamed: the same person, the new name everywhere

    def close(self) -> None:
        self.bridge.close()
