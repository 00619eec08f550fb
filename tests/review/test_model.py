"""The review model without Qt: the open recording, playhead, marks, loop, selection and the annotations in time
order, and the observers a view re-renders from."""

from __future__ import annotations

import sys

from kijkwijzer.review.annotations import RecordingAnnotations
from kijkwijzer.review.model import ReviewModel
from kijkwijzer.review.observe import Emitter
from tests.review.builders import RECORDING_ID, WEERSTAND, FakeRecording, Recorder, note, opened


def test_opening_a_recording_clears_selection_marks_and_playhead_but_keeps_the_loop():
    model = opened(note(1, 1000), position=5000)
    model.set_mark_in(2000)
    model.set_loop(True)
    model.select(1)
    model.open(FakeRecording(id=8, duration_ms=60_000, fps=50.0), [note(2, 500, recording_id=8)])
    assert model.recording is not None and model.recording.id == 8
    assert (model.selected_id, model.mark_in, model.mark_out, model.position) == (None, None, None, 0)
    assert model.loop  # the loop button stays as the user set it
    assert (model.duration_ms, model.frame_ms) == (60_000, 20)
    assert [v.id for v in model.annotations] == [2]


def test_unknown_frame_rate_falls_back_to_40_ms():
    model = opened(recording=FakeRecording(fps=0.0))
    assert model.frame_ms == 40


def test_close_keeps_what_was_shown_and_forget_removes_everything():
    model = opened(note(1, 1000))
    model.select(1)
    model.set_mark_in(500)
    model.close()
    assert model.recording is None and model.selected_id == 1 and len(model.annotations) == 1
    model.set_loop(True)
    model.forget()
    assert (model.selected_id, len(model.annotations), model.mark_in, model.loop) == (None, 0, None, False)


def test_mark_in_after_mark_out_drops_the_out_and_the_reverse():
    model = opened(position=3000)
    model.set_mark_out()
    model.set_mark_in(1000)
    assert (model.mark_in, model.mark_out) == (1000, 3000)
    model.set_mark_in(3000)  # at the end: the end goes
    assert (model.mark_in, model.mark_out) == (3000, None)
    model.set_mark_out(2000)  # before the begin: the begin goes
    assert (model.mark_in, model.mark_out) == (None, 2000)


def test_clearing_the_marks_switches_the_loop_off():
    model = opened()
    model.set_mark_in(1000)
    model.set_mark_out(2000)
    model.set_loop(True)
    model.clear_marks()
    assert (model.mark_in, model.mark_out, model.loop) == (None, None, False)


def test_loop_restarts_at_the_span_end_only_while_playing():
    model = opened()
    model.set_mark_in(1000)
    model.set_mark_out(2000)
    assert model.loop_restart(2000, playing=True) is None  # loop off
    model.set_loop(True)
    assert model.loop_restart(1999, playing=True) is None
    assert model.loop_restart(2000, playing=True) == 1000
    assert model.loop_restart(2500, playing=False) is None


def test_seek_targets_stay_within_the_recording():
    model = opened(recording=FakeRecording(duration_ms=10_000, fps=25.0))
    assert (model.clamp(-5), model.clamp(4000), model.clamp(99_999)) == (0, 4000, 10_000)
    assert model.end_target() == 10_000 - 40
    model.set_position(9960)
    assert model.at_end()
    model.set_position(9000)
    assert not model.at_end()
    assert ReviewModel().clamp(99_999) == 99_999  # length unknown: anything from 0 on


def test_observers_fire_once_per_real_change():
    model = opened()
    positions, marks, loop, selection = Recorder(), Recorder(), Recorder(), Recorder()
    model.events.position.connect(positions)
    model.events.marks.connect(marks)
    model.events.loop.connect(loop)
    model.events.selection.connect(selection)
    model.set_position(100)
    model.set_position(100)
    model.set_mark_in(100)
    model.set_mark_in(100)
    model.set_loop(True)
    model.set_loop(True)
    model.select(4)
    model.select(4)
    model.clear_marks()
    assert positions.calls == [(100,)]
    assert marks.calls == [(100, None), (None, None)]
    assert loop.calls == [(True,), (False,)]
    assert selection.calls == [(4,)]


