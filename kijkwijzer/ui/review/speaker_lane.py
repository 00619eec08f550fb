"""The speaker lane under the waveform: who speaks when, a coloured row per speaker (issue 13).

Made from the recording's speaker track (services/speech.py) once it is there; without a track the lane takes no
room. Like the annotation lanes it paints pixel runs, so a 2-hour track with thousands of segments paints as fast
as a short one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from kijkwijzer.analysis.speech import SPEAKERS, Speaker, SpeakerTrack

ROW_H = 13
PAD = 2
LABEL_PAD = 4
# The demo video's colours for the two figures (media/synth.py): the lane and the picture agree.
COLORS: dict[Speaker, QColor] = {"professional": QColor("#4f8fbf"), "client": QColor("#d9935b"),
                                 "other": QColor("#9aa5b1")}
BACKGROUND = QColor("#20252b")
TEXT = QColor("#e6edf3")


def speaker_name(speaker: Speaker) -> str:
    return {"professional": QCoreApplication.translate("SpeakerLane", "Professional"),
            "client": QCoreApplication.translate("SpeakerLane", "Cliënt"),
            "other": QCoreApplication.translate("SpeakerLane", "Ander")}[speaker]


@dataclass
class SpeakerRow:
    speaker: Speaker
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    longest_ms: int = 0


@dataclass
class SpeakerLane:
    """The rows of one track, each speaker's segments as sorted arrays."""

    recording_id: int
    rows: list[SpeakerRow]

    @classmethod
    def of(cls, track: SpeakerTrack) -> SpeakerLane:
        rows = []
        for speaker in SPEAKERS:
            own = sorted(track.of(speaker), key=lambda s: s.start_ms)
            if own:
                row = SpeakerRow(speaker, [s.start_ms for s in own], [s.end_ms for s in own])
                row.longest_ms = max(s.duration_ms for s in own)
                rows.append(row)
        return cls(track.recording_id, rows)

    @property
    def height(self) -> int:
        return len(self.rows) * ROW_H + 2 * PAD if self.rows else 0

    def speaker_at(self, y: float, ms: int, top: int) -> Speaker | None:
        """Whose bar is under (y, ms), for the tooltip."""
        index = int((y - top - PAD) // ROW_H)
        if not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        i = bisect_right(row.starts, ms) - 1
        return row.speaker if i >= 0 and row.ends[i] > ms else None


def lane_height(lane: SpeakerLane | None) -> int:
    return lane.height if lane is not None else 0


def paint(p: QPainter, lane: SpeakerLane, top: int, width: int, view_start_ms: float, ms_per_px: float) -> None:
    p.fillRect(QRectF(0, top, width, lane.height), BACKGROUND)
    inv = 1.0 / ms_per_px
    t0, t1 = view_start_ms, view_start_ms + width * ms_per_px
    font = QFont(p.font())
    font.setPointSizeF(7.5)
    p.setFont(font)
    for index, row in enumerate(lane.rows):
        y = top + PAD + index * ROW_H
        cover = bytearray(width)
        i = bisect_left(row.starts, t0 - row.longest_ms)
        stop = bisect_right(row.starts, t1)
        while i < stop:
            if row.ends[i] > t0:
                x0 = max(int((row.starts[i] - view_start_ms) * inv), 0)
                x1 = min(max(int((row.ends[i] - view_start_ms) * inv), x0 + 1), width)
                cover[x0:x1] = b"\x01" * (x1 - x0)
            i += 1
        color = COLORS[row.speaker]
        x = 0
        while x < width:
            if not cover[x]:
                x += 1
                continue
            run = cover.find(b"\x00", x)
            run = width if run < 0 else run
            p.fillRect(QRectF(x, y + 1, run - x, ROW_H - 2), color)
            x = run
        label = speaker_name(row.speaker)
        label_width = p.fontMetrics().horizontalAdvance(label) + 2 * LABEL_PAD
        p.fillRect(QRectF(0, y, label_width, ROW_H), QColor(0, 0, 0, 150))
        p.setPen(TEXT)
        p.drawText(QPointF(LABEL_PAD, y + ROW_H - 3), label)
