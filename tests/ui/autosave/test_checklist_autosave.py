"""The follow-up checklist has no Save button: tried ja/deels/nee and the fragment commit at once, the
effect and the leerpunt after a pause in typing or when the checklist is closed straight after typing.
The rows stay in place (with the cursor) while their own commits come back as events."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QPushButton

from kijkwijzer.services import aandachtspunten, cases, consent, fragments, recordings, reflection
from kijkwijzer.ui.reflection import FollowupChecklist

pytestmark = pytest.mark.gui


@pytest.fixture
def followup(qtbot, cycle_workspace, test_video):
    """An aandachtspunt from the reflection on conversation 1; conversation 2 recorded, with a fragment;
    the checklist open on conversation 2."""
    ws = cycle_workspace
    ctx = ws.as_pro
    refl = reflection.start_reflection(ctx, ws.conversation.id, date(2026, 11, 9), playlist_id=ws.playlist.id)
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Raakmomenten benoemen", "thema.raakmomenten")
    conv2 = cases.add_conversation(ctx, ws.case.id, date(2026, 11, 23))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv2.id, purpose, date(2026, 11, 23))
    rec2 = recordings.import_recording(ctx, conv2.id, test_video)
    shows_it = fragments.from_span(ctx, rec2.id, 1000, 3000, "Ze benoemt het")
    checklist = FollowupChecklist(ctx)
    qtbot.addWidget(checklist)
    checklist.show()
    qtbot.waitExposed(checklist)
    checklist.set_conversation(conv2.id)
    return SimpleNamespace(ctx=ctx, case=ws.case, point=point, conversation=conv2, fragment=shows_it,
                           checklist=checklist, row=checklist.rows[0])


def stored_followup(fresh, f):
    return aandachtspunten.checklist(fresh(f.ctx), f.conversation.id)[0].followup


def test_choices_commit_at_once_and_typing_after_a_pause(qtbot, fresh, followup):
    f = followup
    row = f.row
    assert [b.text() for b in f.checklist.findChildren(QPushButton)] == []  # nothing to forget to press
    assert not row.effect.isEnabled()  # stored with the answer: first the answer
    row.tried.setCurrentIndex(row.tried.findData("deels"))
    assert stored_followup(fresh, f).tried == "deels"
    assert row.effect.isEnabled() and row.leerpunt.isEnabled()
    row.effect.setFocus()
    qtbot.keyClicks(row.effect, "Client vertelde meer")
    qtbot.waitUntil(lambda: stored_followup(fresh, f).effect == "Client vertelde meer", timeout=3000)
    row.fragment.setCurrentIndex(row.fragment.findData(f.fragment.id))
    assert stored_followup(fresh, f).fragment_id == f.fragment.id
    qtbot.wait(50)  # the refresh after the aandachtspunt.changed events
    assert f.checklist.rows == [row]  # updated in place, not rebuilt under the cursor
    qtbot.keyClicks(row.effect, " dan eerst")
    assert row.effect.text() == "Client vertelde meer dan eerst"
    assert row.saved.text() == "…"
    qtbot.waitUntil(lambda: row.saved.text() == "Opgeslagen", timeout=3000)
    assert stored_followup(fresh, f).effect == "Client vertelde meer dan eerst"


def test_the_leerpunt_commits_as_typed_and_closes_the_point(qtbot, fresh, followup):
    f = followup
    row = f.row
    row.tried.setCurrentIndex(row.tried.findData("ja"))
    row.leerpunt.setFocus()
    qtbot.keyClicks(row.leerpunt, "Benoemen opent het gesprek")
    qtbot.waitUntil(lambda: aandachtspunten.list_aandachtspunten(fresh(f.ctx), f.case.id)[0].status == "closed",
                    timeout=3000)
    assert aandachtspunten.list_aandachtspunten(fresh(f.ctx), f.case.id)[0].leerpunt == "Benoemen opent het gesprek"
    qtbot.waitUntil(lambda: "(afgerond)" in row.title.text())
    assert f.checklist.rows == [row] and row.leerpunt.hasFocus()  # still on the checklist: answered here


def test_closing_straight_after_typing_loses_nothing(qtbot, fresh, followup):
    f = followup
    row = f.row
    row.tried.setCurrentIndex(row.tried.findData("nee"))
    qtbot.keyClicks(row.effect, "Vergeten, wel gemerkt dat het nodig was")
    qtbot.keyClicks(row.leerpunt, "Een briefje op het bureau")
    assert row.autosave.timer.isActive()
    f.checklist.close()
    assert stored_followup(fresh, f).effect == "Vergeten, wel gemerkt dat het nodig was"
    point = aandachtspunten.list_aandachtspunten(fresh(f.ctx), f.case.id)[0]
    assert (point.leerpunt, point.status) == ("Een briefje op het bureau", "closed")


def test_another_conversation_commits_what_was_typed_first(qtbot, fresh, followup):
    f = followup
    row = f.row
    row.tried.setCurrentIndex(row.tried.findData("ja"))
    qtbot.keyClicks(row.effect, "Rustiger gesprek")
    f.checklist.set_conversation(None)  # another recording opened
    assert stored_followup(fresh, f).effect == "Rustiger gesprek"
