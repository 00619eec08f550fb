"""What the window needs to start and to reopen a recording loads no numerical or media-decoding library (issue 16:
PyAV, numpy and Pillow are ~40 MiB resident; they come in when a waveform, a still or a speaker track is made).
Each check runs in a fresh interpreter, so nothing imported by other tests counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("av", "numpy", "PIL", "scipy", "sklearn", "openpyxl", "reportlab")


def _loaded_after(*modules: str, of: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of `of` a fresh interpreter has loaded after importing `modules` (or running them, when one is code)."""
    code = ("import json, sys\n" + "".join(m if "\n" in m else f"import {m}\n" for m in modules)
            + f"print(json.dumps([m for m in {of!r} if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_starts_without_media_or_numerical_libraries():
    assert _loaded_after("kijkwijzer.app") == []


def test_the_window_is_on_screen_before_the_store_and_the_services_are_loaded(tmp_path):
    # issue 16 part 4: launch.py begins the unlock and VLC, then shows the window (ui/first_window.py); SQLAlchemy
    # and everything above it load after that (a folder's database path is read without SQLAlchemy's URL parser)
    code = ("from kijkwijzer.launch import prepare\n"
            f"prepare([{str(tmp_path)!r}])\n"
            "import kijkwijzer.ui.first_window\n")
    assert _loaded_after(code, of=("sqlalchemy", "kijkwijzer.store", "kijkwijzer.services", "kijkwijzer.app",
                                   "kijkwijzer.ui.main_window")) == []


def test_the_window_starts_without_the_import_and_export_formats():
    # ~35 ms of a start (issue 16 part 4): the transcript panel loads them when a transcript is imported
    assert _loaded_after("kijkwijzer.app", of=("kijkwijzer.services.exchange.csv_and_subtitles",
                                               "charset_normalizer", "kijkwijzer.formats.records")) == []


def test_a_cached_waveform_speaker_track_and_voice_print_are_read_without_them():
    # what opening a recording imports: the waveform cache, the speaker-track cache, the professional's voice print
    assert _loaded_after("kijkwijzer.media.waveform", "kijkwijzer.services.speech",
                         "kijkwijzer.services.voice_prints", "kijkwijzer.ui.review.waveform_tiles") == []


def test_computing_a_waveform_does_bring_them_in():
    # the check above can fail: the same interpreter reports them once the module that computes is used
    assert "av" in _loaded_after("kijkwijzer.media.waveform", "kijkwijzer.media.pcm")
