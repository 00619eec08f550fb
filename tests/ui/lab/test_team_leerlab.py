"""The Leerlab in team mode: the group member's window is connected with their own PostgreSQL login (row-level
security applies); what the professional does on their own workbench (another connection, another event bus)
reaches the open Leerlab through the database's notifications: new feedback appears, and a withdrawn consent
takes the fragment away, without a reload."""

from __future__ import annotations

import pytest

from kijkwijzer.services import consent, lab
from kijkwijzer.ui.lab.leerlab_view import LeerlabView
from tests.services.test_lab_team import shared_in_team, team  # noqa: F401 - the team database fixtures

pytestmark = pytest.mark.postgres


@pytest.fixture
def member_team_window(qtbot, team, shared_in_team):  # noqa: F811 - the imported fixtures
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    win = open_main_window(qtbot, team.member, FakePlayer())
    win.lab.player_factory = FakePlayer
    yield win
    win.close()
    win.deleteLater()


def test_the_professionals_feedback_and_withdrawal_reach_the_members_open_leerlab(qtbot, team, shared_in_team,  # noqa: F811
                                                                                  member_team_window):
    win = member_team_window
    _recording, _shared, _other, share = shared_in_team
    assert win.chosen.reviewer.id == team.made.reviewers["Lid Noord"].id  # who they are: their login
    qtbot.waitUntil(lambda: isinstance(win.docks.panel("leerlab"), LeerlabView), timeout=5000)
    view = win.docks.panel("leerlab")
    assert view.shown_titles() == ["Formulier uitleggen  (0:02)"] and view.player.loaded
    lab.add_feedback(team.pro, share.id, "tip", "Let vooral op mijn eerste zin")  # the professional's workbench
    qtbot.waitUntil(lambda: len(view.cards.cards) == 1, timeout=5000)
    assert view.cards.texts() == ["Tip · Sanne de Vries: Let vooral op mijn eerste zin"]

    given = next(c for c in consent.list_for_conversation(team.pro, team.made.conversation.id)
                 if c.purpose == "learning_group")
    consent.withdraw(team.pro, given.id)
    qtbot.waitUntil(lambda: view.shown_titles() == [], timeout=5000)
    assert view.pages.currentIndex() == 0 and not view.player.loaded
