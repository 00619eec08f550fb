"""The real window on a real X display (Xvfb, Qt on xcb, VLC's own video output): after an audio recording,
a paused video shows its own picture, and keeps showing it when the window is resized and the side panels
are closed and reopened (libvlc does not repaint a paused picture by itself). The title names the
recording once. Also for a picture far wider than the box it opens in: VLC's XCB output made its own window
where the picture went in the tall box and left it there when the surface took the picture's shape, out of
sight. The window runs in its own process (review_polish_xvfb_probe.py): this one is offscreen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kijkwijzer.services import recordings

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def display():
    if shutil.which("xprop") is None:
        pytest.skip("xprop is not installed")
    from tests.support.xvfb import private_display

    with private_display("1280x720x24") as number:
        yield number


def solid_video(target: Path, size: str = "320x180", sar: str = "1") -> Path:
    """Six seconds of one colour (the probe's VIDEO_RGB) with a tone: every right pixel is that colour."""
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"color=c=0x3060c0:size={size}:rate=25:duration=6,setsar={sar}", "-f", "lavfi", "-i",
                    "sine=frequency=330:duration=6", "-c:v", "libx264", "-preset", "ultrafast", "-g", "250",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(target)], check=True)
    return target


@pytest.mark.parametrize(("name", "size", "sar", "aspect"), [
    ("kleur.mp4", "320x180", "1", 16 / 9),
    ("breed.mp4", "320x160", "3/2", 3.0),  # pixels 3:2 wide: shown 480x160
])
def test_the_paused_video_keeps_its_own_picture_on_a_real_display(display, review_workspace, tmp_path, name,
                                                                   size, sar, aspect):
    from kijkwijzer.media.synth import make_audio_only

    ctx, conversation = review_workspace.ctx, review_workspace.conversation.id
    audio = recordings.import_recording(ctx, conversation, make_audio_only(tmp_path / "audio.m4a", seconds=4).path)
    video = recordings.import_recording(ctx, conversation, solid_video(tmp_path / name, size, sar))
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.review.review_polish_xvfb_probe",
                           str(review_workspace.workspace.root), str(audio.id), str(video.id), str(aspect)],
                          check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    result = json.loads(lines[-1])
    assert result["audio_shown"] and not result["playing"]
    assert result["title"] == f"{name} — Kijkwijzer"
    for step in result["steps"]:  # opened and resized twice (three times over), panels closed, panels back
        assert step["video"] >= 0.9 * step["expected"], result["steps"]  # the picture, not black
        assert step["other"] <= 0.02, result["steps"]  # no waveform or garbage left on the surface
        # VLC's own window covers the surface exactly: a row it left free showed what was on screen before
        assert step["vlc_windows"] == [[0, 0, *step["surface"]]], result["steps"]
