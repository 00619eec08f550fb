"""One frame of a recording as a JPEG or PNG image (annotation stills, report stills), made with PyAV from
the recording's file object, so a sealed recording is never decrypted to disk.

Seek to the key frame before the moment, then decode up to the frame shown at it (the last frame that
starts at or before it, as the player shows it): fast for stills deep into a two-hour recording. The
rotation of phone recordings is applied as ffmpeg did. A still of a sealed recording is written sealed with
the recording's own key (media/source.py: write_derived), and read back into memory only.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Iterable, Sequence
from contextlib import closing
from pathlib import Path

import av
from PIL import Image

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.decoding import clockwise, opened, pts_of, time_base, video_stream
from kijkwijzer.media.source import MediaSource, as_source, read_derived, write_derived

_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}
JPEG_QUALITY = 88  # about ffmpeg's -q:v 3
_TURN = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def _format_of(target: Path) -> str:
    kind = _FORMATS.get(Path(target).suffix.lower())
    if kind is None:
        suffix = Path(target).suffix
        raise BadInput(
            f"Een still moet .jpg of .png zijn, niet {suffix or '(geen extensie)'}.",
            f"A still must be .jpg or .png, not {suffix or '(no extension)'}.",
        )
    return kind


def _check(ms: int, width: int) -> None:
    if ms < 0 or width < 16:
        raise BadInput(
            f"Ongeldige tijd of breedte: {ms} ms, {width} px", f"Invalid time or width: {ms} ms, {width} px"
        )


def _no_picture(source: MediaSource, ms: int) -> BadInput:
    return BadInput(
        f"Geen beeld op {ms} ms in {source.label} (voorbij het einde, of geen video).",
        f"No picture at {ms} ms in {source.label} (past the end, or no video).",
    )


def _frame_at(container: av.container.InputContainer, stream: av.VideoStream, ms: int) -> av.VideoFrame | None:
    """The frame shown at `ms`: seek to the key frame before it, decode up to it. None past the end."""
    target = pts_of(stream, ms)
    container.seek(target, stream=stream, backward=True, any_frame=False)
    shown: av.VideoFrame | None = None
    for frame in container.decode(stream):
        if frame.pts is None:
            continue
        if frame.pts > target:
            return shown or frame  # (a moment before the first frame shows the first frame)
        shown = frame
    if shown is None or shown.pts is None:
        return None
    rate = stream.average_rate or stream.guessed_rate or 25
    length = shown.duration or int(1 / (rate * time_base(stream)))
    return shown if target < shown.pts + max(int(length), 1) else None


def _picture(frame: av.VideoFrame, width: int) -> Image.Image:
    """Scaled to `width` pixels wide as shown (after rotation), the height even and in proportion."""
    turn = clockwise(frame)
    shown_w, shown_h = (frame.height, frame.width) if turn in (90, 270) else (frame.width, frame.height)
    height = max(2, round(width * shown_h / max(shown_w, 1) / 2) * 2)
    stored = (height, width) if turn in (90, 270) else (width, height)
    image = frame.reformat(width=stored[0], height=stored[1], format="rgb24", interpolation="BICUBIC").to_image()
    return image.transpose(_TURN[turn]) if turn in _TURN else image


def _encode(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, "JPEG", quality=JPEG_QUALITY)
    else:
        image.save(out, "PNG", compress_level=3)
    return out.getvalue()


def still_images(
    source: MediaSource | Path, moments: Iterable[int], width: int = 640, kind: str = "JPEG"
) -> Generator[tuple[int, bytes | None], None, None]:
    """(ms, image bytes) for each moment, in the order given, from one open recording; None for a moment
    without a picture (past the end). BadInput when the recording has no video or cannot be read."""
    source = as_source(source)
    with opened(source) as container:
        stream = video_stream(container)
        if stream is None:
            raise _no_picture(source, next(iter(moments), 0))
        stream.thread_type = "NONE"  # a still decodes a handful of frames: threads only add latency
        for ms in moments:
            _check(ms, width)
            frame = _frame_at(container, stream, ms)
            yield ms, (_encode(_picture(frame, width), kind) if frame is not None else None)


def still_image(source: MediaSource | Path, ms: int, width: int = 640, kind: str = "JPEG") -> bytes:
    """The frame shown at `ms` as JPEG (or PNG) bytes, in memory."""
    _check(ms, width)
    source = as_source(source)
    with closing(still_images(source, [ms], width, kind)) as images:
        for _ms, data in images:
            if data is not None:
                return data
    raise _no_picture(source, ms)


def extract_still(source: MediaSource | Path, ms: int, target: Path, width: int = 640) -> Path:
    """Write the frame shown at `ms` to `target` (.jpg or .png), scaled to `width` pixels wide (height keeps
    the ratio); sealed with the recording's key when the source has one."""
    kind = _format_of(target)
    _check(ms, width)
    source = as_source(source)
    data = still_image(source, ms, width, kind)
    return write_derived(Path(target), data, source.key)


def extract_many(source: MediaSource | Path, items: Sequence[tuple[int, Path]], width: int = 480) -> int:
    """Make every (ms, target) still of one recording in one pass (sorted by time, one open file); a still
    that cannot be made is left out. Returns how many were written."""
    source = as_source(source)
    ordered = sorted(items, key=lambda item: item[0])
    made = 0
    try:
        for (_ms, data), (_same, target) in zip(still_images(source, [ms for ms, _t in ordered], width), ordered,
                                                strict=False):
            if data is not None:
                write_derived(target, data, source.key)
                made += 1
    except (KijkwijzerError, OSError):
        pass  # what was made so far stays; the report leaves the rest out
    return made


def read_still(path: Path, key: bytes | None, name: str | None = None) -> bytes:
    """The image bytes of a stored still (sealed with its recording's key, or plain from an older workspace)."""
    return read_derived(path, key, name)
