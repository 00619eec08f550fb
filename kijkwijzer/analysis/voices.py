"""Telling voices apart: placeholder while the measured version is built."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field

import numpy as np

FEATURES_VERSION = 1


@dataclass(frozen=True)
class VoicePrint:
    """Features of an enrolled voice (never its sound): `frames` (n, d) float32, with where they came from."""

    frames: np.ndarray = field(repr=False)
    recording_id: int = 0
    start_ms: int = 0
    end_ms: int = 0
    version: int = FEATURES_VERSION

    @property
    def fingerprint(self) -> str:
        """Changes when the voice print does (a track made with another one is made again)."""
        digest = hashlib.sha256(np.ascontiguousarray(self.frames, dtype=np.float32).tobytes())
        digest.update(f"{self.version}".encode())
        return digest.hexdigest()[:16]

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        meta = {"recording_id": self.recording_id, "start_ms": self.start_ms, "end_ms": self.end_ms,
                "version": self.version}
        np.savez(out, frames=np.asarray(self.frames, dtype=np.float32), meta=np.array(json.dumps(meta)))
        return out.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> VoicePrint:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            meta = json.loads(str(stored["meta"]))
            return cls(np.asarray(stored["frames"], dtype=np.float32), int(meta["recording_id"]),
                       int(meta["start_ms"]), int(meta["end_ms"]), int(meta["version"]))
