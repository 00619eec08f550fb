"""'Ik annoteer als': who the window acts as. One object holds the workspace's context, the chosen reviewer and
the context acting as them; its one signal `changed(ctx)` is followed by every view that acts as the reviewer
(the review, the werkmap, the fixed docks, the panels in the docks, the welcome page), so a switch reaches them
all, also a panel opened after it (it is made from `ctx`). In a team database nobody chooses: the member the login
is, is chosen once at the start (team/signed_in.py) and nobody else can be (Context.as_actor refuses).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.people import ReviewerView


class ChosenReviewer(QObject):
    changed = Signal(object)  # Context acting as the reviewer just chosen (also when only their name changed)

    def __init__(self, base: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base
        self._ctx = base
        self._reviewer: ReviewerView | None = None

    @property
    def base(self) -> Context:
        """The workspace's own context, before anyone is chosen (listing the reviewers to choose from)."""
        return self._base

    @property
    def ctx(self) -> Context:
        """What every service call acts through: the chosen reviewer once there is one, else the workspace."""
        return self._ctx

    @property
    def reviewer(self) -> ReviewerView | None:
        return self._reviewer

    @property
    def professional_id(self) -> int | None:
        """Set when the chosen reviewer is the professional themself: only they see their self-assessment,
        plan and progress."""
        reviewer = self._reviewer
        return int(reviewer.professional_id) if reviewer is not None and reviewer.professional_id is not None else None

    def choose(self, reviewer: ReviewerView) -> Context:
        """From now on everything acts as `reviewer`; every follower hears it once, in the order it subscribed."""
        self._ctx = self._base.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))
        self._reviewer = reviewer
        self.changed.emit(self._ctx)
        return self._ctx
