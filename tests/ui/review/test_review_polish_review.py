"""Review polish: the still is the annotation's moment, a multi-theme row shows every theme, the paused
picture is drawn again after a resize or expose, the waveform of an audio recording never stays behind a
video, and the title names the recording once."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, consent, recordings
from kijkwijzer.ui.review.annotation_table import COLUMNS
from tests.support.qt_input import press

RAAK, ECHT = "thema.raakmomenten", "thema.echtheid"


def difference(a, b) -> float:
    with Image.open(a) as first, Image.open(b) as second:
        return sum(ImageStat.Stat(ImageChops.difference(first.convert("RGB"), second.convert("RGB"))).mean)


def test_add_still_takes_the_annotations_start_not_the_playhead(qtbot, window, review_workspace, tmp_path):
    from kijkwijzer.media.stills import extract_still, read_still

    review = window.review
    review.playback.seek(2000)
    press(window, "1")
    (made,) = annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)
    review.playback.seek(4500)  # the reviewer watched on; the annotation stays selected
    assert review.selected_id == made.id
    press(window, "Ctrl+Shift+S")
    qtbot.waitUntil(lambda: annotations.get(review_workspace.as_pro, made.id).still_name is not None, timeout=15000)
    name = annotations.get(review_workspace.as_pro, made.id).still_name
    assert name == f"annotatie-{made.id}-2000.jpg"
    source = review.recording.source  # the sealed vault file with its key
    at_start = extract_still(source, 2000, tmp_path / "begin.jpg")
    at_playhead = extract_still(source, 4500, tmp_path / "speelkop.jpg")
    still = io.BytesIO(read_still(review_workspace.workspace.stills_dir / name, source.key))
    assert difference(still, io.BytesIO(read_still(at_start, source.key))) < 1.0
    assert difference(still, io.BytesIO(read_still(at_playhead, source.key))) > 1.0
    qtbot.waitUntil(lambda: "annotatie 1" in window.statusBar().currentMessage(), timeout=3000)


def test_a_multi_theme_annotation_shows_every_theme_in_the_list(qtbot, window, review_workspace):
    made = annotations.add(review_workspace.as_pro, AnnotationDraft(review_workspace.recording.id, 1500,
                                                                     themes=(RAAK, ECHT), observation="stil"))
    review = window.review
    qtbot.waitUntil(lambda: len(review.annotations) == 1, timeout=3000)
    index = review.list.model.index(review.annotations.row_of(made.id), COLUMNS.index("themes"))
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Raakmomenten, Echtheid"
    chips = index.data(Qt.ItemDataRole.DecorationRole).toImage()
    colors = {t.id: QColor(t.color).rgb() for t in review.content.themes}
    assert chips.width() > chips.height() and chips.pixel(1, 1) == colors[RAAK]
    assert chips.pixel(chips.width() - 2, 1) == colors[ECHT]
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Raakmomenten" in tooltip and "Echtheid" in tooltip


def test_the_paused_picture_is_drawn_again_after_a_resize_or_an_expose(qtbot, window, review_workspace,
                                                                       monkeypatch):
    review, player = window.review, window.review.player
    asked: list[int] = []
    real = player.redraw
    monkeypatch.setattr(player, "redraw", lambda: (asked.append(player.position()), real()))
    review.playback.seek(2000)
    qtbot.wait(100)
    asked.clear()
    window.resize(window.width() - 120, window.height() - 60)  # a dock opened, the window made smaller
    qtbot.waitUntil(lambda: asked == [2000], timeout=2000)  # once for the burst, at the paused frame
    review.player_view.video.update()  # painted over (another window was on top)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=2000)
    review.playback.play()
    qtbot.waitUntil(lambda: review.playback.playing, timeout=2000)
    window.resize(window.width() + 120, window.height() + 60)
    review.player_view.video.update()
    qtbot.wait(200)
    review.playback.pause()
    assert len(asked) == 2  # while playing VLC draws every frame itself


def test_a_video_after_an_audio_recording_shows_no_waveform(qtbot, window, review_workspace, tmp_path):
    from kijkwijzer.media.synth import make_audio_only

    audio = make_audio_only(tmp_path / "audio.m4a", seconds=4).path
    rec = recordings.import_recording(review_workspace.ctx, review_workspace.conversation.id, audio)
    view = window.review.player_view
    assert window.open_recording(rec.id)
    assert window.windowTitle() == "audio.m4a"
    qtbot.waitUntil(lambda: view.audio.tiles is not None, timeout=15000)
    assert window.open_recording(review_workspace.recording.id)
    assert view.currentWidget() is view.picture_box and view.video.isVisible() and not view.audio.isVisible()
    assert view.audio.tiles is None
    assert window.windowTitle() == "gesprek.mp4"  # Qt adds " — Kijkwijzer" once (applicationDisplayName)
    assert window.open_recording(rec.id) and window.open_recording(review_workspace.recording.id)
    qtbot.wait(300)  # the audio's waveform, computed late, must not land on the video
    assert view.audio.tiles is None and view.currentWidget() is view.picture_box

    assert window.open_recording(rec.id)
    qtbot.waitUntil(lambda: view.audio.tiles is not None, timeout=15000)
    given = next(c for c in consent.list_for_conversation(review_workspace.as_pro, review_workspace.conversation.id)
                 if c.purpose == "recording")
    consent.withdraw(review_workspace.as_pro, given.id)  # erases the recordings
    assert view.currentWidget() is view.message and view.audio.tiles is None and view.audio.title == ""
    assert window.windowTitle() == "Kijkwijzer"


def test_redraw_shows_the_paused_frame_again_and_does_nothing_while_playing(review_workspace, test_video):
    from kijkwijzer.media.player_factory import create_player

    player = create_player(headless=True)
    try:
        player.redraw()  # nothing loaded: harmless
        player.load(test_video)
        player.seek(2000)
        player.redraw()
        assert player.position() == 2000 and not player.is_playing()
        player.play()
        player.redraw()
        assert player.is_playing()
        player.pause()
        paused_at = player.position()
        player.redraw()
        assert player.position() == paused_at and not player.is_playing()
        player.unload()
        player.redraw()
    finally:
        player.close()
    player.redraw()  # after close: a no-op, never a crash in libvlc


def test_the_video_surface_takes_the_pictures_shape_and_qt_draws_the_bars(qtbot):
    """VLC draws edge to edge on a surface of the picture's shape, centred; without a known shape it fills."""
    from kijkwijzer.ui.review.player_view import PlayerView

    view = PlayerView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show_video()
    view.show()
    qtbot.waitExposed(view)
    box = view.picture_box
    view.fit_picture((1920, 1080))  # wide: bars above and below
    assert (view.video.width(), view.video.height()) == (box.width(), box.width() * 9 // 16)  # down, as VLC rounds
    assert view.video.y() == (box.height() - view.video.height()) // 2 and view.video.x() == 0
    view.fit_picture((1080, 1920))  # a phone held upright: bars left and right
    assert view.video.height() == box.height() and view.video.width() == box.height() * 9 // 16
    assert view.video.x() == (box.width() - view.video.width()) // 2
    view.resize(1000, 500)
    qtbot.waitUntil(lambda: box.width() == 1000)
    assert view.video.height() == box.height() and view.video.width() == box.height() * 9 // 16
    view.fit_picture(None)
    assert view.video.geometry() == box.rect()
