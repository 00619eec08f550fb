"""Where the recording is seen: VLC's picture in a native child window, or the waveform for audio only."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from kijkwijzer.domain.timecode import format_ms

from .waveform_tiles import WaveformTiles


class VideoSurface(QWidget):
    """A native window VLC draws into (winId -> player.set_output_window). Qt never paints over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def sizeHint(self) -> QSize:
        return QSize(960, 540)


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video = VideoSurface(self)
        self.audio = AudioView(self)
        self.message = QLabel(self)
        self.message.setObjectName("playerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.addWidget(self.video)
        self.addWidget(self.audio)
        self.addWidget(self.message)
        self.show_message(self.tr("Kies links een opname om te bekijken."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def window_id(self) -> int:
        return int(self.video.winId())

    def show_video(self) -> None:
        self.setCurrentWidget(self.video)

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
