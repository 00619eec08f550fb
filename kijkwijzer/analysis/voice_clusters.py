"""Telling two voices apart in one recording's speech, frame by frame (10 ms), chosen by measurement
(docs/analysis.md, "Wie spreekt wanneer"):

1. the loudest 70 % of the speech frames are used (the quietest are mostly noise and breath);
2. every 100 ms of speech gets the mean and spread of the MFCC over about 3 s around it (within its stretch of
   speech), and these are split in two with k-means;
3. each half trains a Gaussian mixture on its frames, and every frame is scored by which of the two explains it
   better, averaged over a second: the sign gives the voice (re-segmentation);
   Two voices at once on one microphone are given to one of them (the score's sign): marking the frames where a
   shorter average disagrees as overlap was measured and found wrong almost always (docs/analysis.md).

Which voice is the professional is decided by the caller (`Split`: the enrolled voice, or who opens).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

LOUDEST = 0.70  # share of the speech frames used to learn the voices
CELL = 10  # frames (100 ms) per step of the first split
REACH = 15  # cells on each side a step's description reaches (about 3 s)
COMPONENTS = 8
SMOOTH = 101  # frames the score is averaged over for the voice (about 1 s)
MAX_FIT = 30_000  # frames a mixture is trained on at most (an even sample of the rest)
MIN_VOICE = 150  # frames (1.5 s) a voice needs before it counts as a second voice


@dataclass(frozen=True)
class Split:
    """Per frame the voice (0 or 1, -1 where nobody speaks); the two voices' mixtures (`models`) and the
    normalisation they expect (`mean`, `scale`)."""

    voice: np.ndarray
    models: tuple[object, ...]
    mean: np.ndarray
    scale: np.ndarray

    def likelihood(self, frames: np.ndarray) -> np.ndarray:
        """Mean log-likelihood of `frames` (n, d) under each voice's mixture."""
        z = (np.asarray(frames, dtype=np.float32) - self.mean) / self.scale
        return np.array([float(np.mean(model.score_samples(z))) for model in self.models])  # type: ignore[attr-defined]


def speech_frames(segments: list[tuple[int, int]], n: int) -> np.ndarray:
    inside = np.zeros(n, dtype=bool)
    for start, end in segments:
        inside[start // 10: -(-end // 10)] = True
    return inside


def _descriptions(use: np.ndarray, z: np.ndarray, segments: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Cells (first frame index) and their description: mean and spread of the used frames within REACH."""
    cells = len(use) // CELL
    weight = use[: cells * CELL].reshape(cells, CELL).astype(np.float32)
    values = z[: cells * CELL].reshape(cells, CELL, -1)
    count = weight.sum(axis=1)
    total = np.einsum("cf,cfd->cd", weight, values)
    square = np.einsum("cf,cfd->cd", weight, values * values)
    firsts, rows = [], []
    for start, end in segments:
        lo, hi = start // (10 * CELL), min(cells, -(-end // (10 * CELL)))
        if hi <= lo:
            continue
        running = [np.concatenate([np.zeros((1,) + a.shape[1:], dtype=np.float64), np.cumsum(a[lo:hi], axis=0)])
                   for a in (count, total, square)]
        at = np.arange(hi - lo)
        a, b = np.clip(at - REACH, 0, None), np.clip(at + REACH + 1, None, hi - lo)
        n = np.maximum(running[0][b] - running[0][a], 1.0)[:, None]
        mean = (running[1][b] - running[1][a]) / n
        spread = np.sqrt(np.maximum((running[2][b] - running[2][a]) / n - mean**2, 1e-6))
        keep = (running[0][b] - running[0][a]) >= 5
        firsts.append((lo + at[keep]) * CELL)
        rows.append(np.hstack([mean, spread])[keep])
    if not rows:
        return np.zeros(0, dtype=int), np.zeros((0, 2 * z.shape[1]))
    return np.concatenate(firsts), np.vstack(rows)


def sample(index: np.ndarray, most: int) -> np.ndarray:
    return index if len(index) <= most else index[np.linspace(0, len(index) - 1, most).astype(int)]


def split(mfcc: np.ndarray, loudness: np.ndarray, flags: np.ndarray, segments: list[tuple[int, int]]) -> Split | None:
    """The speech told apart in two voices; None when there are not two (too little speech, or one voice)."""
    from sklearn.cluster import KMeans
    from sklearn.mixture import GaussianMixture

    n = min(len(mfcc), len(flags), len(loudness))
    inside = speech_frames(segments, n)
    spoken = inside & flags[:n]
    if spoken.sum() < 2 * MIN_VOICE:
        return None
    use = spoken & (loudness[:n] >= np.quantile(loudness[:n][spoken], 1 - LOUDEST))
    mean = mfcc[:n][use].mean(axis=0)
    scale = mfcc[:n][use].std(axis=0) + 1e-6
    z = ((mfcc[:n] - mean) / scale).astype(np.float32)
    firsts, rows = _descriptions(use, z, segments)
    if len(rows) < 4:
        return None
    rows = (rows - rows.mean(axis=0)) / (rows.std(axis=0) + 1e-6)
    fit = sample(np.arange(len(rows)), 20_000)
    kmeans = KMeans(2, n_init=4, random_state=0).fit(rows[fit])
    first = np.full(n, -1, dtype=np.int8)
    for offset in range(CELL):
        first[np.clip(firsts + offset, 0, n - 1)] = kmeans.predict(rows)
    models = []
    for which in (0, 1):
        own = np.flatnonzero(use & (first == which))
        if len(own) < MIN_VOICE:
            return None
        models.append(GaussianMixture(COMPONENTS, covariance_type="diag", random_state=0, max_iter=60)
                      .fit(z[sample(own, MAX_FIT)]))
    score = np.zeros(n, dtype=np.float32)
    score[use] = models[0].score_samples(z[use]) - models[1].score_samples(z[use])
    weight = use.astype(np.float32)

    # imported here: opening a review reads a kept track and never needs scipy
    from scipy.ndimage import uniform_filter1d

    smoothed = uniform_filter1d(score, SMOOTH) / np.maximum(uniform_filter1d(weight, SMOOTH), 1e-3)
    voice = np.where(inside, np.where(smoothed > 0, 0, 1), -1).astype(np.int8)
    if min(int((voice == 0).sum()), int((voice == 1).sum())) < MIN_VOICE:
        return None
    return Split(voice, tuple(models), mean, scale)


def runs(labels: np.ndarray) -> list[tuple[int, int, int]]:
    """(first frame, end frame, label) of each run of equal labels, -1 (nobody) left out."""
    edges = np.flatnonzero(np.diff(labels)) + 1
    bounds = np.concatenate(([0], edges, [len(labels)]))
    return [(int(a), int(b), int(labels[a])) for a, b in itertools.pairwise(bounds) if labels[a] >= 0]
