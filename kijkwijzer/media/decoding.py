"""Reading a recording with PyAV (FFmpeg's libraries inside this process) from its file object: a
SealedReader for a sealed vault file, so stills, waveforms and stream facts never need a plaintext copy on
disk. Errors come out as BadInput naming the recording (SealBroken for a damaged or foreign sealed file).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from pathlib import Path

import av

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.probe import VFR_TOLERANCE, MediaInfo
from kijkwijzer.media.source import MediaSource, as_source

BUFFER = 256 * 1024  # bytes PyAV asks of the file object per read: four sealed chunks


def unreadable(source: MediaSource) -> BadInput:
    return BadInput(
        f"{source.label} kan niet worden gelezen: het is geen (leesbaar) video- of audiobestand, of het is beschadigd.",
        f"{source.label} cannot be read: it is not a (readable) video or audio file, or it is damaged.",
    )


@contextmanager
def opened(source: MediaSource | Path) -> Iterator[av.container.InputContainer]:
    """The recording as an open PyAV container; closed (with its reader) afterwards."""
    source = as_source(source)
    reader = source.open()  # BadInput when it is missing, SealBroken when it is damaged
    try:
        try:
            container = av.open(reader, mode="r", buffer_size=BUFFER)
        except KijkwijzerError:
            raise
        except (av.FFmpegError, ValueError, OSError) as error:
            raise unreadable(source) from error
        try:
            yield container
        except KijkwijzerError:
            raise
        except (av.FFmpegError, ValueError) as error:
            raise unreadable(source) from error
        finally:
            container.close()
    finally:
        reader.close()


def video_stream(container: av.container.InputContainer) -> av.VideoStream | None:
    """The first video stream that is a recording (not a cover picture)."""
    for stream in container.streams.video:
        if not stream.disposition & av.stream.Disposition.attached_pic:
            return stream
    return None


def clockwise(frame: av.VideoFrame) -> int:
    """Degrees (0, 90, 180, 270) to turn the picture clockwise to show it upright (phone recordings)."""
    return round(-float(frame.rotation or 0) / 90.0) * 90 % 360


def info_of(source: MediaSource | Path) -> MediaInfo:
    """Stream facts of a recording read through its file object (what probe.read_info says of a plain file)."""
    with opened(source) as container:
        video, audio = video_stream(container), next(iter(container.streams.audio), None)
        rotation = 0
        if video is not None:
            first = next(container.decode(video), None)
            rotation = clockwise(first) if first is not None else 0
        durations = [container.duration / 1_000_000 if container.duration else 0.0]
        durations += [float(s.duration * time_base(s))
                      for s in (video, audio) if s is not None and s.duration]
        avg = float(video.average_rate or 0) if video is not None else 0.0
        real = float(video.base_rate or 0) if video is not None else 0.0
        return MediaInfo(
            container=container.format.name,
            duration_ms=round(max(durations) * 1000),
            has_video=video is not None,
            has_audio=audio is not None,
            width=video.codec_context.width if video is not None else 0,
            height=video.codec_context.height if video is not None else 0,
            rotation=rotation,
            fps=round(avg or real, 3),
            variable_frame_rate=bool(avg and real and abs(real - avg) / real > VFR_TOLERANCE),
            video_codec=video.codec_context.name if video is not None else None,
            audio_codec=audio.codec_context.name if audio is not None else None,
        )


def time_base(stream: av.stream.Stream) -> Fraction:
    """The stream's time base. PyAV types it as optional; a stream read from a file always has one (a
    ValueError if not, which `opened` says as an unreadable recording)."""
    if stream.time_base is None:
        raise ValueError(f"stream {stream.index} has no time base")
    return stream.time_base


def pts_of(stream: av.VideoStream, ms: int) -> int:
    """Media time `ms` (from the start of the recording, as players show it) in the stream's time base."""
    return int(stream.start_time or 0) + int(Fraction(int(ms), 1000) / time_base(stream))
