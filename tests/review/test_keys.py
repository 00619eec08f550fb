"""The review keys as plain functions of the model: what a theme key, Enter, Delete, N/P, the editor's "now"
buttons and the loop key do, tested without a window."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.review import keys, messages
from kijkwijzer.review.model import ReviewModel
from tests.review.builders import RAAK, RECORDING_ID, REVIEWER_ID, WEERSTAND, FakeRecording, note, opened


def draft(start: int, end: int | None = None, themes: tuple[str, ...] = (RAAK,)) -> AnnotationDraft:
    return AnnotationDraft(RECORDING_ID, start, end, themes=themes)


# --- span rules (a theme key) --------------------------------------------------------------------------------
def test_no_marks_a_point_at_the_playhead():
    model = opened(position=2000)
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(2000)


def test_i_then_o_makes_that_span_and_uses_the_marks_up():
    model = opened(position=1000)
    model.set_mark_in()
    model.set_position(2500)
    model.set_mark_out()
    model.set_position(9000)
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(1000, 2500)
    assert (model.mark_in, model.mark_out) == (None, None)


def test_i_then_the_playhead_makes_the_span_up_to_the_playhead():
    model = opened(position=1000)
    model.set_mark_in()
    model.set_position(4000)
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(1000, 4000)
    assert model.mark_in is None


def test_o_alone_makes_a_point_at_the_playhead_and_clears_marks_and_loop():
    model = opened(position=3000)
    model.set_mark_out()
    model.set_loop(True)
    model.set_position(1200)
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(1200)
    assert (model.mark_out, model.loop) == (None, False)


def test_an_end_at_or_before_the_begin_makes_a_point_at_the_begin():
    model = opened(position=2000)
    model.set_mark_in()
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(2000)  # playhead still at the begin
    model.set_mark_in(2000)
    model.set_position(1500)  # playhead went back before the begin
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(2000)


def test_the_loop_keeps_the_marks_for_the_next_key():
    model = opened(position=1000)
    model.set_mark_in()
    model.set_mark_out(3000)
    model.set_loop(True)
    assert keys.span_draft(model, (RAAK,), REVIEWER_ID) == draft(1000, 3000)
    assert keys.span_draft(model, (WEERSTAND,), REVIEWER_ID) == draft(1000, 3000, (WEERSTAND,))
    assert (model.mark_in, model.mark_out, model.loop) == (1000, 3000, True)


def test_nothing_to_annotate_without_a_recording_or_a_reviewer():
    assert keys.span_draft(ReviewModel(), (RAAK,), REVIEWER_ID) is messages.OPEN_RECORDING_FIRST
    model = opened(position=1000)
    model.set_mark_in(500)
    assert keys.span_draft(model, (RAAK,), None) is messages.CHOOSE_REVIEWER_FIRST
    assert model.mark_in == 500  # the marks wait for a reviewer
    assert messages.CHOOSE_REVIEWER_FIRST.message("en") == "First choose who is annotating (I annotate as …)."
    assert messages.CHOOSE_REVIEWER_FIRST.message("nl") == "Kies eerst wie er annoteert (Ik annoteer als …)."


# --- Enter -----------------------------------------------------------------------------------------------
def test_enter_on_a_marked_span_gives_a_draft_without_themes():
    model = opened(position=2000)
    model.set_mark_in(1000)
    assert keys.edit_or_commit_span(model, REVIEWER_ID) == AnnotationDraft(RECORDING_ID, 1000, 2000)


def test_enter_without_selection_selects_the_annotation_at_the_playhead_and_opens_the_editor():
    model = opened(note(1, 1000), note(2, 3000), position=3500)
    assert keys.edit_or_commit_span(model, REVIEWER_ID) == keys.OpenEditor()
    assert model.selected_id == 2


def test_enter_keeps_a_selection_already_made():
    model = opened(note(1, 1000), note(2, 3000), position=3500)
    model.select(1)
    assert keys.edit_or_commit_span(model, REVIEWER_ID) == keys.OpenEditor()
    assert model.selected_id == 1


def test_enter_before_the_first_annotation_opens_the_editor_on_nothing():
    model = opened(note(1, 1000), position=500)
    assert keys.edit_or_commit_span(model, REVIEWER_ID) == keys.OpenEditor()
    assert model.selected_id is None


def test_enter_without_a_recording_does_nothing():
    assert keys.edit_or_commit_span(ReviewModel(), REVIEWER_ID) is None


# --- N / P ------------------------------------------------------------------------------------------------
def test_jump_to_the_next_and_previous_annotation_that_passes_the_filter():
    model = opened(note(1, 1000), note(2, 2000, themes=(WEERSTAND,)), note(3, 3000), position=1000)
    only_raak = lambda view: RAAK in view.themes
    assert keys.jump(model, +1).id == 2
    assert keys.jump(model, +1, only_raak).id == 3
    model.set_position(3000)
    assert keys.jump(model, -1).id == 2
    assert keys.jump(model, -1, only_raak).id == 1
    assert keys.jump(model, +1, only_raak) is messages.NO_NEXT
    model.set_position(1000)
    assert keys.jump(model, -1) is messages.NO_PREVIOUS
    assert keys.jump(ReviewModel(), +1) is None


def test_jump_to_gives_the_start_of_an_annotation_of_this_recording():
    model = opened(note(1, 1000, 1800))
    assert keys.jump_to(model, 1) == 1000
    assert keys.jump_to(model, 99) is None


# --- the editor's "now" buttons and span drags ---------------------------------------------------------
def test_playhead_as_new_start_keeps_a_later_end():
    model = opened(note(1, 1000, 5000), position=2000)
    change = keys.take_playhead(model, 1, "start")
    assert change == keys.Update(1, {"start_ms": 1000, "end_ms": 5000}, {"start_ms": 2000, "end_ms": 5000},
                                 messages.ADJUST_TIME)
    assert change.what.message("en") == "adjust time"


def test_playhead_as_start_past_the_end_makes_a_point():
    model = opened(note(1, 1000, 5000), position=5000)
    change = keys.take_playhead(model, 1, "start")
    assert isinstance(change, keys.Update) and change.after == {"start_ms": 5000, "end_ms": None}


def test_playhead_as_end_must_lie_after_the_start():
    model = opened(note(1, 1000), position=1000)
    assert keys.take_playhead(model, 1, "end") is messages.END_AFTER_START
    model.set_position(1800)
    change = keys.take_playhead(model, 1, "end")
    assert isinstance(change, keys.Update) and change.after == {"start_ms": 1000, "end_ms": 1800}


def test_playhead_where_the_edge_already_is_changes_nothing():
    model = opened(note(1, 1000, 3000), position=3000)
    assert keys.take_playhead(model, 1, "end") is None
    assert keys.take_playhead(model, 99, "end") is None  # not (or no longer) in this recording


def test_dragging_a_span_edge_is_one_update_named_adjust_span():
    model = opened(note(1, 1000, 3000))
    assert keys.edit_span(model, 1, 1000, 3000) is None
    change = keys.edit_span(model, 1, 800, 3000)
    assert change == keys.Update(1, {"start_ms": 1000, "end_ms": 3000}, {"start_ms": 800, "end_ms": 3000},
                                 messages.ADJUST_SPAN)
    assert keys.edit_span(model, 99, 0, 10) is None


# --- Delete and stills -------------------------------------------------------------------------------------
def test_delete_takes_the_selection_first_then_the_lists_current_row():
    model = opened(note(1, 1000), note(2, 2000))
    assert keys.delete_target(model, None) is messages.CHOOSE_TO_DELETE
    assert keys.delete_target(model, 2) == 2
    model.select(1)
    assert keys.delete_target(model, 2) == 1


def test_a_still_needs_a_selected_annotation_and_a_picture():
    model = opened(note(1, 1000))
    assert keys.still_target(model) is messages.CHOOSE_FOR_STILL
    model.select(1)
    assert keys.still_target(model) == note(1, 1000)
    audio = opened(note(1, 1000), recording=FakeRecording(has_video=False))
    audio.select(1)
    assert keys.still_target(audio) is messages.NO_PICTURE_FOR_STILL
    written = opened(note(1, 1000), recording=FakeRecording(has_video=False, text_only=True))
    written.select(1)
    assert keys.still_target(written) is messages.TEXT_ONLY_NO_STILL


# --- the loop key -----------------------------------------------------------------------------------------
def test_loop_switched_on_outside_the_span_goes_to_its_begin():
    model = opened(position=500)
    assert keys.toggle_loop(model, True) is None  # no marks: nothing to go to
    model.set_mark_in(1000)
    model.set_mark_out(2000)
    assert keys.toggle_loop(model, True) == 1000
    model.set_position(1500)
    assert keys.toggle_loop(model, True) is None  # inside the span: stays
    model.set_position(2000)
    assert keys.toggle_loop(model, True) == 1000  # the end is outside
    assert keys.toggle_loop(model, False) is None and not model.loop
