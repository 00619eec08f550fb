"""The Werkmap on a workspace of years (issue 16 part 3), at a size a test can build in seconds with the bench's own
generator (bench/big_workspace.populate): 30 cases, 60 recordings, 3,000 annotations (150 on one). It shows every case with its
right counts from a few aggregate queries (no annotation row is read), keeps cases closed until opened, and
opening a case with the keyboard shows its conversations and recordings with their annotation counts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import event

from bench.big_workspace import populate
from kijkwijzer.services import annotations, cases, recordings
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE, OPEN_ALL_CASES

pytestmark = pytest.mark.gui

CASES, RECORDINGS, ANNOTATIONS = 30, 60, 3000
BIGGEST = ANNOTATIONS // 20  # the generator gives one recording this many annotations


@pytest.fixture
def big(tmp_path):
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "groot")
    populate(ctx, CASES, RECORDINGS, ANNOTATIONS, biggest_annotations=BIGGEST, report=lambda _text: None,
             video_seconds=20)
    yield ctx
    ctx.store.dispose()


def _truth(ctx) -> dict[int, dict[int, int]]:
    """Per case: recording id -> its number of annotations, read the long way through the services."""
    found: dict[int, dict[int, int]] = {}
    for case in cases.list_cases(ctx):
        found[case.id] = {rec.id: len(annotations.list_for_recording(ctx, rec.id))
                          for conv in cases.list_conversations(ctx, case.id)
                          for rec in recordings.list_recordings(ctx, conv.id)}
    return found


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _items(browser, kind: str) -> list:
    return [it for it in browser._items() if it.data(0, KIND_ROLE) == kind]


def test_the_werkmap_counts_by_aggregates_and_reads_a_case_when_it_is_opened(qtbot, big):
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    assert CASES > OPEN_ALL_CASES  # big enough for the Werkmap to keep its cases closed
    truth = _truth(big)
    assert sum(sum(per.values()) for per in truth.values()) == ANNOTATIONS
    window = open_main_window(qtbot, big, FakePlayer())
    browser = window.browser
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many) -> None:
        statements.append(statement.lower())

    event.listen(big.store.engine, "before_cursor_execute", seen)
    try:
        browser.refresh()
    finally:
        event.remove(big.store.engine, "before_cursor_execute", seen)
    # a handful of queries whatever the size, and not one of them reads annotation rows: they are counted
    assert len(statements) <= 10, statements
    about_annotations = [s for s in statements if "annotations" in s]
    assert about_annotations and all("count(" in s for s in about_annotations), about_annotations
    assert not _items(browser, "recording")  # closed cases: their recordings are not read

    shown = {int(it.data(0, ID_ROLE)): it for it in _items(browser, "case")}
    assert set(shown) == set(truth)
    for case_id, per_recording in truth.items():
        assert _numbers(shown[case_id].text(1)) == [len(per_recording), sum(per_recording.values())]

    case_id = max(truth, key=lambda c: max(truth[c].values()))  # the case with the biggest recording
    case_item = shown[case_id]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1: the Werkmap to the front
    qtbot.waitUntil(browser.isVisible, timeout=3000)
    browser.scrollToItem(case_item)
    rect = browser.visualItemRect(case_item)
    branch = QPoint(rect.left() - browser.indentation() // 2, rect.center().y())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=branch)  # the user opens the case
    qtbot.waitUntil(lambda: case_item.isExpanded() and case_item.childCount() > 0, timeout=3000)
    listed = {int(it.data(0, ID_ROLE)): it for it in _items(browser, "recording")}
    assert set(listed) == set(truth[case_id])
    for recording_id, count in truth[case_id].items():
        assert _numbers(listed[recording_id].text(1)) == [count]
    assert BIGGEST in truth[case_id].values()
    window.close()
