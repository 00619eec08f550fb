"""A video whose every frame shows its own number, and a reader for it, so tests and the benchmarks can check
which frame the player really shows (not just what it reports).

The picture is six vertical grey bands, each one of eight luma levels (24, 52, ... 220): the frame number is
d0 + 8 d1 + 64 d2 + ... + 8^5 d5, leftmost band first (up to 262,143 frames: 2 h 54 min at 25 fps). The bands
are drawn at 6x2 pixels and scaled up without smoothing, so making two hours takes about a minute. The reader
takes the mean of the middle of each band and rounds it to the nearest level; a picture that is not such a
frame (a black screen, a frame half drawn) reads as None.
"""

from __future__ import annotations

import io
import subprocess
import time
from pathlib import Path
from typing import IO, Protocol

from PIL import Image

SIZE = (240, 120)
FPS = 25
BANDS, LEVELS = 6, 8
MAX_FRAMES = LEVELS**BANDS
_LEVEL_STEP, _LEVEL_BASE = 28, 24
_TOLERANCE = 0.25  # of a level step (7 luma levels): further off, it is no coded frame (black is 0.29 off)


class _Snapshots(Protocol):
    def snapshot_png(self) -> bytes: ...


def make_frame_coded_video(
    target: Path, seconds: float = 6, size: tuple[int, int] = SIZE, gop: int = FPS
) -> Path:
    """An H.264 file of `seconds` at 25 fps (a key frame every `gop` frames) with a 330 Hz tone."""
    if seconds * FPS > MAX_FRAMES:
        raise ValueError(f"at most {MAX_FRAMES} frames can carry their number")
    lum = f"{_LEVEL_BASE}+{_LEVEL_STEP}*mod(floor(N/pow({LEVELS},X)),{LEVELS})"
    source = (
        f"color=black:size={BANDS}x2:rate={FPS}:duration={seconds},format=yuv420p,"
        f"geq=lum='{lum}':cb=128:cr=128,scale={size[0]}x{size[1]}:flags=neighbor"
    )
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial.mp4")
    # fmt: off
    subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", source,
         "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate=16000:duration={seconds}",
         "-c:v", "libx264", "-preset", "ultrafast", "-g", str(gop), "-threads", "1", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-ac", "1", "-b:a", "32k", "-shortest", "-movflags", "+faststart", str(partial)],
        check=True,
    )
    # fmt: on
    partial.replace(target)
    return target


def read_row(values: list[float]) -> int | None:
    """The number in one row of grey values (0..255, RGB from limited-range video) spanning the picture."""
    width = len(values)
    if width < BANDS * 4:
        return None
    number = 0
    for band in range(BANDS):
        left, right = (band * width) // BANDS, ((band + 1) * width) // BANDS
        inner = values[left + (right - left) // 4 : right - (right - left) // 4]
        level = (sum(inner) / len(inner)) * 219 / 255 + 16  # undo the 16..235 expansion
        digit = (level - _LEVEL_BASE) / _LEVEL_STEP
        nearest = round(digit)
        if not 0 <= nearest < LEVELS or abs(digit - nearest) > _TOLERANCE:
            return None
        number += nearest * LEVELS**band
    return number


def read_frame(picture: Image.Image) -> int | None:
    """The number a picture of the video shows (read in three of its middle rows, which must agree), or None."""
    grey = picture.convert("L")
    width, height = grey.size
    rows = sorted({min(max(height // 2 + d, 0), height - 1) for d in (-2, 0, 2)})
    data = grey.tobytes()  # one byte per pixel, row after row
    readings = {read_row([float(value) for value in data[y * width : (y + 1) * width]]) for y in rows}
    return readings.pop() if len(readings) == 1 else None


def frame_number(image: Path | IO[bytes]) -> int:
    """The number in a snapshot or still (a file or bytes); ValueError if it shows no frame number."""
    with Image.open(image) as picture:
        number = read_frame(picture)
    if number is None:
        raise ValueError("the picture shows no frame number")
    return number


def shown(player: _Snapshots) -> int:
    """The frame number a player shows now, read from its in-memory snapshot (-1: no frame number to read)."""
    with Image.open(io.BytesIO(player.snapshot_png())) as picture:
        number = read_frame(picture)
    return -1 if number is None else number


def shown_within(player: _Snapshots, expected: int, seconds: float = 3.0) -> int:
    """The frame shown once it is `expected` or `seconds` have passed (VLC decodes a sought frame asynchronously).
    The pause between looks grows: a paused snapshot asks VLC to redraw, and on a loaded CI machine asking
    every 50 ms can restart the decode before the sought frame is out (seen once: frame 0 for a whole second)."""
    deadline = time.monotonic() + seconds
    pause = 0.05
    while True:
        frame = shown(player)
        if frame == expected or time.monotonic() > deadline:
            return frame
        time.sleep(pause)
        pause = min(pause * 2, 0.4)
