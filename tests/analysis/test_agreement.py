"""Kappa and alpha on time units (kijkwijzer/analysis/agreement.py): hand-computed small cases, Cohen's kappa
against scikit-learn, Krippendorff's alpha against the krippendorff package's documented examples and against a
coincidence-matrix computation written out here, and the tolerance window as its docstring defines it."""

from __future__ import annotations

import math
from collections import Counter
from itertools import permutations

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from kijkwijzer.analysis.agreement import (
    Mark,
    alpha_band,
    cohen_kappa,
    covered,
    dilate,
    kappa_band,
    nominal_alpha,
    unit_count,
    with_tolerance,
)
from kijkwijzer.analysis.reviewer_agreement import reviewer_agreement

NAN = float("nan")


def alpha_by_hand(data) -> float:
    """Krippendorff's nominal alpha from the coincidence matrix (Krippendorff 2011, section C)."""
    o: Counter = Counter()
    for unit in np.asarray(data, dtype=float).T:
        values = [v for v in unit if not math.isnan(v)]
        m = len(values)
        if m < 2:
            continue
        for c, k in permutations(values, 2):
            o[(c, k)] += 1 / (m - 1)
    n_c: Counter = Counter()
    for (c, _k), count in o.items():
        n_c[c] += count
    n = sum(n_c.values())
    observed = sum(count for (c, k), count in o.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k) / (n - 1)
    return 1 - observed / expected


def test_hand_computed_kappa_and_alpha_on_two_reviewers():
    # Ten seconds; A marks 0-4 s, B marks 1-5 s: units 0..3 and 1..4.
    # kappa: p_o = 8/10, p_e = .4*.4 + .6*.6 = .52 -> (.8 - .52) / .48 = 7/12.
    # alpha: coincidences o_11 = 6, o_00 = 10, o_01 = o_10 = 2; n_1 = 8, n_0 = 12, n = 20:
    #        D_o = 4/20, D_e = 2*8*12 / (20*19) -> 1 - (4/20) / (192/380) = 116/192.
    marks = [Mark(1, "thema.weerstand", 0, 4000), Mark(2, "thema.weerstand", 1000, 5000)]
    result = reviewer_agreement(marks, [1, 2], ["thema.weerstand"], 10_000, tolerance_ms=0)
    (kappa,) = result.kappas
    assert kappa.kappa == pytest.approx(7 / 12)
    assert (kappa.units_a, kappa.units_b, kappa.units_agreed, kappa.units) == (4, 4, 3, 10)
    assert result.alphas[0].alpha == pytest.approx(116 / 192)
    assert kappa.band == "moderate" and result.alphas[0].band == "insufficient"


def test_kappa_matches_scikit_learn_on_random_rows():
    rng = np.random.default_rng(13)
    for _ in range(50):
        n = int(rng.integers(5, 400))
        a, b = rng.random(n) < rng.random(), rng.random(n) < rng.random()
        if len(set(a) | set(b)) < 2:
            continue
        assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b, labels=[False, True]), abs=1e-12)


def test_kappa_is_undefined_when_both_say_the_same_everywhere():
    assert cohen_kappa(np.zeros(20, bool), np.zeros(20, bool)) is None
    assert cohen_kappa(np.ones(5, bool), np.ones(5, bool)) is None
    one_sided = cohen_kappa(np.eye(1, 20, 3, dtype=bool)[0], np.zeros(20, bool))
    assert one_sided == 0.0  # one reviewer saw it once, the other never: no agreement beyond chance


