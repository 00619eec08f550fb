"""Who speaks when, from the sound: placeholder while the measured version is built."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kijkwijzer.errors import KijkwijzerError

from .speech import SpeechSegment, TrackSource
from .voices import VoicePrint

VERSION = 0


def _not_yet() -> KijkwijzerError:
    return KijkwijzerError("Sprekers uit het geluid halen kan nog niet (in aanbouw).",
                           "Telling speakers from the sound is not available yet (being built).")


class Analyser:
    def __init__(self, voice: VoicePrint | None) -> None:
        self.voice = voice
        self.done_ms = 0

    def feed(self, block: np.ndarray) -> None:
        raise _not_yet()

    def finish(self) -> tuple[TrackSource, tuple[SpeechSegment, ...]]:
        raise _not_yet()


def enrol(blocks: Sequence[np.ndarray], recording_id: int, start_ms: int, end_ms: int) -> VoicePrint:
    raise _not_yet()
