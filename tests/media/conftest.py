"""Real media for the media tests, made once per session with ffmpeg and espeak-ng (nothing committed).

Fixtures others may want: `media_files` (a dict of every fixture kind), `conversation` (a short
generated Dutch conversation with line timings) and `headless_player` (VLC with dummy output).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kijkwijzer.media import synth
from kijkwijzer.media.framecode import make_frame_coded_video

BROKEN_KINDS = ("truncated", "no_index", "random", "zero_byte", "unknown_codec", "no_streams", "not_media")
SHORT_SCRIPT = [
    (synth.PROFESSIONAL, "Goedemorgen. Fijn dat u er bent."),
    (synth.CLIENT, "Ja, dank u. Ik heb de brieven meegenomen."),
    (synth.PROFESSIONAL, "Mooi. Zullen we ze samen bekijken?"),
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "xvfb: starts its own Xvfb server to test VLC with a real X window")


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media-fixtures")


@pytest.fixture(scope="session")
def media_files(media_dir: Path) -> dict[str, Path]:
    """Every fixture kind by name: good ones and each way a file can be unusable."""
    d = media_dir
    (d / "not_media.mp4").write_text("Dit is geen video.\n", encoding="utf-8")
    jobs: dict[str, Callable[[], Path]] = {
        "video": lambda: synth.make_test_video(d / "video.mp4", seconds=6),
        "rotated": lambda: synth.make_test_video(d / "telefoon.mp4", seconds=2, rotate=90),
        "vfr": lambda: synth.make_test_video(d / "vfr.mp4", seconds=4, vfr=True),
        "silent_video": lambda: synth.make_test_video(d / "stil.mp4", seconds=3, with_audio=False),
        "audio_only": lambda: synth.make_audio_only(d / "spraak.m4a", seconds=6).path,
        "frame_coded": lambda: make_frame_coded_video(d / "framenummers.mp4", seconds=6),
        "truncated": lambda: synth.make_corrupt(d / "afgebroken.mp4", "truncated"),
        "no_index": lambda: synth.make_corrupt(d / "zonder_index.mp4", "no_index"),
        "random": lambda: synth.make_corrupt(d / "ruis.mp4", "random"),
        "zero_byte": lambda: synth.make_zero_byte(d / "leeg.mp4"),
        "unknown_codec": lambda: synth.make_unknown_codec(d / "onbekend.mkv"),
        "no_streams": lambda: synth.make_no_streams(d / "ondertitels.mkv"),
        "not_media": lambda: d / "not_media.mp4",
    }
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {name: pool.submit(job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.fixture(scope="session")
def audio_only(media_dir: Path) -> synth.SynthResult:
    """Six seconds: silence, one spoken Dutch sentence from 1.0 s, silence."""
    return synth.make_audio_only(media_dir / "zin.wav", seconds=6)


@pytest.fixture(scope="session")
def conversation(media_dir: Path) -> synth.SynthResult:
    return synth.make_conversation(media_dir / "gesprek.mp4", SHORT_SCRIPT, "Testgesprek")


@pytest.fixture
def headless_player() -> Iterator:
    from kijkwijzer.media.vlc_player import VlcPlayer

    player = VlcPlayer(headless=True)
    yield player
    player.close()


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server for one test; skipped where Xvfb is not installed."""
    from tests.support.xvfb import private_display

    with private_display("640x480x24") as display:
        yield display
