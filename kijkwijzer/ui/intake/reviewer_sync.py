"""Keeps "Ik annoteer als" current: every change to the people (a reviewer added, renamed, archived, the
professional renamed, the first professional made) refills the box at once, keeping the current choice.
When the current reviewer is archived, the professional (or the first reviewer left) takes over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.people import ReviewerView
from kijkwijzer.services.topics import Area

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..review.annotation_table import role_labels

if TYPE_CHECKING:
    from ..chosen_reviewer import ChosenReviewer


def reviewer_text(reviewer: ReviewerView) -> str:
    return f"{reviewer.name} ({role_labels().get(reviewer.role, reviewer.role)})"


class ReviewerChooserSync(QObject):
    def __init__(self, box: QComboBox, chosen: ChosenReviewer, say: Callable[[str], None]) -> None:
        super().__init__(box)
        self.box = box
        self.chosen = chosen
        self.say = say  # the status bar
        self.bridge = EventBridge(chosen.base.bus, (Area.PEOPLE,), self)
        if chosen.base.team is None:  # team mode has no chooser: ui/team/signed_in.py follows the login's member
            self.bridge.connect_to(lambda _event: self.refill())

    def refill(self) -> None:
        box = self.box
        try:
            reviewers = people.list_reviewers(self.chosen.base)  # archived ones are not offered
        except KijkwijzerError as error:
            self.say(error.message(current_lang()))
            return
        current = self.chosen.reviewer
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
            box.setCurrentIndex(index)  # as if chosen in the box: someone else annotates from now on
        elif index >= 0 and reviewers[index] != current:
            self.chosen.choose(reviewers[index])  # renamed: the same person, the new name everywhere

    def close(self) -> None:
        self.bridge.close()
