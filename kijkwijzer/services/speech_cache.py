"""The speaker track of a recording, kept as a derived file of the recording: `<cache>/<sha256>.<id>.spraak`,
sealed with the recording's own key (`media:<sha256>`) like its stills and waveform, so without that key it is
noise, and erased with the recording (services/erasure.py queues it by name; a key destroyed by the erasure
makes any copy unreadable too).

The file holds the track with its `basis`: what it was made from (the transcript's speakers, the enrolled voice,
the analysis version). A track whose basis no longer holds (a transcript imported since, a voice enrolled or
forgotten) is not used.
"""

from __future__ import annotations

import json
from pathlib import Path

from kijkwijzer.analysis.speech import SPEAKERS, SpeakerTrack, SpeechSegment
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.source import read_derived, write_derived

SUFFIX = "spraak"
_VERSION = 1


def file_name(sha256: str, recording_id: int) -> str:
    """The cache file's name; it starts with the recording's hash, as every derived file in the cache does."""
    return f"{sha256}.{int(recording_id)}.{SUFFIX}"


def write(path: Path, track: SpeakerTrack, basis: str, key: bytes | None) -> None:
    body = {"version": _VERSION, "basis": basis, "recording_id": track.recording_id,
            "duration_ms": track.duration_ms, "source": track.source,
            "segments": [[s.start_ms, s.end_ms, SPEAKERS.index(s.speaker), s.name] for s in track.segments]}
    write_derived(path, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), key)


def read(path: Path, key: bytes | None, basis: str | None = None) -> SpeakerTrack | None:
    """The cached track, None when there is none, it cannot be read (damaged, its key destroyed), it was made by
    another version, or (`basis` given) it was made from something else."""
    try:
        body = json.loads(read_derived(path, key).decode("utf-8"))
        if body.get("version") != _VERSION or (basis is not None and body.get("basis") != basis):
            return None
        segments = tuple(SpeechSegment(int(s), int(e), SPEAKERS[int(i)], str(n)) for s, e, i, n in body["segments"])
        return SpeakerTrack(int(body["recording_id"]), int(body["duration_ms"]), body["source"], segments)
    except (OSError, ValueError, KeyError, IndexError, TypeError, KijkwijzerError):
        return None
