"""Many stills of the recordings of a report, fast: per recording one open file (a SealedReader for a sealed
vault file) that PyAV seeks into once per still, in time order (media/stills.py), on one thread per core.

Opening a container costs more than seeking and decoding a frame, so a report with 50 fragments splits each
recording's stills into one share per core instead of opening it 50 times. Each still is written sealed with
its recording's key under a temporary name and renamed when complete; a still that cannot be made is left
out of the report.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kijkwijzer.media.source import MediaSource
from kijkwijzer.media.stills import extract_many as extract_from_one

MAX_PER_SHARE = 32


def extract_many(jobs: Sequence[tuple[MediaSource, int, Path]], width: int = 480) -> int:
    """Make every (source, ms, target) still; returns how many exist afterwards."""
    by_source: dict[MediaSource, list[tuple[int, Path]]] = {}
    for source, ms, target in jobs:
        by_source.setdefault(source, []).append((max(ms, 0), target))
    cores = max(1, min(os.cpu_count() or 2, 4))
    shares = []
    for source, items in by_source.items():  # an equal share of each recording's stills per core
        items.sort(key=lambda item: item[0])
        size = min(MAX_PER_SHARE, max(1, -(-len(items) // cores)))
        shares += [(source, items[i : i + size]) for i in range(0, len(items), size)]
    if shares:
        with ThreadPoolExecutor(max_workers=max(1, min(len(shares), cores))) as pool:
            list(pool.map(lambda share: extract_from_one(share[0], share[1], width), shares))
    return sum(1 for _, _, t in jobs if t.is_file())
