"""The UI suite's shared fixtures (pytest-qt, offscreen). The guards every test here runs under (isolated
QSettings, no leaked top-level widgets or running timers) are the plugin tests/support/ui_guards.py; fixtures
of one area only are in tests/ui/<area>/fixtures.py (registered in tests/conftest.py).

- `review_workspace`: an encrypted SQLite workspace with a case, consent and the test video imported;
- `window`: the main window on it with the recording open, played by a FakePlayer (tests/support/
  fake_player.py): for tests of annotating, lists, panels and menus, where the playback engine is not the
  subject;
- `vlc_window`: the same window playing with real VLC (headless, --vout=dummy): for tests of playing, seeking,
  looping and what a media problem does;
- `cycle_workspace`: a recorded conversation one step further: a coach's annotation carrying MARKER, fragments
  and a client-interview playlist (the feedback and autosave areas);
- `workspace` (and so `ctx` and `case_setup`): SQLite only here. The widgets reach the database through the
  services, which tests/services, tests/exchange and tests/privacy run on SQLite and on PostgreSQL; what the
  window adds on a database server (team mode's listener and its status) is tested in tests/ui/team/.
"""

from __future__ import annotations

import pytest

import kijkwijzer.ui  # noqa: F401 - the ui package first, as the app imports it
from tests.support.cases import MARKER


@pytest.fixture
def workspace(tmp_path):
    """An encrypted SQLite workspace (a real WAL file), at the schema head: tests/conftest.py's `workspace`
    without its PostgreSQL variant (see the module docstring)."""
    from tests.support.workspaces import new_encrypted_workspace

    return new_encrypted_workspace(tmp_path / "werkmap")


@pytest.fixture
def review_workspace(tmp_path, test_video):
    """A real SQLite workspace built through the services: a professional, a coach, a client, a case,
    a conversation with consent to record and analyse, and the generated test video imported."""
    from types import SimpleNamespace

    from kijkwijzer.services import recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx, coach="Joost Bakker")
    recording = recordings.import_recording(ctx, made.conversation.id, test_video)
    yield SimpleNamespace(ctx=ctx, as_pro=made.as_pro, workspace=ctx.workspace, reviewer=made.reviewer,
                          coach=made.coach, conversation=made.conversation, recording=recording)
    ctx.store.dispose()


def open_main_window(qtbot, ctx, player, recording_id: int | None = None):
    """The main window as the app shows it, on `ctx`, with `player`; the recording open when given."""
    from PySide6.QtCore import QCoreApplication

    from kijkwijzer.ui.main_window import MainWindow

    win = MainWindow(ctx, player)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    QCoreApplication.processEvents()  # the default dock layout is applied right after the first show
    win.activateWindow()
    if recording_id is not None:
        assert win.open_recording(recording_id)
        win.review.focus_review()
    return win


@pytest.fixture
def window(qtbot, review_workspace):
    """The main window on the fixture workspace with the recording open, played by a FakePlayer."""
    from tests.support.fake_player import FakePlayer

    win = open_main_window(qtbot, review_workspace.ctx, FakePlayer(), review_workspace.recording.id)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def vlc_window(qtbot, review_workspace):
    """The main window on the fixture workspace with the recording open, VLC headless (--vout=dummy)."""
    from kijkwijzer.media.player_factory import create_player

    win = open_main_window(qtbot, review_workspace.ctx, create_player(headless=True), review_workspace.recording.id)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def cycle_workspace(tmp_path, test_video):
    """A plain (unencrypted) workspace with a recorded conversation, a coach's annotation carrying MARKER,
    two fragments and a client-interview playlist of them; a client-researcher named in the analysis consent."""
    from datetime import date
    from types import SimpleNamespace

    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services import annotations, consent, fragments, recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    made = build_case(ctx, coach="Joost Bakker", others=(("Lies Jansen", "client_researcher"),),
                      named_in_analysis=("Joost Bakker", "Lies Jansen"), title="Werk en schulden", reason="",
                      goal="Plan maken")
    conv = made.conversation
    rec = recordings.import_recording(ctx, conv.id, test_video)
    as_coach = made.acting_as(made.coach)
    note = annotations.add(as_coach, AnnotationDraft(rec.id, 3000, 4000, themes=("thema.raakmomenten",),
                                                     observation=MARKER, quote=MARKER + " citaat"))
    first = fragments.from_span(as_coach, rec.id, 500, 1500, MARKER + " titel")
    second = fragments.from_annotation(as_coach, note.id)
    playlist = fragments.create_playlist(as_coach, rec.id, "client_interview", MARKER + " lijst",
                                         (first.id, second.id))
    yield SimpleNamespace(
        ctx=ctx, as_researcher=made.acting_as(made.reviewers["Lies Jansen"]), as_pro=made.as_pro, case=made.case,
        conversation=conv, recording=rec, fragments=(first, second), playlist=playlist,
        grant_interview=lambda: consent.grant(ctx, conv.id, "client_interview", date(2026, 11, 5)))
    ctx.store.dispose()
