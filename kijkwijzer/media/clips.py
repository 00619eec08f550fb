"""A fragment cut out of a recording into its own small MP4 (a learning group's clip), sealed in the clips folder
under a content key of its own, so a group never holds the key to the whole recording.

The fragment is decoded from the recording's file object (a SealedReader for a vault file) and encoded again
(H.264, or MPEG-4 where the FFmpeg build lacks libx264; AAC audio), so the clip starts and ends at the fragment's
bounds, not at key frames. The MP4 is made in memory (a fragment is short) and written sealed through a locked
temporary file `.clip-<random>.part`, fsynced and renamed to `<sha256 of the plaintext>.mp4`. The new file stays
locked until the caller has stored its key (`HeldClip.release`), so no clean-up takes it for a leftover; a killed
cut leaves only the locked `.part`, erased at the next open (services/leftovers.py). No plaintext reaches the disk.
"""

from __future__ import annotations

import errno
import hashlib
import io
import math
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

from kijkwijzer.crypto.sealed import SealedWriter
from kijkwijzer.errors import BadInput, DiskFull
from kijkwijzer.files import create_locked, fsync_dir, make_private_dir, release, shred_file
from kijkwijzer.media.decoding import clockwise, opened, time_base, unreadable, video_stream
from kijkwijzer.media.source import MediaSource

CLIP_PREFIX = ".clip-"
CLIP_SUFFIX = ".part"
CLIP_EXTENSION = ".mp4"
MAX_CLIP_MS = 15 * 60 * 1000  # a fragment for a group is short; the MP4 is made in memory
MAX_HEIGHT = 720
VIDEO_CODECS = ("libx264", "mpeg4")
_MS = Fraction(1, 1000)
_TURN = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
_WRITE = 1 << 20

Progress = Callable[[int, int], None]


