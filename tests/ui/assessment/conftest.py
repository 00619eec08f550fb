"""Reuse the UI suite's guards (isolated QSettings, no leaked windows or timers) for these widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures, used by name