def test_alpha_matches_the_documented_examples():
    # krippendorff.alpha's docstring: 0.691358 (nominal)
    documented = [[NAN, NAN, NAN, NAN, NAN, 3, 4, 1, 2, 1, 1, 3, 3, NAN, 3],
                  [1, NAN, 2, 1, 3, 3, 4, 3, NAN, NAN, NAN, NAN, NAN, NAN, NAN],
                  [NAN, NAN, 2, 1, 3, 4, 4, NAN, 2, 1, 1, 3, 3, NAN, 4]]
    assert round(nominal_alpha(documented), 6) == 0.691358
    assert alpha_by_hand(documented) == pytest.approx(0.691358, abs=1e-6)
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example C: nominal alpha .743
    paper = [[1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
             [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
             [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
             [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN]]
    assert round(nominal_alpha(paper), 3) == 0.743
    assert round(alpha_by_hand(paper), 3) == 0.743


def test_alpha_of_the_grid_matches_the_coincidence_matrix():
    rng = np.random.default_rng(7)
    for reviewers in (2, 3, 5):
        rows = rng.random((reviewers, 120)) < 0.15
        rows[0, :10] = True  # never all the same value
        assert nominal_alpha(rows.astype(float)) == pytest.approx(alpha_by_hand(rows.astype(float)))


def test_alpha_is_undefined_without_variation():
    assert nominal_alpha(np.zeros((3, 40))) is None


def test_units_a_mark_touches():
    assert covered(Mark(1, "t", 1500, 3200)) == slice(1, 4)  # 1.5-3.2 s touches seconds 1, 2 and 3
    assert covered(Mark(1, "t", 2000, 3000)) == slice(2, 3)  # exactly the third second
    assert covered(Mark(1, "t", 999)) == slice(0, 1)  # a moment: the second it falls in
    assert unit_count(10_000, [Mark(1, "t", 12_500)]) == 13  # a mark after the stated end still counts
    assert unit_count(9_001, []) == 10


def test_dilate_marks_everything_within_k_units():
    rng = np.random.default_rng(3)
    for k in (0, 1, 2, 5):
        row = rng.random(60) < 0.1
        naive = np.array([row[max(0, u - k):u + k + 1].any() for u in range(60)])
        assert (dilate(row, k) == naive).all()


def test_tolerance_counts_a_nearby_mark_as_agreement():
    # Two moments 1.5 s apart (units 20 and 21), and one of B's 3 s after one of A's (units 40 and 43).
    marks = [Mark(1, "t", 20_000), Mark(2, "t", 21_500), Mark(1, "t", 40_000), Mark(2, "t", 43_000)]

    def kappa(tolerance_ms: int) -> float | None:
        return reviewer_agreement(marks, [1, 2], ["t"], 60_000, tolerance_ms=tolerance_ms).kappas[0].kappa

    exact, near = kappa(0), kappa(2000)
    assert exact is not None and exact < 0  # not one second in common
    # with ±2 s units 20 and 21 agree (both now marked in both), 40 and 43 do not:
    # A' = {20, 21, 40}, B' = {20, 21, 43} -> p_o = 58/60, p_e = (3/60)^2 + (57/60)^2
    p_e = (3 / 60) ** 2 + (57 / 60) ** 2
    assert near == pytest.approx((58 / 60 - p_e) / (1 - p_e))
    assert kappa(3000) == 1.0  # ±3 s: everything agrees


def test_tolerance_for_many_reviewers_is_the_pairwise_rule():
    rows = np.zeros((3, 12), dtype=bool)
    rows[0, 2] = rows[1, 3] = rows[2, 9] = True
    tolerant = with_tolerance(rows, 1)
    assert tolerant[0].nonzero()[0].tolist() == [2, 3]  # A gets B's unit 3 (A marked within ±1)
    assert tolerant[1].nonzero()[0].tolist() == [2, 3]
    assert tolerant[2].nonzero()[0].tolist() == [9]  # nobody else near unit 9
    pair = with_tolerance(rows[:2], 1)
    assert (pair == tolerant[:2]).all()


@pytest.mark.parametrize(("kappa", "band"), [(-0.2, "poor"), (-0.004, "slight"), (0.0, "slight"), (0.2, "slight"),
                                             (0.21, "fair"), (0.4, "fair"), (0.41, "moderate"), (0.6, "moderate"),
                                             (0.61, "substantial"), (0.8, "substantial"), (0.81, "almost_perfect"),
                                             (1.0, "almost_perfect")])
def test_landis_and_koch_bands(kappa, band):
    assert kappa_band(kappa) == band


@pytest.mark.parametrize(("alpha", "band"), [(0.9, "reliable"), (0.8, "reliable"), (0.7996, "reliable"),
                                             (0.79, "tentative"), (0.667, "tentative"), (0.666, "insufficient"),
                                             (-0.1, "insufficient")])
def test_krippendorff_bands(alpha, band):
    assert alpha_band(alpha) == band


def test_only_reviewers_and_themes_given_are_compared():
    marks = [Mark(1, "a", 0, 2000), Mark(2, "a", 0, 2000), Mark(3, "b", 5000), Mark(1, "c", 7000)]
    result = reviewer_agreement(marks, [1, 2], ["a", "b", "c"], 10_000)
    assert result.themes == ("a", "c")  # b was marked only by reviewer 3, who is not compared
    assert [k.kappa for k in result.kappas] == [1.0, 0.0]
    alone = reviewer_agreement(marks, [1], ["a", "b", "c"], 10_000)
    assert not alone.enough_reviewers and alone.kappas == () and alone.alphas == () and alone.differences == ()