def test_a_disconnected_observer_hears_nothing_more():
    model = opened()
    heard = Recorder()
    disconnect = model.events.position.connect(heard)
    model.set_position(10)
    disconnect()
    model.set_position(20)
    assert heard.calls == [(10,)]


def test_a_failing_observer_is_reported_and_the_others_still_run(monkeypatch):
    reported: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    emitter = Emitter("position")
    after = Recorder()

    def broken(_ms: int) -> None:
        raise ValueError("kapot")

    emitter.connect(broken)
    emitter.connect(after)
    emitter.emit(5)
    assert reported == [ValueError] and after.calls == [(5,)]
    assert len(emitter) == 2  # an ordinary error does not disconnect


def test_a_receiver_whose_qt_object_is_gone_is_disconnected(monkeypatch):
    reported: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    emitter = Emitter("position")

    def gone(_ms: int) -> None:
        raise RuntimeError("Internal C++ object (Playback) already deleted.")

    emitter.connect(gone)
    emitter.emit(1)
    assert len(emitter) == 0 and reported == []


# --- the annotations of the open recording --------------------------------------------------------------
def test_annotations_in_time_order_with_current_next_and_previous():
    model = opened(note(3, 4500), note(1, 1000), note(2, 3000), note(4, 3000, themes=(WEERSTAND,)))
    annotations = model.annotations
    assert [v.id for v in annotations] == [1, 2, 4, 3]
    assert annotations.current_at(999) is None
    assert annotations.current_at(3100).id == 4  # the last one the playhead passed
    assert annotations.next_after(1000).id == 2
    assert annotations.previous_before(3000).id == 1
    raak_only = lambda view: view.themes == ("thema.raakmomenten",)
    assert annotations.next_after(2000, raak_only).id == 2
    assert annotations.next_after(3000, raak_only).id == 3
    assert annotations.previous_before(4500, lambda view: view.themes == (WEERSTAND,)).id == 4
    assert annotations.next_after(4500) is None and annotations.previous_before(1000) is None
    assert [annotations.number_of(i) for i in (1, 2, 3, 4)] == [1, 2, 3, 4]  # numbered by id


def test_stored_annotations_move_with_their_time_and_rows_are_announced():
    annotations = RecordingAnnotations()
    annotations.load(RECORDING_ID, [note(1, 1000), note(2, 3000)])
    log = Recorder()
    for name in ("about_to_insert", "inserted", "about_to_remove", "removed", "changed"):
        getattr(annotations.events, name).connect(lambda *args, name=name: log(name, *args[:1]))
    revision = annotations.revision
    annotations.store(note(1, 1000, 1500))  # same start: changed in place
    annotations.store(note(1, 5000))  # new start: moves to the end
    annotations.store(note(9, 2000))  # new: inserted in time order
    annotations.store(note(10, 100, recording_id=RECORDING_ID + 1))  # another recording: ignored
    annotations.discard(note(2, 3000))
    assert [v.id for v in annotations] == [9, 1]
    assert log.calls == [("changed", 0), ("about_to_remove", 0), ("removed", 0), ("about_to_insert", 1),
                         ("inserted", 1), ("about_to_insert", 0), ("inserted", 0), ("about_to_remove", 1),
                         ("removed", 1)]
    assert annotations.revision > revision
    assert annotations.get(10) is None and annotations.row_of(10) == -1


def test_reviewers_in_order_of_first_appearance():
    model = opened(note(1, 1000, reviewer_id=5), note(2, 2000, reviewer_id=3), note(3, 3000, reviewer_id=5))
    assert [r[0] for r in model.annotations.reviewers()] == [5, 3]


# --- selection --------------------------------------------------------------------------------------------
def test_deleting_the_selected_annotation_clears_the_selection_and_only_that_one():
    model = opened(note(1, 1000), note(2, 2000))
    model.select(2)
    model.annotation_deleted(note(1, 1000))
    assert model.selected_id == 2
    model.annotation_deleted(note(2, 2000))
    assert model.selected_id is None and [v.id for v in model.annotations] == []


def test_an_added_annotation_can_be_selected_before_its_event_arrives():
    model = opened()
    model.select(11)  # the undo command's answer comes first; the bus event may follow later
    assert model.selected_id == 11 and model.selected() is None
    model.annotation_stored(note(11, 1000))
    assert model.selected() == note(11, 1000)
