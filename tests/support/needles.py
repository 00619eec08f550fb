"""Which needles (byte strings) occur in a file's bytes: the privacy scans' inner loop, exact and fast.

A short needle (a marker text) is looked for directly. A long one (a 4 KiB block of a recording, scanned for
in tens of megabytes: the workspace, the PostgreSQL data folder, /tmp) first passes a filter that cannot miss:
wherever a needle of 64 bytes or more occurs, one of its eight 8-byte windows starting at offsets 0-7 lies on
an 8-byte boundary of the data, so a needle none of whose windows is among the data's aligned 8-byte words is
not there. Only the needles left are looked for with `in`. The answer is the same as `needle in data` for each.
"""

from __future__ import annotations

import numpy as np

_LONG = 64


class Needles:
    def __init__(self, needles: dict[str, bytes]) -> None:
        self.needles = dict(needles)
        self._long = [label for label, needle in self.needles.items() if len(needle) >= _LONG]
        windows = np.array([[int.from_bytes(self.needles[label][p:p + 8], "little") for p in range(8)]
                            for label in self._long], dtype="<u8").reshape(len(self._long), 8)
        self._windows = windows
        self._probes = np.unique(windows)

    def found_in(self, data: bytes) -> list[str]:
        """The labels of the needles that occur in `data`, in the order they were given."""
        maybe: set[str] = set()
        if self._long and len(data) >= _LONG:
            words = np.frombuffer(data, dtype="<u8", count=len(data) // 8)
            present = np.unique(words[np.isin(words, self._probes)])
            if present.size:
                hit = np.isin(self._windows, present).any(axis=1)
                maybe = {label for label, h in zip(self._long, hit, strict=True) if h}
        return [label for label, needle in self.needles.items()
                if (label in maybe or len(needle) < _LONG) and needle in data]


def found_in(data: bytes, needles: dict[str, bytes] | Needles) -> list[str]:
    """The labels of the needles that occur in `data` (build a Needles once to scan many files)."""
    return (needles if isinstance(needles, Needles) else Needles(needles)).found_in(data)
