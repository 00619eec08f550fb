"""The series view per case: the feedback scores over time as a chart, the themes per conversation and the
thread of aandachtspunten. For the main window: `SeriesView(ctx, case_id, parent)`."""

from .chart import ScoreChart, Series
from .series_view import SeriesView

__all__ = ["ScoreChart", "Series", "SeriesView"]
