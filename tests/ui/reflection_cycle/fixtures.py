"""Fixtures of the reflection-cycle tests (a plugin, see tests/conftest.py): `case_two`, 004 case 2 in small:
two recorded conversations of one case, a fragment in each, every consent given (the interview too), and no
reflection yet."""

from __future__ import annotations

from datetime import date

import pytest

FIRST, SECOND = date(2026, 11, 2), date(2026, 11, 23)


@pytest.fixture
def case_two(tmp_path, test_video):
    from types import SimpleNamespace

    from kijkwijzer.services import cases, consent, fragments, recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    made = build_case(ctx, coach="Joost Bakker", title="Ervaringsdeskundige", held_on=FIRST,
                      purposes=("recording", "analysis", "client_interview"))
    pro = made.as_pro
    conv1 = made.conversation
    conv2 = cases.add_conversation(pro, made.case.id, SECOND, goal="Vervolg")
    for purpose in ("recording", "analysis", "client_interview"):
        consent.grant(pro, conv2.id, purpose, SECOND)
    rec1 = recordings.import_recording(pro, conv1.id, test_video)
    rec2 = recordings.import_recording(pro, conv2.id, test_video)
    frag1 = fragments.from_span(pro, rec1.id, 500, 1500, "Vraag en zelf invullen")
    frag2 = fragments.from_span(pro, rec2.id, 2000, 3500, "Feiten in plaats van beleving")
    playlist = fragments.create_playlist(pro, rec1.id, "client_interview", "Voor de cliënt", (frag1.id,))
    yield SimpleNamespace(ctx=ctx, pro=pro, case=made.case, conv1=conv1, conv2=conv2, frag1=frag1, frag2=frag2,
                          playlist=playlist)
    ctx.store.dispose()
