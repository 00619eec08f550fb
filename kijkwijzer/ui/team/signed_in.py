"""Team mode: who is at the keyboard follows from the database login, never from a choice. In place of the
single-user chooser "Ik annoteer als" the toolbar says who you are ("Aangemeld als Anna de Vries (professional) ·
teamdatabase host/db"; the administrator: "Aangemeld als beheerder kw"). At the start the member the login is
becomes ChosenReviewer's reviewer, so every view acts as them; a new name or role given to them follows here.
The administrator acts as the workspace itself: nobody is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ReviewerView
from kijkwijzer.services.topics import Area

from ..chosen_reviewer import ChosenReviewer
from ..i18n import current_lang
from ..qt_events import EventBridge
from ..review.annotation_table import role_labels


def is_team(ctx: Context) -> bool:
    """A team database (PostgreSQL): who you are is your login, there is nothing to choose."""
    return ctx.team is not None


def is_administrator(ctx: Context) -> bool:
    return ctx.team is not None and ctx.team.administrator


def lab_only(reviewer: ReviewerView | None) -> bool:
    """A member of a learning group only: no cases of their own, only what is shared with their group
    (the learning lab)."""
    return reviewer is not None and reviewer.role == "learning_group"


class SignedIn(QLabel):
    """The toolbar's "Aangemeld als …" in team mode (hidden on a single-user workspace: `active` is False)."""

    def __init__(self, chosen: ChosenReviewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedIn")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen = chosen
        self.active = is_team(chosen.base)
        self.bridge: EventBridge | None = None
        if not self.active:
            self.hide()
            return
        self.bridge = EventBridge(chosen.base.bus, (Area.PEOPLE,), self)  # renamed by the administrator
        self.bridge.connect_to(lambda _event: self.follow())
        chosen.changed.connect(lambda _ctx: self.show_who())

    def choose_member(self, say: Callable[[str], None]) -> None:
        """At the start, before any view exists: a member is chosen (each view is made acting as them)."""
        ctx = self.chosen.base
        if ctx.identity_fixed and ctx.actor.reviewer_id is not None:
            try:
                reviewer = people.get_reviewer(ctx, ctx.actor.reviewer_id)
            except KijkwijzerError as error:  # the login was checked at open; say it, act as the login's actor
                say(error.message(current_lang()))
                actor = ctx.actor
                reviewer = ReviewerView(int(actor.reviewer_id or 0), actor.name, actor.role, None)
            self.chosen.choose(reviewer)
        self.show_who()

    def follow(self) -> None:
        """The people changed: a member's new name or role shows everywhere (the same person, chosen again)."""
        current = self.chosen.reviewer
        if current is None:
            return
        try:
            now = people.get_reviewer(self.chosen.base, current.id)
        except KijkwijzerError:
            return  # removed: their connections are closed by the server; the status bar says the link is lost
        if now != current and not now.archived:
            self.chosen.choose(now)

    def show_who(self) -> None:
        ctx = self.chosen.base
        team = ctx.team
        if team is None:
            return
        database = ctx.store.label
        reviewer = self.chosen.reviewer
        if team.administrator or reviewer is None:
            text = self.tr("Aangemeld als beheerder {login} · teamdatabase {database}").format(
                login=team.login, database=database)
        else:
            text = self.tr("Aangemeld als {name} ({role}) · teamdatabase {database}").format(
                name=reviewer.name, role=role_labels().get(reviewer.role, reviewer.role), database=database)
        self.setText(text)
        self.setToolTip(self.tr("Wie u bent, volgt uit uw databaselogin {login}; teamleden en leergroepen vindt u "
                                "onder Bestand > Team en leergroepen…").format(login=team.login))
