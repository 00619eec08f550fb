"""Run by test_review_polish_xvfb.py in its own process on a private Xvfb display (Qt on xcb, VLC drawing
into the real native window): starts on a solid-colour video, opens an audio recording, then the video again,
pauses, resizes the window and closes and reopens the right-hand panels, and prints one JSON line with what the
screen showed.

    python -m tests.ui.review.review_polish_xvfb_probe WORKSPACE AUDIO_ID VIDEO_ID [ASPECT]

ASPECT: the width / height the video is shown at (16/9 unless given).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QColor, QGuiApplication

from kijkwijzer.app import start
from kijkwijzer.ui.review.x11_child_windows import child_geometries

VIDEO_RGB = (0x30, 0x60, 0xC0)
TOLERANCE = 28


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def surface_pixels(window, aspect: float) -> dict[str, float]:
    """Shares of the video surface's screen pixels: the video's colour, black (bars) and anything else."""
    surface = window.review.player_view.video
    top_left = surface.mapToGlobal(surface.rect().topLeft())
    rect = QRect(top_left, surface.size())
    image = QGuiApplication.primaryScreen().grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()).toImage()
    counts = {"video": 0, "black": 0, "other": 0}
    for y in range(2, image.height() - 2, 6):
        for x in range(2, image.width() - 2, 6):
            c = QColor(image.pixel(x, y))
            rgb = (c.red(), c.green(), c.blue())
            if all(abs(a - b) <= TOLERANCE for a, b in zip(rgb, VIDEO_RGB, strict=True)):
                counts["video"] += 1
            elif max(rgb) < 24:
                counts["black"] += 1
            else:
                counts["other"] += 1
    total = max(sum(counts.values()), 1)
    w, h = surface.width(), surface.height()
    picture = min(w, h * aspect) * min(h, w / aspect) / max(w * h, 1)  # the picture's share, were it letterboxed
    return {**{k: round(v / total, 3) for k, v in counts.items()}, "expected": round(picture, 3)}


def settled(window, seconds: float, aspect: float) -> dict[str, float]:
    """What the surface shows once VLC has drawn the paused picture: pumped until it shows (at most `seconds`,
    the time each step used to wait in full), then a little more, so a picture drawn and lost again is still
    caught; measured at the end."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.05)
        shown = surface_pixels(window, aspect)
        if shown["video"] >= 0.9 * shown["expected"] and shown["other"] <= 0.02:
            break
    pump(0.2)
    shown = surface_pixels(window, aspect)
    surface = window.review.player_view.video
    shown["surface"] = [surface.width(), surface.height()]
    shown["vlc_windows"] = [list(g) for g in child_geometries(int(surface.winId()))]  # VLC's own (XCB output)
    return shown


def title_on_screen(window) -> str:
    out = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"], check=False,
                         capture_output=True, text=True)
    return out.stdout.split("=", 1)[-1].strip().strip('"')


def main(workspace: str, audio_id: int, video_id: int, aspect: float) -> None:
    running = start([workspace, "--no-start-prompts", "--recording", str(video_id)])
    window = running.window
    pump(0.5)
    window.review.playback.seek(1500)
    steps = [settled(window, 2.0, aspect)]  # opened at start, in the window's first shape
    window.resize(1000, 660)
    window.open_recording(audio_id)
    view = window.review.player_view
    deadline = time.monotonic() + 15
    while view.audio.tiles is None and time.monotonic() < deadline:
        pump(0.1)
    result: dict[str, object] = {"audio_shown": view.currentWidget() is view.audio and view.audio.tiles is not None}
    for _round in range(3):  # each opening gets a new libvlc player: whether it repaints by itself varies
        window.open_recording(audio_id)
        pump(0.3)
        window.open_recording(video_id)
        window.review.playback.seek(1500)
        steps.append(settled(window, 1.0, aspect))
        for width, height in ((1180, 700), (900, 600)):
            window.resize(width, height)
            steps.append(settled(window, 0.8, aspect))
    result["title"] = title_on_screen(window)
    docks = [window.browser_dock, window.editor_dock, window.fragments_dock, window.checklist_dock,
             window.transcript_dock]
    for dock in docks:
        dock.close()
    steps.append(settled(window, 0.8, aspect))
    for dock in docks:
        dock.show()
    window.editor_dock.raise_()
    steps.append(settled(window, 0.8, aspect))
    result["steps"] = steps
    result["playing"] = window.review.playback.playing
    print(json.dumps(result), flush=True)
    window.close()
    pump(0.3)
    running.ctx.store.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 16 / 9)
