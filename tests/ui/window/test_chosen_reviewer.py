"""'Ik annoteer als' is one observed choice (ui/chosen_reviewer.py): a switch reaches every view that acts as the
reviewer through its one `changed` signal, also a panel opened after it, and a panel that fails to follow does
not keep the others from following."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kijkwijzer.services import audit, fragments
from kijkwijzer.ui.chosen_reviewer import ChosenReviewer


class FakePanel(QLabel):
    """Stands in for a panel in a dock (the docks are the subject): acts as `ctx`, refuses to be built for the
    reviewer `refuse`."""

    def __init__(self, ctx, refuse: int | None = None) -> None:
        if refuse is not None and ctx.actor.reviewer_id == refuse:
            raise RuntimeError("kapot")
        super().__init__(ctx.actor.name)
        self.ctx = ctx


def test_choosing_a_reviewer_is_one_signal_carrying_a_context_that_acts_as_them(qtbot, review_workspace):
    chosen = ChosenReviewer(review_workspace.ctx)
    assert chosen.ctx is review_workspace.ctx and chosen.reviewer is None and chosen.professional_id is None
    with qtbot.waitSignal(chosen.changed) as heard:
        chosen.choose(review_workspace.coach)
    (ctx,) = heard.args
    assert ctx is chosen.ctx and ctx.actor.reviewer_id == review_workspace.coach.id and ctx.actor.role == "coach"
    assert chosen.professional_id is None  # a coach has no private screens here
    chosen.choose(review_workspace.reviewer)
    assert chosen.professional_id == review_workspace.reviewer.professional_id
    assert chosen.base is review_workspace.ctx  # the workspace's own context stays for listing the reviewers


def test_switching_reviewer_reaches_every_view_and_a_panel_opened_after_it(qtbot, window, review_workspace):
    pro, coach = review_workspace.reviewer.id, review_workspace.coach.id
    conversation_id = review_workspace.conversation.id
    slim_before = window.panels.slim(conversation_id)
    assert slim_before is not None and slim_before.ctx.actor.reviewer_id == pro
    heard: list = []
    window.chosen.changed.connect(heard.append)

    window.select_reviewer(coach)

    assert [ctx.actor.reviewer_id for ctx in heard] == [coach]  # one signal, heard once
    slim_after = window.docks.panel(f"slim:{conversation_id}")
    acting = {"review": window.review.ctx, "werkmap": window.browser.ctx, "fragmenten": window.playlists.ctx,
              "fragment": window.playlists.fragment_fields.ctx, "aandachtspunten": window.checklist.ctx,
              "transcript": window.transcript.ctx, "welkom": window.intake.welcome.ctx, "slim": slim_after.ctx}
    assert {name: ctx.actor.reviewer_id for name, ctx in acting.items()} == dict.fromkeys(acting, coach)
    assert slim_after is not slim_before  # rebuilt acting as the coach
    series = window.panels.series(conversation_id)  # opened after the switch
    assert series is not None and series.ctx.actor.reviewer_id == coach
    assert window.reviewer_box.currentText().startswith("Joost Bakker")
    assert "Joost Bakker" in window.status_reviewer.text()
    assert not window.actions_by_name["plan"].isEnabled()  # the professional's own screens are theirs


def test_a_fragment_renamed_after_the_switch_is_stored_as_the_new_reviewer(qtbot, window, review_workspace):
    made = fragments.from_span(review_workspace.as_pro, review_workspace.recording.id, 1000, 3000)
    panel = window.playlists
    qtbot.waitUntil(lambda: panel.pool.count() == 1, timeout=3000)
    window.select_reviewer(review_workspace.coach.id)
    window.fragments_dock.raise_()
    panel.pool.setCurrentRow(0)
    fields = panel.fragment_fields
    assert fields.title.isEnabled()
    fields.title.setFocus()
    fields.title.selectAll()
    qtbot.keyClicks(fields.title, "Stilte na de vraag")
    assert fields.flush()
    assert fragments.get(review_workspace.ctx, made.id).title == "Stilte na de vraag"
    latest = next(row for row in audit.list_entries(review_workspace.ctx, object_type="fragment")
                  if row.object_id == made.id)
    assert latest.actor.startswith("Joost Bakker")


def test_a_panel_that_fails_to_follow_the_switch_does_not_stop_the_others(qtbot, window, review_workspace):
    coach = review_workspace.coach.id
    window.docks.open("test:broken", "Kapot", lambda ctx: FakePanel(ctx, refuse=coach))
    window.docks.open("test:fine", "Heel", lambda ctx: FakePanel(ctx))
    with qtbot.capture_exceptions() as raised:
        window.select_reviewer(coach)
    assert [str(error) for _kind, error, _trace in raised] == ["kapot"]  # reported, not swallowed
    assert "test:broken" not in window.docks.panels  # its dock is closed
    assert window.docks.panel("test:fine").ctx.actor.reviewer_id == coach  # the next panel was rebuilt
    assert window.transcript.ctx.actor.reviewer_id == coach  # views subscribed after the docks heard it too
    assert window.review.ctx.actor.reviewer_id == coach
