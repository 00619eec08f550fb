"""Reuse the UI suite's guards (isolated QSettings, no leaked windows or timers), plus a workspace with a
recorded conversation, a coach's annotation carrying a unique marker, fragments and a client-interview playlist."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from types import SimpleNamespace

import pytest

from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures, used by name

MARKER = "KIJKERSNOTITIE-9QX"


@pytest.fixture
def cycle_workspace(tmp_path, test_video):
    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services import annotations, cases, consent, fragments, people, recordings
    from kijkwijzer.services.context import Actor, open_context
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(tmp_path / "werkmap"))
    pro, pro_rev = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Joost Bakker", "coach")
    researcher = people.add_reviewer(ctx, "Lies Jansen", "client_researcher")
    client = people.add_client(ctx)
    case = cases.add_case(ctx, pro.id, client.id, "Werk en schulden")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Plan maken")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 2))
    consent.grant(ctx, conv.id, "analysis", date(2026, 11, 2), reviewer_ids=(coach.id, researcher.id))
    rec = recordings.import_recording(ctx, conv.id, test_video)
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    note = annotations.add(as_coach, AnnotationDraft(rec.id, 3000, 4000, themes=("thema.raakmomenten",),
                                                     observation=MARKER, quote=MARKER + " citaat"))
    first = fragments.from_span(as_coach, rec.id, 500, 1500, MARKER + " titel")
    second = fragments.from_annotation(as_coach, note.id)
    playlist = fragments.create_playlist(as_coach, rec.id, "client_interview", MARKER + " lijst",
                                         (first.id, second.id))
    yield SimpleNamespace(
        ctx=ctx, as_researcher=ctx.as_actor(Actor(researcher.id, researcher.name, researcher.role)),
        as_pro=ctx.as_actor(Actor(pro_rev.id, pro_rev.name, pro_rev.role)), case=case, conversation=conv,
        recording=rec, fragments=(first, second), playlist=playlist, grant_interview=lambda: consent.grant(
            ctx, conv.id, "client_interview", date(2026, 11, 5)))
    ctx.store.dispose()
