"""The transport bar under the player: buttons bound to the review actions, time, rate, marks and volume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from kijkwijzer.domain.timecode import format_ms

from .playback import Playback

ICONS = {
    "go_start": QStyle.StandardPixmap.SP_MediaSkipBackward,
    "back_5s": QStyle.StandardPixmap.SP_MediaSeekBackward,
    "play_pause": QStyle.StandardPixmap.SP_MediaPlay,
    "forward_5s": QStyle.StandardPixmap.SP_MediaSeekForward,
    "go_end": QStyle.StandardPixmap.SP_MediaSkipForward,
    "mute": QStyle.StandardPixmap.SP_MediaVolume,
}
BUTTONS = ("go_start", "back_5s", "prev_frame", "play_pause", "next_frame", "forward_5s", "go_end")
MARK_BUTTONS = ("mark_in", "mark_out", "loop")
LABELS = {"prev_frame": "◀|", "next_frame": "|▶", "mark_in": "I", "mark_out": "O", "loop": "⟲"}


class Transport(QWidget):
    def __init__(self, playback: Playback, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transport")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.playback = playback
        self.actions_by_name = actions
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in BUTTONS:
            layout.addWidget(self._button(name))
        layout.addSpacing(8)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.time = QLabel(self)
        self.time.setObjectName("timeDisplay")
        self.time.setFont(mono)
        self.time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.time)
        self.rate = QLabel(self)
        self.rate.setObjectName("rateDisplay")
        self.rate.setToolTip(self.tr("Afspeelsnelheid: J langzamer, K normaal en pauze, L sneller"))
        layout.addWidget(self.rate)
        layout.addStretch(1)
        for name in MARK_BUTTONS:
            layout.addWidget(self._button(name))
        self.marks = QLabel(self)
        self.marks.setObjectName("marksDisplay")
        self.marks.setFont(mono)
        layout.addWidget(self.marks)
        layout.addSpacing(8)
        layout.addWidget(self._button("mute"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(90)
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume.setToolTip(self.tr("Volume (Ctrl+Omhoog / Ctrl+Omlaag)"))
        self.volume.valueChanged.connect(self._volume_moved)
        layout.addWidget(self.volume)

        playback.position_changed.connect(self.show_time)
        playback.playing_changed.connect(self.show_playing)
        playback.rate_changed.connect(self.show_rate)
        playback.marks_changed.connect(self.show_marks)
        playback.volume_changed.connect(self.show_volume)
        self.show_time(0)
        self.show_rate(1.0)
        self.show_marks(None, None)
        self.show_playing(False)

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"transport_{name}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        action = self.actions_by_name.get(name)
        if action is not None:
            # the button follows its action: icon and short text live on the action (menus show them too)
            if name in ICONS:
                action.setIcon(self.style().standardIcon(ICONS[name]))
            else:
                action.setIconText(LABELS.get(name, name))
            button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if name in ICONS
                                  else Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons[name] = button
        return button

    def show_time(self, ms: int) -> None:
        self.time.setText(f"{format_ms(ms)} / {format_ms(self.playback.duration_ms)}")

    def show_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self._set_icon("play_pause", icon)

    def show_rate(self, rate: float) -> None:
        self.rate.setText(f"{rate:g}×")

    def show_marks(self, mark_in: object, mark_out: object) -> None:
        if mark_in is None and mark_out is None:
            self.marks.setText("")
            return
        begin = format_ms(int(mark_in)) if mark_in is not None else "…"  # type: ignore[arg-type]
        end = format_ms(int(mark_out)) if mark_out is not None else "…"  # type: ignore[arg-type]
        self.marks.setText(f"{begin} – {end}")

    def show_volume(self, percent: int, muted: bool) -> None:
        self.volume.blockSignals(True)
        self.volume.setValue(percent)
        self.volume.blockSignals(False)
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self._set_icon("mute", icon)
        mute = self.actions_by_name.get("mute")
        if mute is not None and mute.isChecked() != muted:
            mute.blockSignals(True)
            mute.setChecked(muted)
            mute.blockSignals(False)

    def _set_icon(self, name: str, icon: QStyle.StandardPixmap) -> None:
        action = self.actions_by_name.get(name)
        if action is not None:
            action.setIcon(self.style().standardIcon(icon))

    def _volume_moved(self, value: int) -> None:
        self.playback.set_volume(value)