@dataclass
class HeldClip:
    """A sealed clip in the clips folder, still locked (see the module docstring) until `release()`."""

    sha256: str
    path: Path
    size: int  # of the clip (plaintext), not of the sealed file
    duration_ms: int
    _fd: int | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def release(self) -> None:
        """Let go of the lock (after the key is stored, or after `discard`)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def discard(self) -> None:
        """Overwrite and remove the clip (its key was never stored), then let go of the lock."""
        try:
            if shred_file(self.path):
                fsync_dir(self.path.parent)
        finally:
            self.release()


def video_codec() -> str:
    """The first video encoder this FFmpeg build has (PyAV's wheels ship libx264; MPEG-4 is always there)."""
    for name in VIDEO_CODECS:
        try:
            av.codec.Codec(name, "w")
            return name
        except (av.FFmpegError, ValueError):
            continue
    raise BadInput("Deze installatie kan geen video coderen (geen H.264- of MPEG-4-encoder).",
                   "This installation cannot encode video (no H.264 or MPEG-4 encoder).")


def cut_clip(source: MediaSource, start_ms: int, end_ms: int, folder: Path, key: bytes,
             progress: Progress | None = None) -> HeldClip:
    """The span [start_ms, end_ms) of the recording as a new sealed clip in `folder`, locked (release it)."""
    plain = encode_clip(source, start_ms, end_ms, progress)
    return seal_clip(folder, plain, key, end_ms - start_ms)


def check_span(start_ms: int, end_ms: int) -> None:
    if start_ms < 0 or end_ms <= start_ms:
        raise BadInput(f"Ongeldig fragment: {start_ms} - {end_ms} ms.", f"Invalid fragment: {start_ms} - {end_ms} ms.")
    if end_ms - start_ms > MAX_CLIP_MS:
        minutes = MAX_CLIP_MS // 60000
        raise BadInput(f"Een fragment voor een leergroep duurt hoogstens {minutes} minuten.",
                       f"A fragment for a learning group lasts at most {minutes} minutes.")


def encode_clip(source: MediaSource, start_ms: int, end_ms: int, progress: Progress | None = None) -> bytes:
    """The MP4 bytes of the span, encoded again so it is cut exactly; `progress(done_ms, total_ms)`."""
    check_span(start_ms, end_ms)
    out = io.BytesIO()
    with opened(source) as container:
        video = video_stream(container)
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise unreadable(source)
        turn, start = _frame_at_start(container, video, start_ms) if video is not None else (0, start_ms)
        output = av.open(out, mode="w", format="mp4")
        try:
            output.metadata["comment"] = f"kijkwijzer clip {uuid.uuid4().hex}"  # no two clips share a hash (a key)
            _Cut(container, output, video, audio, turn, start, end_ms, progress).run()
        finally:
            output.close()
    return out.getvalue()


def seal_clip(folder: Path, plain: bytes, key: bytes, duration_ms: int) -> HeldClip:
    """Write the clip sealed with `key` as `<sha256>.mp4` in `folder`, all or nothing, and keep it locked."""
    folder = make_private_dir(Path(folder))
    sha256 = hashlib.sha256(plain).hexdigest()
    tmp, fd = create_locked(folder, CLIP_PREFIX, CLIP_SUFFIX)
    kept = False
    try:
        with os.fdopen(os.dup(fd), "wb") as raw:
            writer = SealedWriter(raw, key)
            try:
                for offset in range(0, len(plain), _WRITE):
                    writer.write(plain[offset:offset + _WRITE])
                writer.close()
            except BaseException:
                io.RawIOBase.close(writer)  # abandoned without its last chunk: the partial copy goes below
                raise
            raw.flush()
            os.fsync(raw.fileno())
        final = folder / f"{sha256}{CLIP_EXTENSION}"
        os.replace(tmp, final)
        fsync_dir(folder)
        kept = True
        return HeldClip(sha256, final, len(plain), duration_ms, fd)
    except OSError as error:
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise DiskFull("De schijf is vol: het fragment past niet; er is niets gedeeld.",
                           "The disk is full: the fragment does not fit; nothing was shared.") from error
        raise
    finally:
        if not kept:
            release(tmp, fd)  # a partial copy is overwritten before it goes


# ---- encoding ---------------------------------------------------------------------------------------------------


def _ms(stream: av.stream.Stream, pts: int) -> float:
    """A timestamp of the stream as media time in ms (from the start of the recording, as players show it)."""
    return float((pts - int(stream.start_time or 0)) * time_base(stream) * 1000)


def _seek(container: av.container.InputContainer, ms: int) -> None:
    """To the key frame before `ms` (a second earlier, so audio that is stored a little late is there too)."""
    offset = int(container.start_time or 0) + max(0, ms - 1000) * 1000  # in AV_TIME_BASE (µs)
    container.seek(offset, backward=True, any_frame=False)


def _frame_at_start(container: av.container.InputContainer, video: av.VideoStream, start_ms: int) -> tuple[int, int]:
    """How the picture is turned (phone recordings) and where the frame shown at `start_ms` begins: the clip
    starts with that whole frame, its sound from the same moment, so picture and sound stay together."""
    _seek(container, start_ms)
    turn, begins = 0, start_ms
    for frame in container.decode(video):
        if frame.pts is None:
            continue
        at = _ms(video, frame.pts)
        if at > start_ms:
            break
        turn = clockwise(frame)
        if at + _length_ms(video, frame) > start_ms:  # (past the last frame nothing is shown)
            begins = max(0, math.floor(at))
    return turn, begins


def _length_ms(stream: av.VideoStream, frame: av.VideoFrame) -> float:
    if frame.duration:
        return float(frame.duration * time_base(stream) * 1000)
    return 1000 / float(stream.average_rate or stream.guessed_rate or 25)


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


class _Cut:
    """One pass over the recording from the key frame before the cut: frames inside the span are encoded with
    timestamps from 0; audio is trimmed to the sample."""

    def __init__(self, container, output, video, audio, turn: int, start_ms: int, end_ms: int,
                 progress: Progress | None) -> None:
        self.container, self.output, self.turn = container, output, turn
        self.video_in, self.audio_in = video, audio
        self.start, self.end, self.progress = start_ms, end_ms, progress
        self.video_out = self._video_stream() if video is not None else None
        self.audio_out = self._audio_stream() if audio is not None else None
        self.last_pts = -1
        self.written = 0  # frames in the clip
        self.next_sample: int | None = None
        self.done = {s.index: False for s in (video, audio) if s is not None}

    def _video_stream(self) -> av.VideoStream:
        context = self.video_in.codec_context
        width, height = context.width, context.height
        if self.turn in (90, 270):
            width, height = height, width
        scale = min(1.0, MAX_HEIGHT / max(height, 1))
        self.size = (_even(width * scale), _even(height * scale))
        rate = Fraction(self.video_in.average_rate or self.video_in.guessed_rate or 25).limit_denominator(1001)
        codec = video_codec()
        stream = self.output.add_stream(codec, rate=rate)
        stream.width, stream.height = self.size
        stream.pix_fmt = "yuv420p"
        stream.codec_context.time_base = _MS
        if codec == "libx264":
            stream.options = {"preset": "veryfast", "crf": "23"}
        else:
            stream.bit_rate = 2_000_000
        return stream

    def _audio_stream(self) -> av.AudioStream:
        context = self.audio_in.codec_context
        self.rate = int(context.sample_rate or 48000)
        self.layout = "stereo" if len(context.layout.channels) >= 2 else "mono"
        stream = self.output.add_stream("aac", rate=self.rate)
        stream.layout = self.layout
        stream.format = "fltp"
        stream.bit_rate = 96_000
        self.resampler = av.AudioResampler(format="fltp", layout=self.layout, rate=self.rate)
        self.fifo = av.AudioFifo()
        return stream

    def run(self) -> None:
        _seek(self.container, self.start)
        streams = [s for s in (self.video_in, self.audio_in) if s is not None]
        for packet in self.container.demux(*streams):
            for frame in packet.decode():
                if packet.stream is self.video_in:
                    self._video(frame)
                else:
                    self._audio(frame)
            if all(self.done.values()):
                break
        if self.audio_out is not None:
            self._drain_audio(final=True)
            self._mux(self.audio_out, None)
        if self.video_out is not None:
            self._mux(self.video_out, None)
        if not self.written:
            raise BadInput(f"Het fragment ({self.start} - {self.end} ms) valt buiten de opname.",
                           f"The fragment ({self.start} - {self.end} ms) lies outside the recording.")
        self._report(self.end - self.start)

    def _mux(self, stream, frame) -> None:
        self.written += frame is not None
        for packet in stream.encode(frame):
            self.output.mux(packet)

    def _report(self, done_ms: float) -> None:
        if self.progress is not None:
            total = self.end - self.start
            self.progress(min(total, max(0, int(done_ms))), total)

    def _video(self, frame: av.VideoFrame) -> None:
        if frame.pts is None or self.video_out is None:
            return
        at = _ms(self.video_in, frame.pts)
        length = _length_ms(self.video_in, frame)
        if at >= self.end:
            self.done[self.video_in.index] = True
            return
        if at + length <= self.start:
            return  # before the cut (the frame shown at the start is kept: it starts before and lasts into it)
        pts = max(round(at - self.start), self.last_pts + 1, 0)
        self.last_pts = pts
        picture = self._upright(frame).reformat(width=self.size[0], height=self.size[1], format="yuv420p")
        picture.pts, picture.time_base = pts, _MS
        self._mux(self.video_out, picture)
        self._report(at - self.start)

    def _upright(self, frame: av.VideoFrame) -> av.VideoFrame:
        if self.turn not in _TURN:
            return frame
        return av.VideoFrame.from_image(frame.to_image().transpose(_TURN[self.turn]))

    def _audio(self, frame: av.AudioFrame) -> None:
        if frame.pts is None or self.audio_out is None:
            return
        at = _ms(self.audio_in, frame.pts)
        if at >= self.end:
            self.done[self.audio_in.index] = True
            return
        planes = [f.to_ndarray() for f in self.resampler.resample(frame)]
        if not planes:
            return
        samples = np.concatenate(planes, axis=1)
        per_ms = self.rate / 1000
        first = max(0, math.ceil((self.start - at) * per_ms))
        last = min(samples.shape[1], math.floor((self.end - at) * per_ms))
        if last <= first:
            return
        if self.next_sample is None:  # where the first kept sample belongs in the clip
            self.next_sample = max(0, round((at - self.start) * per_ms + first))
        kept = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples[:, first:last]), format="fltp",
                                          layout=self.layout)
        kept.sample_rate = self.rate
        self.fifo.write(kept)
        self._drain_audio(final=False)
        if self.video_in is None:
            self._report(at - self.start)

    def _drain_audio(self, final: bool) -> None:
        if self.audio_out is None:
            return
        size = self.audio_out.codec_context.frame_size or 1024
        while self.fifo.samples >= size or (final and self.fifo.samples):
            chunk = self.fifo.read(min(size, self.fifo.samples))
            if chunk is None:
                break
            chunk.pts, chunk.time_base = self.next_sample or 0, Fraction(1, self.rate)
            self.next_sample = (self.next_sample or 0) + chunk.samples
            self._mux(self.audio_out, chunk)
