"""How well a speaker track matches known truth (the generated conversations of media/synth_dialogue.py): what
the tests and `make bench` measure. Time is compared in 10 ms cells.

* speech F1: of the cells in which someone speaks (truth) and those the detector found, the F1 score;
* right speaker: the share of the truth's speech time attributed to a speaker who really speaks then (a cell in
  which two speak is right when either is named); missed speech counts as wrong;
* right of found: the same share, of the speech time that was found (attribution alone).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .speech import SPEAKERS

CELL_MS = 10

Span = tuple[int, int]
Labelled = tuple[int, int, str]


def cells(spans: Iterable[Span], total_ms: int) -> np.ndarray:
    out = np.zeros(total_ms // CELL_MS + 1, dtype=bool)
    for start, end in spans:
        out[max(0, round(start / CELL_MS)): max(0, round(end / CELL_MS))] = True
    return out


@dataclass(frozen=True)
class Scores:
    speech_f1: float
    precision: float
    recall: float
    right_speaker: float
    right_of_found: float


def score(truth: Iterable[Labelled], found: Iterable[Labelled], total_ms: int) -> Scores:
    truth, found = list(truth), list(found)
    said = {who: cells([(a, b) for a, b, w in truth if w == who], total_ms) for who in SPEAKERS}
    named = {who: cells([(a, b) for a, b, w in found if w == who], total_ms) for who in SPEAKERS}
    speech = np.logical_or.reduce(list(said.values()))
    detected = np.logical_or.reduce(list(named.values()))
    hits = int(np.sum(speech & detected))
    precision = hits / max(int(detected.sum()), 1)
    recall = hits / max(int(speech.sum()), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    right = np.logical_or.reduce([said[w] & named[w] for w in SPEAKERS])
    return Scores(round(f1, 4), round(precision, 4), round(recall, 4),
                  round(int(right.sum()) / max(int(speech.sum()), 1), 4),
                  round(int((right & detected).sum()) / max(hits, 1), 4))


def speech_f1(truth: Iterable[Span], found: Iterable[Span], total_ms: int) -> float:
    """F1 of speech time alone (who speaks left aside)."""
    return score([(a, b, "professional") for a, b in truth], [(a, b, "professional") for a, b in found],
                 total_ms).speech_f1
