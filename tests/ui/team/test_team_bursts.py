"""Colleagues' annotations arriving in a burst (team mode under load) are taken in at once: one merge of the list,
with the user's selected row still selected and current afterwards. The events are published on the window's bus
as team mode's listener publishes them (remote, the annotation view read from the database); the annotations
themselves are made through the services by another workbench (its own bus) on the same SQLite file."""

from __future__ import annotations

import threading

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Topic


def _shown(win) -> set[int]:
    return {view.id for view in win.review.list.visible_views()}


def _colleague(review_workspace) -> Context:
    ctx, coach = review_workspace.ctx, review_workspace.coach
    return Context(store=ctx.store, workspace=ctx.workspace, actor=Actor(coach.id, coach.name, coach.role))


def _arrive(win, topic: Topic, views) -> None:
    """As services/team.py publishes a burst: one remote event after the other, deleted ones without a view."""
    for view in views:
        win.base_ctx.bus.publish(Event(topic, view.id, view.recording_id, remote=True,
                                       view=None if topic == Topic.ANNOTATION_DELETED else view))


def test_a_burst_is_merged_at_once_and_the_selection_stays(qtbot, window, review_workspace):
    rec = review_workspace.recording.id
    colleague = _colleague(review_workspace)
    mine = annotations.add(window.ctx, AnnotationDraft(rec, 4000, observation="mijn eigen notitie"))
    qtbot.waitUntil(lambda: mine.id in _shown(window), timeout=2000)
    window.review.select(mine.id)
    assert window.review.list.current_view().id == mine.id
    burst = [annotations.add(colleague, AnnotationDraft(rec, 450 * n, observation=f"collega {n}"))
             for n in range(1, 11)]  # before and after mine in time
    assert not _shown(window) & {view.id for view in burst}  # another workbench: nothing announced here yet
    merged: list = []
    window.review.annotations.rearranged.connect(merged.append)
    _arrive(window, Topic.ANNOTATION_ADDED, burst)
    qtbot.waitUntil(lambda: {view.id for view in burst} <= _shown(window), timeout=3000)
    assert [len(views) for views in merged] == [10]  # one merge, not ten inserts
    assert window.review.selected_id == mine.id and window.review.list.current_view().id == mine.id
    starts = [view.start_ms for view in window.review.list.visible_views()]
    assert starts == sorted(starts)

    gone = burst[:5]
    for view in gone:
        annotations.delete(colleague, view.id)
    _arrive(window, Topic.ANNOTATION_DELETED, gone)
    qtbot.waitUntil(lambda: not _shown(window) & {view.id for view in gone}, timeout=3000)
    assert {view.id for view in burst[5:]} | {mine.id} <= _shown(window)
    assert window.review.list.current_view().id == mine.id


def test_a_burst_that_removes_the_selected_annotation_clears_the_selection(qtbot, window, review_workspace):
    rec = review_workspace.recording.id
    colleague = _colleague(review_workspace)
    theirs = [annotations.add(colleague, AnnotationDraft(rec, 300 * n, observation=f"collega {n}"))
              for n in range(1, 6)]
    _arrive(window, Topic.ANNOTATION_ADDED, theirs)
    qtbot.waitUntil(lambda: {view.id for view in theirs} <= _shown(window), timeout=3000)
    window.review.select(theirs[2].id)
    for view in theirs:
        annotations.delete(colleague, view.id)
    _arrive(window, Topic.ANNOTATION_DELETED, theirs)
    qtbot.waitUntil(lambda: not _shown(window) & {view.id for view in theirs}, timeout=3000)
    assert window.review.selected_id is None


def test_reading_anew_after_reconnecting_keeps_what_changed_here_meanwhile(qtbot, window, review_workspace,
                                                                           monkeypatch):
    from kijkwijzer.services import annotations as annotation_service

    rec = review_workspace.recording.id
    edited = annotations.add(window.ctx, AnnotationDraft(rec, 1000, observation="voor het herlezen"))
    removed = annotations.add(window.ctx, AnnotationDraft(rec, 1500, observation="wordt verwijderd"))
    missed = annotations.add(_colleague(review_workspace), AnnotationDraft(rec, 2500, observation="gemist"))
    read, release = threading.Event(), threading.Event()
    real = annotation_service.list_for_recording

    def held(ctx, recording_id):  # the read happens now; its answer arrives once the test lets it
        answer = real(ctx, recording_id)
        read.set()
        release.wait(5)
        return answer

    monkeypatch.setattr(annotation_service, "list_for_recording", held)
    window.base_ctx.bus.publish(Event(Topic.TEAM_RECONNECTED, remote=True))
    qtbot.waitUntil(read.is_set, timeout=3000)
    annotations.update(window.ctx, edited.id, observation="na het herlezen")  # newer than what was read
    annotations.delete(window.ctx, removed.id)
    release.set()
    qtbot.waitUntil(lambda: missed.id in _shown(window), timeout=3000)
    shown = {view.id: view for view in window.review.list.visible_views()}
    assert shown[edited.id].observation == "na het herlezen" and removed.id not in shown
