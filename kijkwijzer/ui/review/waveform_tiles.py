"""The audio waveform as cached image tiles: one set per zoom level, 512 px each, kept in a small LRU.

Scrolling reuses tiles; zooming renders only the tiles that come into view. Levels are peak
amplitudes 0..1 per bucket of `bucket_ms` (computed once in the background by media.waveform), kept as
array("f"): two hours at 50 buckets a second are 1.4 MiB, not the 11 MiB of a list of Python floats. No numpy
here: a recording whose waveform is cached opens without it (issue 16, memory).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

TILE_W = 512
MAX_TILES = 96
WAVE_COLOR = QColor("#5b8fb9")


class WaveformTiles:
    def __init__(self, levels: Sequence[float], bucket_ms: float, color: QColor = WAVE_COLOR) -> None:
        self.levels = levels if isinstance(levels, array) and levels.typecode == "f" else array("f", levels)
        self.bucket_ms = float(bucket_ms) if bucket_ms > 0 else 10.0
        self.color = color
        self._tiles: OrderedDict[tuple[float, int, int], QImage] = OrderedDict()

    @property
    def duration_ms(self) -> float:
        return len(self.levels) * self.bucket_ms

    def column_peaks(self, start_ms: float, ms_per_px: float, columns: int) -> list[float]:
        """Peak per pixel column: max over the buckets it covers (or the one bucket it lies in)."""
        levels, bucket, n = self.levels, self.bucket_ms, len(self.levels)
        out = []
        for col in range(columns):
            a = int((start_ms + col * ms_per_px) / bucket)
            b = int((start_ms + (col + 1) * ms_per_px) / bucket)
            if a >= n or b < 0:
                out.append(0.0)
                continue
            a = max(a, 0)
            b = min(max(b, a + 1), n)
            out.append(max(levels[a:b]))
        return out

    def tile(self, ms_per_px: float, index: int, height: int) -> QImage:
        key = (round(ms_per_px, 6), index, height)
        image = self._tiles.get(key)
        if image is not None:
            self._tiles.move_to_end(key)
            return image
        image = QImage(TILE_W, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        peaks = self.column_peaks(index * TILE_W * ms_per_px, ms_per_px, TILE_W)
        mid = height / 2
        lines = [QLineF(x + 0.5, mid - peak * mid, x + 0.5, mid + peak * mid + 0.5)
                 for x, peak in enumerate(peaks) if peak > 0]
        painter = QPainter(image)
        painter.setPen(QPen(self.color, 1))
        if lines:
            painter.drawLines(lines)
        painter.end()
        self._tiles[key] = image
        while len(self._tiles) > MAX_TILES:
            self._tiles.popitem(last=False)
        return image

    def paint(self, p: QPainter, view_start_ms: float, ms_per_px: float, width: int, top: int, height: int) -> None:
        """Blit the tiles covering [view_start, view_start + width px] at this zoom level."""
        origin_px = view_start_ms / ms_per_px  # position of the view in this zoom level's pixel space
        first = int(origin_px // TILE_W)
        last = int((origin_px + width) // TILE_W)
        for index in range(max(first, 0), last + 1):
            x = index * TILE_W - origin_px
            p.drawImage(QPointF(round(x), top), self.tile(ms_per_px, index, height))


def tiles_of(result: object) -> WaveformTiles | None:
    """media.waveform.Waveform (peaks 0..1, buckets_per_second) -> image tiles; an empty one -> None."""
    peaks = getattr(result, "peaks", None)
    per_second = getattr(result, "buckets_per_second", 0)
    if peaks is None or not len(peaks) or not per_second:
        return None
    levels = peaks if isinstance(peaks, array) and peaks.typecode == "f" else array("f", peaks)
    top = max(levels)
    if 0 < top < 0.5:  # quiet recordings: scale up for the eye, never beyond full height
        levels = array("f", (v / top * 0.9 for v in levels))
    return WaveformTiles(levels, 1000.0 / per_second)
