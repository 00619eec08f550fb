"""One frame of a recording as a JPEG or PNG image (for reports and annotation stills), made with ffmpeg.

`-ss` before `-i` seeks by index and then decodes up to the exact time, so this stays fast for stills
deep into a two-hour recording. ffmpeg applies the rotation of phone recordings itself.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from kijkwijzer.errors import BadInput
from kijkwijzer.media.probe import tool

_FORMATS = {".jpg": ["-q:v", "3"], ".jpeg": ["-q:v", "3"], ".png": []}


def extract_still(path: Path, ms: int, target: Path, width: int = 640) -> Path:
    """Write the frame shown at `ms` to `target`, scaled to `width` pixels wide (height keeps the ratio)."""
    path, target = Path(path), Path(target)
    options = _FORMATS.get(target.suffix.lower())
    if options is None:
        raise BadInput(
            f"Een still moet .jpg of .png zijn, niet {target.suffix or '(geen extensie)'}.",
            f"A still must be .jpg or .png, not {target.suffix or '(no extension)'}.",
        )
    if ms < 0 or width < 16:
        raise BadInput(
            f"Ongeldige tijd of breedte: {ms} ms, {width} px", f"Invalid time or width: {ms} ms, {width} px"
        )
    if not path.is_file():
        raise BadInput(f"Bestand niet gevonden: {path.name}", f"File not found: {path.name}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
    cmd = [
        tool("ffmpeg"),
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-ss",
        f"{ms / 1000:.3f}",
        "-i",
        str(path),
        "-map",
        "0:v:0",
        "-frames:v",
        "1",
        "-vf",
        f"scale={width}:-2",
        *options,
        str(tmp),
    ]
    try:
        result = subprocess.run(cmd, check=False, capture_output=True, timeout=120)
        if result.returncode != 0 or not tmp.is_file() or tmp.stat().st_size == 0:
            raise BadInput(
                f"Geen beeld op {ms} ms in {path.name} (voorbij het einde, of geen video).",
                f"No picture at {ms} ms in {path.name} (past the end, or no video).",
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
