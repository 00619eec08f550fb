"""Fixtures for the exchange tests: a recording row in the case of `case_setup`."""

from __future__ import annotations

import pytest

from tests.support.rows import add_recording_row


@pytest.fixture
def recording_id(case_setup) -> int:
    return add_recording_row(case_setup["ctx"], case_setup["conversation"].id)
