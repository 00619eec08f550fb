"""The span measures (kijkwijzer/analysis/span_agreement.py) and the moments where reviewers differ most
(agreement_moments.py), on small cases worked out by hand."""

from __future__ import annotations

import pytest

from kijkwijzer.analysis.agreement import Mark, unit_count, unit_grid
from kijkwijzer.analysis.agreement_moments import differences
from kijkwijzer.analysis.span_agreement import matched_pairs, span_agreement, span_agreements, time_overlap


def test_found_by_both_offset_and_time_overlap_by_hand():
    a = [Mark(1, "t", 0, 4000), Mark(1, "t", 10_000, 12_000)]
    b = [Mark(2, "t", 1000, 5000), Mark(2, "t", 30_000, 31_000)]
    s = span_agreement("t", 1, a, 2, b, tolerance_ms=2000)
    assert s.matched == 1 and s.found_by_both == pytest.approx(2 * 1 / 4)
    assert s.mean_offset_ms == pytest.approx((1000 + 1000) / 2)  # starts 1 s apart, ends 1 s apart
    # A covers 6 s, B 5 s, together 3 s (1-4 s): 2*3 / (6+5)
    assert s.time_overlap == pytest.approx(6 / 11)


def test_pairs_are_one_to_one_most_overlapping_first():
    long = [Mark(1, "t", 0, 10_000)]
    two = [Mark(2, "t", 1000, 2000), Mark(2, "t", 3000, 9000)]
    assert matched_pairs(long, two, 0) == [(0, 1)]  # the 6 s overlap wins over the 1 s one; the other stays alone
    s = span_agreement("t", 1, long, 2, two, 0)
    assert (s.matched, s.found_by_both) == (1, pytest.approx(2 / 3))


def test_moments_pair_within_the_tolerance_only():
    a = [Mark(1, "t", 20_000), Mark(1, "t", 50_000)]
    b = [Mark(2, "t", 21_500), Mark(2, "t", 53_000)]
    assert matched_pairs(a, b, 2000) == [(0, 0)]
    assert matched_pairs(a, b, 3000) == [(0, 0), (1, 1)]
    assert matched_pairs(a, b, 0) == []
    assert time_overlap(a, b) is None  # moments have no length


def test_a_theme_nobody_annotated_has_no_figures():
    s = span_agreement("t", 1, [], 2, [], 2000)
    assert (s.found_by_both, s.mean_offset_ms, s.time_overlap) == (None, None, None)
    one_side = span_agreement("t", 1, [Mark(1, "t", 0, 1000)], 2, [], 2000)
    assert one_side.found_by_both == 0.0 and one_side.time_overlap == 0.0


def test_every_pair_of_every_theme():
    marks = [Mark(1, "a", 0), Mark(2, "a", 500), Mark(3, "b", 9000)]
    rows = span_agreements(marks, [1, 2, 3], ["a", "b"], 1000)
    assert [(r.theme, r.reviewer_a, r.reviewer_b, r.matched) for r in rows] == [
        ("a", 1, 2, 1), ("a", 1, 3, 0), ("a", 2, 3, 0), ("b", 1, 2, 0), ("b", 1, 3, 0), ("b", 2, 3, 0)]


def _differences(marks, reviewers, themes, k=0, limit=10):
    units = unit_count(60_000, marks)
    return differences(unit_grid(marks, reviewers, themes, units), reviewers, themes, k, limit=limit)


def test_moments_where_they_differ_heaviest_first():
    marks = [
        Mark(1, "weerstand", 10_000, 15_000),  # A alone for 5 s
        Mark(1, "raak", 30_000), Mark(2, "taal", 30_000),  # two themes in dispute at 30 s: weight 2
        Mark(1, "taal", 40_000), Mark(2, "taal", 40_000),  # agreed: no moment
    ]
    found = _differences(marks, [1, 2], ["weerstand", "raak", "taal"])
    assert [(d.start_ms, d.end_ms, d.weight) for d in found] == [(10_000, 15_000, 5), (30_000, 31_000, 2)]
    at_30 = found[1]
    assert at_30.themes_of(1) == ("raak",) and at_30.themes_of(2) == ("taal",)
    assert [(s.theme, s.marked_by, s.not_marked_by) for s in at_30.splits] == [("raak", (1,), (2,)),
                                                                              ("taal", (2,), (1,))]
    assert _differences(marks, [1, 2], ["weerstand", "raak", "taal"], limit=1) == found[:1]


def test_stretches_within_the_tolerance_are_one_moment_and_agreement_within_it_is_none():
    marks = [Mark(1, "t", 10_000), Mark(1, "t", 12_000), Mark(2, "u", 50_000), Mark(1, "u", 51_000)]
    exact = _differences(marks, [1, 2], ["t", "u"], k=0)
    # without tolerance: 10 s and 12 s apart (a second between them), 50-52 s one stretch (adjacent seconds)
    assert sorted((d.start_ms, d.end_ms) for d in exact) == [(10_000, 11_000), (12_000, 13_000), (50_000, 52_000)]
    tolerant = _differences(marks, [1, 2], ["t", "u"], k=2)
    assert [(d.start_ms, d.end_ms, d.weight) for d in tolerant] == [(10_000, 13_000, 2)]  # 50/51 s now agree
