"""The list filters and follows; N/P jump; span edges drag on the timeline; seeking reaches VLC."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.ui.review import timeline_painter as tp
from tests.support.qt_input import press


def add(ws, start, end=None, themes=("thema.raakmomenten",), **fields):
    return annotations.add(ws.as_pro, AnnotationDraft(ws.recording.id, start, end, themes=themes, **fields))


def test_filter_by_theme_and_text_hides_rows(qtbot, window, review_workspace):
    add(review_workspace, 1000, themes=("thema.raakmomenten",), observation="stilte")
    add(review_workspace, 2000, themes=("thema.weerstand",))
    add(review_workspace, 3000, themes=("thema.weerstand",), observation="zucht")
    lst = window.review.list
    assert lst.proxy.rowCount() == 3
    lst.set_filter(theme="thema.weerstand")
    assert [v.start_ms for v in lst.visible_views()] == [2000, 3000]
    lst.set_filter(text="zucht")
    assert [v.start_ms for v in lst.visible_views()] == [3000]
    lst.set_filter(theme=None, text="")
    assert lst.proxy.rowCount() == 3
    lst.set_filter(reviewer=review_workspace.reviewer.id)
    assert lst.proxy.rowCount() == 3


def test_n_and_p_seek_the_player(qtbot, vlc_window, review_workspace):
    window = vlc_window  # real VLC: playing and seeking are the subject
    for ms in (1000, 3000, 4500):
        add(review_workspace, ms)
    review = window.review
    review.playback.seek(0)
    press(window, "N")
    assert review.playback.position == 1000
    qtbot.waitUntil(lambda: abs(review.player.position() - 1000) <= 100, timeout=5000)
    press(window, "N")
    assert review.playback.position == 3000
    press(window, "P")
    assert review.playback.position == 1000
    assert review.selected_id == review.annotations.current_at(1000).id
    qtbot.waitUntil(lambda: abs(review.player.position() - 1000) <= 100, timeout=5000)


def test_enter_in_list_and_double_click_seek(qtbot, window, review_workspace):
    add(review_workspace, 1200)
    target = add(review_workspace, 4200)
    review = window.review
    table = review.list.table
    review.list.select(target.id)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    press(window, "Return")
    assert review.playback.position == 4200
    review.playback.seek(0)
    index = review.list.proxy.index(0, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert review.playback.position == 0  # a single click selects, it does not seek
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert review.playback.position == 1200


def test_list_follows_playhead_without_taking_focus(qtbot, window, review_workspace):
    first = add(review_workspace, 300)
    add(review_workspace, 5500)
    review = window.review
    review.focus_review()
    review.playback.seek(0)
    review.playback.play()
    qtbot.waitUntil(lambda: review.list.current_view() is not None and review.list.current_view().id == first.id,
                    timeout=5000)
    review.playback.pause()
    assert not review.list.table.hasFocus()


def test_dragging_a_span_edge_updates_the_store_with_undo(qtbot, window, review_workspace):
    span = add(review_workspace, 1000, 3000)
    canvas = window.review.timeline.canvas
    qtbot.waitUntil(lambda: canvas.model.extent(span.id) is not None, timeout=2000)
    geo = canvas.geometry_now()
    y = tp.lane_top(canvas.model.lane_index(review_workspace.reviewer.id)) + tp.LANE_H // 2
    start = QPoint(round(geo.x_of(3000)), y)
    end = QPoint(round(geo.x_of(4000)), y)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, pos=QPoint((start.x() + end.x()) // 2, y))
    qtbot.mouseMove(canvas, pos=end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    after = annotations.get(review_workspace.as_pro, span.id)
    assert after.start_ms == 1000
    assert abs(after.end_ms - 4000) <= 2 * geo.ms_per_px
    press(window, "Ctrl+Z")
    assert annotations.get(review_workspace.as_pro, span.id).end_ms == 3000


def test_click_on_timeline_seeks(qtbot, window, review_workspace):
    canvas = window.review.timeline.canvas
    geo = canvas.geometry_now()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(geo.x_of(2500)), tp.RULER_H // 2))
    assert abs(window.review.playback.position - 2500) <= 2 * geo.ms_per_px


def test_transport_keys(qtbot, vlc_window, review_workspace):
    window = vlc_window  # real VLC: playing and seeking are the subject
    playback = window.review.playback
    playback.seek(3000)
    press(window, "Left")
    assert playback.position == 0
    press(window, "Shift+Right")
    assert playback.position == 1000
    press(window, "End")
    assert playback.position >= playback.duration_ms - 100
    press(window, "Home")
    assert playback.position == 0
    press(window, "L")
    qtbot.waitUntil(lambda: playback.playing, timeout=3000)
    press(window, "L")
    assert playback.rate == 1.5
    press(window, "J")
    press(window, "J")
    assert playback.rate == 0.5
    press(window, "K")
    assert not playback.playing and playback.rate == 1.0
    press(window, "Space")
    qtbot.waitUntil(lambda: playback.playing, timeout=3000)
    press(window, "Space")
    assert not playback.playing
    press(window, "M")
    assert window.review.player.is_muted()


def test_loop_between_marks(qtbot, vlc_window, review_workspace):
    window = vlc_window  # real VLC: playing and seeking are the subject
    playback = window.review.playback
    playback.seek(1000)
    press(window, "I")
    playback.seek(1800)
    press(window, "O")
    press(window, "Ctrl+L")
    assert playback.loop and window.actions_by_name["loop"].isChecked()
    playback.play()
    seen_wrap = []
    last = [playback.position]

    def wrapped() -> bool:
        now = playback.position
        if now < last[0] - 300:
            seen_wrap.append(now)
        last[0] = now
        return bool(seen_wrap)

    qtbot.waitUntil(wrapped, timeout=8000)
    assert 900 <= seen_wrap[0] <= 1400
    playback.pause()
    press(window, "Ctrl+Shift+X")
    assert playback.mark_in is None and not playback.loop
    assert not window.actions_by_name["loop"].isChecked()


def test_zoom_keys_and_ctrl_wheel(qtbot, window, review_workspace):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas = window.review.timeline.canvas
    whole = canvas.ms_per_px
    press(window, "+")
    assert canvas.ms_per_px < whole and not canvas.fit
    assert window.review.timeline.scrollbar.isVisible()
    press(window, "Ctrl+0")
    assert canvas.fit and canvas.ms_per_px == whole
    pos = QPointF(canvas.width() / 2, 10)
    event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert canvas.ms_per_px < whole
    press(window, "-")
    press(window, "-")
    assert canvas.fit


def test_events_from_another_thread_arrive_on_the_qt_thread(qtbot, window, review_workspace):
    import threading

    from PySide6.QtCore import QThread

    seen_threads = []
    window.review.annotations.inserted.connect(lambda *_: seen_threads.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: add(review_workspace, 2222))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.review.list.proxy.rowCount() == 1, timeout=3000)
    assert seen_threads == [window.thread()]
