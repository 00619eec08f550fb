"""A test video whose every frame shows its own number, and a reader for it, so tests can check which
frame the player really shows (not just what it reports)."""

from __future__ import annotations

import io
import subprocess
import time
from pathlib import Path

from PIL import Image

SIZE = (240, 120)
FPS = 25
# Three bands, each one of 8 grey levels: frame number = a + 8 b + 64 c (up to 511 frames, 20 s).
_LEVEL_STEP, _LEVEL_BASE = 28, 24


def make_frame_coded_video(target: Path, seconds: float = 6) -> Path:
    lum = f"{_LEVEL_BASE}+{_LEVEL_STEP}*if(lt(X,80),mod(N,8),if(lt(X,160),mod(floor(N/8),8),floor(N/64)))"
    source = (
        f"color=black:size={SIZE[0]}x{SIZE[1]}:rate={FPS}:duration={seconds},format=yuv420p,"
        f"geq=lum='{lum}':cb=128:cr=128"
    )
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            source,
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=330:duration={seconds}",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-g",
            str(FPS),
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            str(target),
        ],
        check=True,
    )
    return target


def frame_number(image: Path) -> int:
    """Read the number back from a snapshot or still (RGB from limited-range video: undo the 16..235 map)."""
    with Image.open(image) as picture:
        grey = picture.convert("L")
        width, height = grey.size
        digits = []
        for fraction in (1 / 6, 1 / 2, 5 / 6):
            value = grey.getpixel((int(width * fraction), height // 2))
            level = value * 219 / 255 + 16
            digits.append(round((level - _LEVEL_BASE) / _LEVEL_STEP))
    return digits[0] + 8 * digits[1] + 64 * digits[2]


def shown(player) -> int:
    """The frame number a player shows now, read from its in-memory snapshot."""
    return frame_number(io.BytesIO(player.snapshot_png()))


def shown_within(player, expected: int, seconds: float = 3.0) -> int:
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
