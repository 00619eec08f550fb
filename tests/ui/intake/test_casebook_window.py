"""The casebook from an empty workspace in the window: Bestand > "Casusboek van 004 laden" loads it on a worker
thread behind a progress bar, the cases appear in the werkmap, and a case's written account opens in the review
without playing anything: the video area says so, the transcript, the annotations and the fragments work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from kijkwijzer.content import casebook as casebook_content
from kijkwijzer.services import cases, recordings

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "casebook_example"


@pytest.fixture
def example_casebook(monkeypatch):
    """The engine's own example case, so the window test does not depend on content/casebook's 13 files."""
    monkeypatch.setattr(casebook_content, "CASEBOOK_DIR", EXAMPLE)


def _load(qtbot, window):
    seen: list[tuple[int, int]] = []
    loader = window.intake.load_casebook(ask=False)
    loader._progress.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: loader.result is not None, timeout=20_000)
    return loader, seen


def test_the_casebook_loads_from_an_empty_workspace_into_the_werkmap(qtbot, empty_window, example_casebook):
    action = empty_window.actions_by_name["load_casebook"]
    assert action.text().startswith("Casusboek van 004 laden (13 verhalen uit de spreekkamer)")
    file_menu = next(m for m in empty_window.menuBar().findChildren(QMenu) if action in m.actions())
    assert file_menu.title().replace("&", "") == "Bestand"
    assert cases.list_cases(empty_window.ctx) == []
    loader, seen = _load(qtbot, empty_window)
    assert loader.result.cases == 1 and loader.dialog is None  # the progress bar is gone again
    assert seen and seen[-1][0] == seen[-1][1]
    [case] = cases.list_cases(empty_window.ctx)
    assert case.title == "Twaalf jaar in een uitkering"
    qtbot.waitUntil(lambda: "Twaalf jaar in een uitkering" in _werkmap_texts(empty_window), timeout=3000)


def test_loading_twice_says_it_is_there_already(qtbot, empty_window, example_casebook, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _load(qtbot, empty_window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    loader, _seen = _load(qtbot, empty_window)
    assert isinstance(loader.result, Exception) and "al in deze werkmap" in said[0]


def test_a_written_account_opens_without_playing(qtbot, empty_window, example_casebook):
    _load(qtbot, empty_window)
    [case] = cases.list_cases(empty_window.ctx)
    [conv] = cases.list_conversations(empty_window.ctx, case.id)
    [rec] = recordings.list_recordings(empty_window.ctx, conv.id)
    assert empty_window.open_recording(rec.id)
    review = empty_window.review
    shown = review.player_view.currentWidget()
    assert shown is review.player_view.message
    assert shown.text().startswith("Tekstverslag uit het casusboek: geen beeld of geluid")
    assert review.player.source is None  # nothing was handed to the player
    qtbot.waitUntil(lambda: empty_window.transcript.model.rowCount() == 4, timeout=3000)
    assert not empty_window.transcript_dock.visibleRegion().isEmpty()  # the account is what there is to read
    assert len(review.model.annotations) == 1
    qtbot.waitUntil(lambda: _fragment_count(empty_window) == 1, timeout=3000)
    review.select(review.model.annotations.at(0).id)
    messages: list[str] = []
    review.message.connect(messages.append)
    review.annotate.add_still()
    assert any("geen beeld" in m for m in messages)


def _werkmap_texts(window) -> str:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    out: list[str] = []
    found = QTreeWidgetItemIterator(window.browser)
    while found.value():
        out.append(found.value().text(0))
        found += 1
    return "\n".join(out)


def _fragment_count(window) -> int:
    return window.playlists.pool.count()
