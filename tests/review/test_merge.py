"""A burst of colleagues' edits (team mode under load) merged into the open recording's annotations at once: one
announcement for the whole burst instead of one per row, the rows in time order afterwards."""

from __future__ import annotations

from kijkwijzer.review.annotations import RecordingAnnotations
from tests.review.builders import RECORDING_ID, Recorder, note


def _watched(*notes):
    annotations = RecordingAnnotations()
    annotations.load(RECORDING_ID, list(notes))
    log = Recorder()
    for name in ("about_to_insert", "inserted", "about_to_remove", "removed", "changed", "reset",
                 "about_to_rearrange", "rearranged"):
        getattr(annotations.events, name).connect(lambda *args, name=name: log(name, *args))
    return annotations, log


def test_a_burst_is_merged_in_time_order_with_one_announcement():
    annotations, log = _watched(note(1, 1000), note(2, 3000), note(3, 5000))
    revision = annotations.revision
    moved, new = note(1, 6000), note(9, 2000)
    elsewhere = note(10, 100, recording_id=RECORDING_ID + 1)  # another recording: not ours to show
    taken = annotations.merge([moved, new, elsewhere], deleted={3, 44})  # 44: never shown here
    assert taken == [moved, new]
    assert [(v.id, v.start_ms) for v in annotations] == [(9, 2000), (2, 3000), (1, 6000)]
    assert [annotations.row_of(i) for i in (9, 2, 1, 3)] == [0, 1, 2, -1]
    assert annotations.get(3) is None and annotations.get(10) is None
    assert [call[0] for call in log.calls] == ["about_to_rearrange", "rearranged"]
    assert log.calls[1][1] == [moved, new]
    assert annotations.revision > revision
    assert [annotations.number_of(i) for i in (9, 2, 1)] == [3, 2, 1]  # numbered by id, not by row


def test_a_burst_that_changes_nothing_here_announces_nothing():
    annotations, log = _watched(note(1, 1000))
    assert annotations.merge([note(5, 100, recording_id=RECORDING_ID + 1)], deleted={77}) == []
    assert log.calls == [] and [v.id for v in annotations] == [1]
