"""Fixtures of the learning-lab window tests (a plugin, see tests/conftest.py): a SQLite workspace built through
the services (tests/services/lab_support.py: the professional's recording with two fragments, consent to share in
a learning group, a group with the member "Lid Noord" and "Buiten Groep" outside it), one fragment shared with a
question, and the main window on it acting as the professional or as the group member; clips and the review
are played by FakePlayers (what is played is not the subject here, the clip service's own tests play it)."""

from __future__ import annotations

import pytest

QUESTION = "Hoe had ik dit formulier eenvoudiger kunnen uitleggen?"


@pytest.fixture
def lab_setup(tmp_path, test_video):
    from types import SimpleNamespace

    from kijkwijzer.services import lab
    from tests.services.lab_support import make_lab_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    case = make_lab_case(ctx, test_video)
    share = lab.share_fragment(case.pro, case.shared.id, case.group.id, QUESTION)
    yield SimpleNamespace(ctx=ctx, case=case, share=share, pro=case.pro, member=case.member, outsider=case.outsider,
                          recording=case.recording, member_id=case.made.reviewers["Lid Noord"].id,
                          pro_reviewer_id=case.made.reviewer.id, conversation=case.made.conversation)
    ctx.store.dispose()


def open_lab_window(qtbot, ctx, reviewer_id: int, recording_id: int | None = None):
    """The main window acting as `reviewer_id`, the clips played by a FakePlayer."""
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    win = open_main_window(qtbot, ctx, FakePlayer())
    win.lab.player_factory = FakePlayer
    win.select_reviewer(reviewer_id)
    if recording_id is not None:
        assert win.open_recording(recording_id)
    return win


@pytest.fixture
def member_window(qtbot, lab_setup):
    """The window acting as the group's member (no cases of their own): they land in the Leerlab."""
    win = open_lab_window(qtbot, lab_setup.ctx, lab_setup.member_id)
    yield win
    win.close()
    win.deleteLater()


@pytest.fixture
def pro_window(qtbot, lab_setup):
    """The window acting as the case's professional, the shared fragment's recording open."""
    win = open_lab_window(qtbot, lab_setup.ctx, lab_setup.pro_reviewer_id, lab_setup.recording.id)
    yield win
    win.close()
    win.deleteLater()
