"""The series view per case: the feedback scores over time as a chart, the themes per conversation and the
thread of aandachtspunten. For the main window: `SeriesView(ctx, case_id, parent)`."""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "SeriesView": "series_view",
})
