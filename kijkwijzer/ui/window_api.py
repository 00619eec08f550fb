"""The main window as its helpers see it (`Workbench`), and a view beside the review as the window sees it
(`Panel`). Panels, menus and actions are typed against these small protocols, never against MainWindow, so
none of them imports the window back; what else a helper needs (the review, the werkmap, a dock's widget)
it is handed when the window builds it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow

from kijkwijzer.services.context import Context
from kijkwijzer.services.recordings import RecordingView

from .chosen_reviewer import ChosenReviewer
from .docks import Docks


class Panel(Protocol):
    """A view that acts as the chosen reviewer and reports in the status bar: the window subscribes its
    `set_ctx` to `ChosenReviewer.changed` and its `message` to the status bar."""

    @property
    def message(self) -> SignalInstance: ...  # (str) one line for the status bar

    def set_ctx(self, ctx: Context) -> None: ...


class Workbench(Protocol):
    """What panels, menus and actions ask of the window."""

    @property
    def chosen(self) -> ChosenReviewer: ...  # who acts ("Ik annoteer als") and its one `changed` signal

    @property
    def ctx(self) -> Context: ...  # the same as chosen.ctx

    @property
    def docks(self) -> Docks: ...  # the fixed docks and the panels opened from the menus

    @property
    def widget(self) -> QMainWindow: ...  # the window itself: the parent of dialogs and docks

    def show_message(self, text: str) -> None: ...

    def open_recording(self, recording_id: int) -> bool: ...

    def open_moment(self, recording_id: int, ms: int) -> None: ...  # its recording opened if needed, then there

    def current_recording(self) -> RecordingView | None: ...  # the one open in the review

    def current_conversation(self) -> int | None: ...  # chosen in the werkmap, else that of the open recording

    def current_case(self) -> int | None: ...  # chosen in the werkmap (or what is under it), else the open one's
