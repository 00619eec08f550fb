"""An ELAN import of hundreds of annotations into the recording the window shows: the list and the timeline take
them in as one burst (one pass over the rows), not one pass per annotation (5,000 took 43 s that way)."""

from __future__ import annotations

from kijkwijzer.services.exchange import eaf as exchange_eaf
from tests.exchange.elan_shapes import big_file


def test_an_import_reaches_the_open_review_as_one_burst(qtbot, window, review_workspace, tmp_path, monkeypatch):
    ws = review_workspace
    canvas = window.review.timeline.canvas
    rebuilds = []
    original = canvas._rebuild_model
    monkeypatch.setattr(canvas, "_rebuild_model", lambda *a: (rebuilds.append(1), original(*a)))
    path = big_file(tmp_path / "groot.eaf", 400, span_ms=ws.recording.duration_ms)

    result = exchange_eaf.import_eaf(ws.as_pro, ws.recording.id, path,
                                     tier_map={"utt@A": ws.reviewer.id, "utt@B": ws.coach.id}, past_end="afkappen")

    assert result.added == 400
    qtbot.waitUntil(lambda: window.review.list.proxy.rowCount() == 400, timeout=5000)
    assert all(canvas.model.extent(view.id) is not None for view in window.review.model.annotations)
    assert len(rebuilds) <= 2, f"the timeline was rebuilt {len(rebuilds)} times for one import"


def test_a_single_edit_still_shows_at_once(window, review_workspace):
    """Below the burst size nothing waits: a key press's annotation is in the list when the call returns."""
    from tests.support.qt_input import press

    window.review.playback.seek(1000)
    press(window, "1")
    assert window.review.list.proxy.rowCount() == 1
