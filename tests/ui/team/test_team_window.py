"""Team mode in the window: a colleague's annotation (another workbench on the same PostgreSQL database) appears
in the open annotation list by itself; a lost connection is shown in the status bar and mends itself, and the
window then catches up with what the colleague did meanwhile."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from tests.support.listener_backend import allow_connections, end_listener, listeners

CONNECTED = "Teamdatabase: verbonden"
LOST = "Verbinding met de teamdatabase verbroken; opnieuw verbinden…"


def _shown(win) -> dict[int, object]:
    return {view.id: view for view in win.review.list.visible_views()}


def test_a_colleagues_annotation_appears_in_the_open_window(qtbot, team_window, team_setup):
    win = team_window
    assert win.team_link.label.text() == CONNECTED and win.team_link.label.isVisible()
    before = len(_shown(win))
    note = annotations.add(team_setup.colleague, AnnotationDraft(team_setup.recording.id, 2500,
                                                                 observation="gezien door een collega"))
    qtbot.waitUntil(lambda: note.id in _shown(win), timeout=5000)
    shown = _shown(win)[note.id]
    assert shown.observation == "gezien door een collega" and shown.reviewer_name == "Joost Bakker"
    assert len(_shown(win)) == before + 1
    annotations.delete(team_setup.colleague, note.id)  # a colleague's delete names only the id
    qtbot.waitUntil(lambda: note.id not in _shown(win), timeout=5000)


def test_a_lost_connection_is_shown_and_mends_itself(qtbot, team_window, team_setup):
    win = team_window
    states: list[tuple[str, str]] = []
    win.team_link.state_changed.connect(lambda state: states.append((state, win.team_link.label.text())))
    allow_connections(team_setup.ctx, False)  # the server refuses new logins for a while
    try:
        assert end_listener(team_setup.ctx) == 1
        qtbot.waitUntil(lambda: states == [("lost", LOST)], timeout=5000)
        assert win.team_link.label.text() == LOST
        # meanwhile the colleague (already connected) annotates: no one here hears of it
        missed = annotations.add(team_setup.colleague, AnnotationDraft(team_setup.recording.id, 3500,
                                                                       observation="terwijl de verbinding weg was"))
        qtbot.wait(700)
        assert missed.id not in _shown(win)
    finally:
        allow_connections(team_setup.ctx, True)
    qtbot.waitUntil(lambda: len(states) == 2, timeout=8000)
    assert states[1] == ("connected", CONNECTED)
    qtbot.waitUntil(lambda: missed.id in _shown(win), timeout=5000)  # caught up by the reload
    assert "hersteld" in win.statusBar().currentMessage()
    after = annotations.add(team_setup.colleague, AnnotationDraft(team_setup.recording.id, 4500,
                                                                  observation="weer live"))
    qtbot.waitUntil(lambda: after.id in _shown(win), timeout=5000)  # and live again


def test_closing_the_window_stops_listening(qtbot, team_window, team_setup):
    assert listeners(team_setup.ctx) == 1
    team_window.close()
    qtbot.waitUntil(lambda: listeners(team_setup.ctx) == 0, timeout=2000)
