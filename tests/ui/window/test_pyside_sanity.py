"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and crashes the workbench
within seconds ("deallocating None"); pyproject pins below it. This guards against that coming back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_eat_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.setMinimumWidth(10)
    assert sys.getrefcount(None) - before > -100
