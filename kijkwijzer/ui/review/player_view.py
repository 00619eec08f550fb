"""Where the recording is seen: VLC's picture in a native child window (kept on screen while paused), or the
waveform for audio only; never a picture or waveform of the recording before."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.media.player import Player

from .waveform_tiles import WaveformTiles
from .x11_child_windows import center_children

log = logging.getLogger(__name__)
REDRAW_MS = 40  # after a resize or expose: long enough to gather a burst, short enough not to be seen
ALIGN_AGAIN_MS = 250  # VLC answers a resize on its own thread: its window is looked at once more after this


def has_native_windows() -> bool:
    """Offscreen/minimal Qt (tests, CI) has no window VLC could draw into: the player runs headless there."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def _fill_black(widget: QWidget) -> None:
    widget.setAutoFillBackground(True)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    widget.setPalette(palette)


class VideoSurface(QWidget):
    """A native window VLC draws into (winId -> player.set_output_window).

    Qt fills it black whenever it is exposed or resized (so no stale pixels of another widget or
    recording remain); `painted_over` then tells the owner that a paused picture must be drawn again.
    On X11 the window VLC's XCB output makes inside it is kept centred after every change of size
    (x11_child_windows: VLC 3 left it at its first offset, out of sight)."""

    painted_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if has_native_windows():  # offscreen Qt gives the keyboard to every native window shown, even a child
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        _fill_black(self)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._align_again = QTimer(self)
        self._align_again.setSingleShot(True)
        self._align_again.setInterval(ALIGN_AGAIN_MS)
        self._align_again.timeout.connect(self._center_vlc_window)

    def paintEvent(self, event: QPaintEvent) -> None:  # the black background is already filled
        self.painted_over.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.painted_over.emit()
        self.align_vlc_window()

    def align_vlc_window(self) -> None:
        """VLC's own window (XCB output) back in the middle now and once more after VLC had time to answer."""
        if QGuiApplication.platformName() != "xcb" or not self.internalWinId():
            return
        self._center_vlc_window()
        self._align_again.start()

    def _center_vlc_window(self) -> None:
        if self.internalWinId():
            center_children(int(self.internalWinId()))


class PictureBox(QWidget):
    """Black around the picture: the video surface is kept at the recording's shape and centred, so VLC draws
    edge to edge and the bars are Qt's, whichever output VLC uses (its XCB output does not clear its own bars
    after a resize: old pixels of other widgets stayed there). Without a known shape the surface fills the box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface = VideoSurface(self)
        self.picture: tuple[int, int] | None = None
        _fill_black(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    def fit(self, picture: tuple[int, int] | None) -> None:
        self.picture = picture if picture and picture[0] > 0 and picture[1] > 0 else None
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        if self.picture is None:
            self.surface.setGeometry(0, 0, w, h)
            return
        pw, ph = self.picture
        # the height first, then the width VLC gives the picture at that height (both rounded down, as VLC does):
        # VLC's own window (XCB output) then fills the surface exactly; a row or column it left free showed
        # whatever was on screen there before
        shown_h = max(1, min(h, w * ph // pw))
        shown_w = max(1, shown_h * pw // ph)
        self.surface.setGeometry((w - shown_w) // 2, (h - shown_h) // 2, shown_w, shown_h)


class AudioView(QWidget):
    """For recordings without a picture: the whole waveform with the playhead, and the time in large type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: WaveformTiles | None = None
        self.duration_ms = 0
        self.position_ms = 0
        self.title = ""
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def set_waveform(self, tiles: WaveformTiles | None) -> None:
        self.tiles = tiles
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#111417"))
        width, height = self.width(), self.height()
        band_top, band_h = int(height * 0.25), int(height * 0.5)
        if self.tiles is not None and self.duration_ms > 0:
            ms_per_px = self.duration_ms / max(width, 1)
            self.tiles.paint(p, 0.0, ms_per_px, width, band_top, band_h)
            x = self.position_ms / ms_per_px
            p.fillRect(QRectF(0, band_top, x, band_h), QColor(255, 255, 255, 18))
            p.setPen(QPen(QColor("#ff5151"), 2))
            p.drawLine(int(x), band_top, int(x), band_top + band_h)
        p.setPen(QColor("#c9d1d9"))
        font = QFont(p.font())
        font.setPointSize(18)
        p.setFont(font)
        p.drawText(QRectF(0, band_top + band_h + 8, width, 40), Qt.AlignmentFlag.AlignCenter,
                   format_ms(self.position_ms))
        font.setPointSize(10)
        p.setFont(font)
        p.drawText(QRectF(0, 8, width, 24), Qt.AlignmentFlag.AlignCenter, self.title)
        p.end()


class PlayerView(QStackedWidget):
    """Switches between the video surface, the audio view and a message when nothing can be shown."""

    picture_lost = Signal()  # the shown video picture was painted over or resized: draw it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture_box = PictureBox(self)
        self.video = self.picture_box.surface
        self.video.painted_over.connect(self._video_painted_over)
        self.audio = AudioView(self)
        self.message = QLabel(self)
        self.message.setObjectName("playerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.addWidget(self.picture_box)
        self.addWidget(self.audio)
        self.addWidget(self.message)
        self.show_message(self.tr("Kies links een opname om te bekijken."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def lend_surface(self, player: Player) -> None:
        """VLC draws the picture into the video surface (where there are native windows; else it runs headless)."""
        if has_native_windows():
            player.set_output_window(int(self.video.winId()))

    def show_video(self) -> None:
        self.setCurrentWidget(self.picture_box)

    def fit_picture(self, picture: tuple[int, int] | None) -> None:
        """The loaded recording's picture size (width, height): the surface takes its shape."""
        self.picture_box.fit(picture)
        self.video.align_vlc_window()  # VLC made its window while the surface had the box's shape

    def show_audio(self, title: str, duration_ms: int) -> None:
        self.audio.title = title
        self.audio.duration_ms = duration_ms
        self.setCurrentWidget(self.audio)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def set_position(self, ms: int) -> None:
        if self.currentWidget() is self.audio:
            self.audio.set_position(ms)

    def set_waveform(self, tiles: WaveformTiles | None) -> None:
        self.audio.set_waveform(tiles)

    def clear(self, text: str) -> None:
        """Nothing of the last recording stays on screen: its waveform and title go, the message shows."""
        self.audio.set_waveform(None)
        self.audio.title, self.audio.duration_ms, self.audio.position_ms = "", 0, 0
        self.show_message(text)

    def _video_painted_over(self) -> None:
        if self.currentWidget() is self.picture_box:
            self.picture_lost.emit()


class PausedPicture(QObject):
    """Keeps the paused frame on screen: when the surface was painted over or resized while a video is
    paused, the player draws it again (libvlc will not), at most once per REDRAW_MS and after the cause."""

    def __init__(self, view: PlayerView, player: Player, paused_video: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.paused_video = paused_video
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self._redraw)
        view.picture_lost.connect(self._lost)

    def _lost(self) -> None:
        if not self.timer.isActive() and self.paused_video():
            self.timer.start()

    def _redraw(self) -> None:
        if not self.paused_video():
            return
        try:
            self.player.redraw()
        except Exception:  # a player that cannot redraw still plays
            log.info("repainting failed", exc_info=True)

    def stop(self) -> None:
        self.timer.stop()
