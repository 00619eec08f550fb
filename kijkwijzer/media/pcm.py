"""The sound of a recording as 16 kHz 16-bit samples for speech analysis, streamed in blocks: PyAV decodes the
first audio stream from the recording's file object (a SealedReader for a sealed vault file) and FFmpeg's own
resampler brings it to 16 kHz, mixed to mono or one row per channel. A block holds `BLOCK_S` seconds, so a
two-hour recording never needs more than a few megabytes of samples at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import av
import numpy as np
from av.filter import Graph

from kijkwijzer.errors import BadInput
from kijkwijzer.media.decoding import opened, time_base
from kijkwijzer.media.source import MediaSource, as_source

RATE = 16000
BLOCK_S = 10
MAX_CHANNELS = 8


def no_sound(source: MediaSource) -> BadInput:
    return BadInput(f"{source.label} heeft geen (leesbaar) geluid om spraak in te vinden.",
                    f"{source.label} has no (readable) sound to find speech in.")


def channel_count(source: MediaSource | Path) -> int:
    """How many channels the first audio stream has (0: no sound)."""
    source = as_source(source)
    with opened(source) as container:
        if not container.streams.audio:
            return 0
        return int(container.streams.audio[0].codec_context.channels or 0)


def _graph(stream: av.AudioStream, per_channel: bool) -> Graph:
    graph = Graph()
    chain = [graph.add_abuffer(template=stream)]
    if not per_channel:
        chain.append(graph.add("aformat", "channel_layouts=mono"))
    chain.append(graph.add("aresample", str(RATE)))
    chain.append(graph.add("aformat", f"sample_fmts={'s16p' if per_channel else 's16'}"))
    chain.append(graph.add("asetnsamples", f"n={RATE * BLOCK_S}:p=0"))
    chain.append(graph.add("abuffersink"))
    for a, b in pairwise(chain):
        a.link_to(b)
    graph.configure()
    return graph


def pcm_blocks(source: MediaSource | Path, per_channel: bool = False, start_ms: int = 0,
               end_ms: int | None = None) -> Iterator[np.ndarray]:
    """Blocks of int16 samples at 16 kHz from `start_ms` (to `end_ms`): shape (n,) mixed to mono, or
    (channels, n) with `per_channel`. The first block starts at `start_ms` exactly (samples before it are
    dropped after a seek to the packet before). BadInput when there is no sound or it cannot be decoded."""
    source = as_source(source)
    with opened(source) as container:
        if not container.streams.audio:
            raise no_sound(source)
        stream = container.streams.audio[0]
        if per_channel and (stream.codec_context.channels or 0) > MAX_CHANNELS:
            raise BadInput(f"{source.label} heeft te veel geluidskanalen ({stream.codec_context.channels}).",
                           f"{source.label} has too many audio channels ({stream.codec_context.channels}).")
        graph = _graph(stream, per_channel)
        first = int(RATE * start_ms // 1000)
        last = None if end_ms is None else int(RATE * end_ms // 1000)
        at: int | None = None  # sample index (at 16 kHz) of the next sample the graph gives
        if start_ms > 0:
            container.seek(int(start_ms / 1000 / time_base(stream)) + int(stream.start_time or 0), stream=stream,
                           backward=True, any_frame=False)
        origin = float(stream.start_time or 0) * float(time_base(stream))
        given = 0

        def take(frame: av.AudioFrame) -> np.ndarray | None:
            nonlocal at
            data = frame.to_ndarray()
            if at is None:
                seconds = float(frame.pts * frame.time_base) - origin if frame.pts is not None and frame.time_base else 0.0
                at = max(0, round(seconds * RATE))
            lo, hi = at, at + data.shape[-1]
            at = hi
            data = data[..., max(0, first - lo): data.shape[-1] - max(0, hi - last) if last is not None else None]
            if data.shape[-1] <= 0:
                return None
            return data[0] if not per_channel and data.ndim == 2 else data

        def pull() -> Iterator[np.ndarray]:
            while True:
                try:
                    out = graph.pull()
                except (av.BlockingIOError, av.EOFError):
                    return
                block = take(out) if isinstance(out, av.AudioFrame) else None
                if block is not None:
                    yield block

        try:
            for frame in container.decode(stream):
                graph.push(frame)
                for block in pull():
                    given += block.shape[-1]
                    yield block
                if last is not None and at is not None and at >= last:
                    return
            graph.push(None)
            for block in pull():
                given += block.shape[-1]
                yield block
        except av.FFmpegError:  # a damaged end: what was decoded counts (as the waveform does), unless nothing was
            if not given:
                raise no_sound(source) from None
