"""Search across recordings in the window: the panel (search_panel.py) in a dock under the review, and what a hit
opens: its recording at its moment, with the annotation chosen for an annotation or a quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kijkwijzer.services.context import Context
from kijkwijzer.services.search import SearchHit

from .search_panel import SearchPanel

if TYPE_CHECKING:
    from ..review.review_view import ReviewView
    from ..window_api import Workbench

__all__ = ["SearchPanel", "open_search"]
PANEL_KEY = "search"
SEARCH_PANEL_HEIGHT = 300


def open_search(window: Workbench, review: ReviewView) -> SearchPanel | None:
    """Show the search panel (made on first use), the keyboard in its field. What is typed stays when the panel
    is made again for another reviewer (their search then shows only what they may open)."""
    typed = {"text": ""}

    def make(ctx: Context) -> SearchPanel:
        panel = SearchPanel(ctx, typed["text"])
        panel.text_changed.connect(lambda text: typed.__setitem__("text", text))
        panel.message.connect(window.show_message)
        panel.moment_requested.connect(lambda hit: open_hit(window, review, hit))
        return panel

    title = QCoreApplication.translate("SearchPanel", "Zoeken in alle opnamen")
    panel = window.docks.open(PANEL_KEY, title, make, height=SEARCH_PANEL_HEIGHT)
    if isinstance(panel, SearchPanel):
        panel.focus_field()
        return panel
    return None


def open_hit(window: Workbench, review: ReviewView, hit: SearchHit) -> None:
    """The hit's recording at its moment (client feedback: the start of its conversation's recording)."""
    if hit.recording_id is None:
        window.show_message(QCoreApplication.translate(
            "SearchPanel", "Bij dit gesprek is geen opname: de feedback van de cliënt staat bij het gesprek."))
        return
    window.open_moment(hit.recording_id, hit.time_ms or 0)
    current = window.current_recording()
    if current is not None and current.id == hit.recording_id and hit.kind in ("annotation", "quote"):
        review.select(hit.object_id)
