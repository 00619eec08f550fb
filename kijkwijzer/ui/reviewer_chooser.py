"""'Ik annoteer als': the toolbar's chooser of who annotates, a view of ChosenReviewer. Choosing in it chooses;
a choice made elsewhere (the welcome page, a rename, an archived reviewer replaced) shows in it; the choice is
remembered per workspace and chosen again at the next start. intake/reviewer_sync.py refills it when the people
change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ReviewerView

from .chosen_reviewer import ChosenReviewer
from .i18n import current_lang
from .intake.reviewer_sync import reviewer_text


class ReviewerChooser(QComboBox):
    def __init__(self, chosen: ChosenReviewer, remember_as: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerChooser")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumWidth(260)
        self.chosen = chosen
        self.remember_as = remember_as  # the QSettings key of this workspace's choice
        self.currentIndexChanged.connect(self._chosen)
        chosen.changed.connect(self._follow)

    def choose_first(self, say: Callable[[str], None]) -> None:
        """At the start: every reviewer listed, and the one chosen last time here (else the first) chosen."""
        try:
            reviewers = people.list_reviewers(self.chosen.base)  # archived ones are not offered
        except KijkwijzerError as error:
            say(error.message(current_lang()))
            reviewers = []
        remembered = QSettings().value(self.remember_as)
        first = next((r for r in reviewers if str(r.id) == str(remembered)), reviewers[0] if reviewers else None)
        self.blockSignals(True)
        self.clear()
        for reviewer in reviewers:
            self.addItem(reviewer_text(reviewer), reviewer)
        self.blockSignals(False)
        if first is not None:
            self.chosen.choose(first)

    def index_of(self, reviewer_id: int) -> int:
        return next((i for i in range(self.count()) if self.itemData(i).id == reviewer_id), -1)

    def select(self, reviewer_id: int) -> None:
        """As if chosen here (a reviewer not listed is not chosen)."""
        index = self.index_of(reviewer_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        reviewer: ReviewerView | None = self.itemData(index)
        if reviewer is not None:
            self.chosen.choose(reviewer)

    def _follow(self, _ctx: Context) -> None:
        reviewer = self.chosen.reviewer
        if reviewer is None:
            return
        QSettings().setValue(self.remember_as, reviewer.id)
        index = self.index_of(reviewer.id)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
