"""Opening the Gespreksverloop panel of the open recording as a dock, acting as the chosen reviewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kijkwijzer.services.context import Context

from .flow_host import FlowHost
from .flow_panel import FlowPanel

if TYPE_CHECKING:
    from ..review.review_view import ReviewView
    from ..window_api import Workbench


def dock_key(recording_id: int) -> str:
    return f"flow:{recording_id}"


def open_flow_panel(window: Workbench, review: ReviewView) -> QWidget | None:
    recording = review.recording
    if recording is None:
        window.show_message(QCoreApplication.translate("FlowDock", "Open eerst een opname."))
        return None
    recording_id, name = recording.id, recording.original_name
    host = FlowHost(window, review)

    def make(ctx: Context) -> FlowPanel:
        panel = FlowPanel(ctx, recording_id, host)
        panel.message.connect(window.show_message)
        return panel

    title = QCoreApplication.translate("FlowDock", "Gespreksverloop – {name}").format(name=name)
    return window.docks.open(dock_key(recording_id), title, make)
