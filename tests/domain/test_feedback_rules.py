"""The pure rules of the feedback cycle: fragment spans, playlist order, marks, the series line, checklist."""

from __future__ import annotations

import pytest

from kijkwijzer.domain.feedback import (
    PointState,
    checklist,
    fragment_span,
    moved,
    overlaps,
    reordered,
    series_line,
    suggested_mark,
    summarize_marks,
)
from kijkwijzer.errors import BadInput


def test_a_moment_becomes_a_fragment_with_context_clamped_to_the_recording():
    assert fragment_span(20_000, None, 60_000) == (15_000, 30_000)
    assert fragment_span(2_000, None, 6_000) == (0, 6_000)
    assert fragment_span(1_000, 4_000, 6_000) == (1_000, 4_000)
    assert fragment_span(1_000, 9_000, 6_000) == (1_000, 6_000)


@pytest.mark.parametrize("start,end", [(4_000, 1_000), (7_000, 8_000), (-1, 500), (1_000, 1_200)])
def test_unusable_spans_are_refused(start, end):
    with pytest.raises(BadInput):
        fragment_span(start, end, 6_000)


def test_annotations_within_a_fragment():
    assert overlaps(1_000, 3_000, 2_000, None)
    assert not overlaps(1_000, 3_000, 3_500, None)
    assert overlaps(1_000, 3_000, 2_500, 5_000)
    assert not overlaps(1_000, 3_000, 3_000, 5_000)


def test_reorder_needs_exactly_the_same_fragments_and_move_keeps_the_rest_in_order():
    assert reordered([1, 2, 3], [3, 1, 2]) == [3, 1, 2]
    with pytest.raises(BadInput):
        reordered([1, 2, 3], [3, 1])
    with pytest.raises(BadInput):
        reordered([1, 2, 3], [3, 3, 1, 2])
    assert moved([1, 2, 3, 4], 4, 0) == [4, 1, 2, 3]
    assert moved([1, 2, 3, 4], 1, 99) == [2, 3, 4, 1]


def test_only_client_only_follows_from_the_facts():
    assert suggested_mark(0, True) == "client_only"
    assert suggested_mark(2, True) is None
    assert suggested_mark(0, False) is None
    summary = summarize_marks(["match", "match", "differ", None, "client_only"])
    assert (summary.match, summary.differ, summary.client_only, summary.unmarked) == (2, 1, 1, 1)
    assert not summary.mostly_matching
    assert summarize_marks(["match", "match", "differ"]).mostly_matching


def test_series_line_follows_the_trend_not_one_dip():
    assert series_line([4, 6, 5, 8]).direction == "up"
    assert series_line([8, 6, 5]).direction == "down"
    assert series_line([6, None, 6]).direction == "flat"
    line = series_line([None, 7])
    assert line.direction == "too_few" and line.last == 7
    assert series_line([3, None, 9]).label() == "positieve lijn"


def test_checklist_shows_open_points_of_earlier_conversations_and_keeps_answers_visible():
    points = [
        PointState(1, from_sequence=1, status="open"),
        PointState(2, from_sequence=1, status="closed", followed_up_in=(2,)),
        PointState(3, from_sequence=2, status="open"),
        PointState(4, from_sequence=1, status="closed", followed_up_in=(2,)),
    ]
    assert checklist(points, 2) == [1, 2, 4]
    assert checklist(points, 3) == [1, 3]
    assert checklist(points, 1) == []
