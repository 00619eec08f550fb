"""The learning lab through its services, on a real SQLite workspace and on the suite's PostgreSQL (as its
administrator; tests/services/test_lab_team.py connects as each team member under row-level security): sharing
needs the client's consent and the case's professional, a group member sees exactly the fragments shared with
the group (as a sealed clip of its own that plays and holds no plaintext on disk), the feedback thread, and
withdrawal or erasure taking the shares, feedback, clip files and keys at once."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.media.decoding import info_of
from kijkwijzer.services import audit, consent, fragments, lab, recordings, reflection
from kijkwijzer.store.models import Aandachtspunt, ContentKey, LabFeedback, LabShare
from tests.privacy.support import scan

from .lab_support import LabCase, make_lab_case, picture_at, plaintext

QUESTION = "Hoe had ik dit formulier eenvoudiger kunnen uitleggen?"


@pytest.fixture
def lab_case(ctx, test_video) -> LabCase:
    return make_lab_case(ctx, test_video)


@pytest.fixture
def shared(lab_case):
    return lab.share_fragment(lab_case.pro, lab_case.shared.id, lab_case.group.id, QUESTION)


def _clip_keys(ctx) -> list[str]:
    with ctx.store.read() as session:
        return list(session.scalars(select(ContentKey.id).where(ContentKey.id.like("clip:%"))))


def _rows(ctx, model) -> int:
    with ctx.store.read() as session:
        return len(session.scalars(select(model.id)).all())


def test_sharing_needs_the_clients_consent_and_the_cases_professional(ctx, test_video):
    case = make_lab_case(ctx, test_video, purposes=("recording", "analysis"))
    with pytest.raises(NotAllowed, match="delen in een leergroep"):
        lab.share_fragment(case.pro, case.shared.id, case.group.id)
    assert list(case.pro.workspace.clips_dir.iterdir()) == [] and _clip_keys(ctx) == []

    consent.grant(case.pro, case.made.conversation.id, "learning_group", date(2026, 11, 2))
    coach = case.made.acting_as(case.made.coach)  # named in the analysis consent, yet not the case's professional
    with pytest.raises(NotAllowed, match="eigen professional"):
        lab.share_fragment(coach, case.shared.id, case.group.id)
    with pytest.raises(NotFound):
        lab.share_fragment(case.pro, case.shared.id, case.group.id + 99)

    calls: list[tuple[int, int]] = []
    view = lab.share_fragment(case.pro, case.shared.id, case.group.id, QUESTION,
                              progress=lambda done, total: calls.append((done, total)))
    assert (view.title, view.group_name, view.question, view.mine) == ("Formulier uitleggen", "Leergroep Noord",
                                                                      QUESTION, True)
    assert view.duration_ms == 2000 and view.start_ms == 1000 and view.shared_by == "Sanne de Vries"
    assert calls and calls[-1][0] == calls[-1][1] and len(calls) > 10  # told while encoding, ends full
    with pytest.raises(BadInput, match="al gedeeld"):
        lab.share_fragment(case.pro, case.shared.id, case.group.id)
    with pytest.raises(BadInput, match="vervagen"):
        lab.share_fragment(case.pro, case.other.id, case.group.id, blur_faces=True)
    assert len(list(case.pro.workspace.clips_dir.iterdir())) == 1 and len(_clip_keys(ctx)) == 1


def test_a_group_member_sees_exactly_the_shared_fragment(lab_case, shared):
    member, outsider, pro = lab_case.member, lab_case.outsider, lab_case.pro
    seen = lab.shares_for_me(member)
    assert [(s.id, s.fragment_id, s.question, s.mine) for s in seen] == [(shared.id, lab_case.shared.id, QUESTION,
                                                                           False)]
    # not the recording, not the other fragment, not even the shared one through the review's services
    for refused in (lambda: recordings.open_recording(member, lab_case.recording.id),
                    lambda: recordings.media_source(member, lab_case.recording.id),
                    lambda: fragments.get(member, lab_case.other.id),
                    lambda: fragments.get(member, lab_case.shared.id),
                    lambda: fragments.list_for_recording(member, lab_case.recording.id),
                    lambda: lab.shares_of_recording(member, lab_case.recording.id)):
        with pytest.raises((NotAllowed, NotFound)):
            refused()
    assert lab.clip_source(member, shared.id).key != recordings.media_source(pro, lab_case.recording.id).key

    assert lab.shares_for_me(outsider) == []  # a learning-group reviewer outside the group sees nothing
    for refused in (lambda: lab.clip_source(outsider, shared.id), lambda: lab.feedback_thread(outsider, shared.id),
                    lambda: lab.add_feedback(outsider, shared.id, "top", "Mooi")):
        with pytest.raises(NotFound):
            refused()
    assert [s.id for s in lab.shares_for_me(pro)] == [shared.id] and lab.shares_for_me(pro)[0].mine
    assert [s.id for s in lab.shares_of_recording(pro, lab_case.recording.id)] == [shared.id]
    with pytest.raises(NotAllowed):  # the coach annotates the recording, but the sharing is the professional's
        lab.shares_of_recording(lab_case.made.acting_as(lab_case.made.coach), lab_case.recording.id)
    with pytest.raises(NotAllowed):
        lab.unshare(member, shared.id)
    with pytest.raises(NotAllowed):
        lab.update_question(member, shared.id, "Iets anders")
    assert lab.update_question(pro, shared.id, "Wat zien jullie?").question == "Wat zien jullie?"


def test_the_clip_plays_the_fragment_and_holds_no_plaintext_on_disk(lab_case, shared):
    source = lab.clip_source(lab_case.member, shared.id)
    assert source.sealed and source.path.parent == lab_case.pro.workspace.clips_dir
    assert abs(info_of(source).duration_ms - 2000) <= 80  # the fragment, cut to the frame, not to a key frame
    first = picture_at(source)
    recording = recordings.media_source(lab_case.pro, lab_case.recording.id)
    at_start, later = picture_at(recording, 1000), picture_at(recording, 2500)
    assert np.abs(first - at_start).mean() < np.abs(first - later).mean() / 3  # it starts where the fragment does

    clip = plaintext(source)
    middle = len(clip) // 2
    blocks = {"clip head (4 KiB)": clip[:4096], "clip middle (4 KiB)": clip[middle:middle + 4096],
              "clip tail (4 KiB)": clip[-4096:]}
    assert all(block not in source.path.read_bytes() for block in blocks.values())
    assert scan(lab_case.pro.workspace.root, blocks) == []  # nowhere in the workspace either
    entries = [e for e in audit.list_entries(lab_case.pro) if e.action == "lab.clip_view"]
    assert [e.object_id for e in entries] == [shared.id]  # who watched is in the audit log


def test_the_feedback_thread_and_own_feedback_only(lab_case, shared):
    member, pro = lab_case.member, lab_case.pro
    top = lab.add_feedback(member, shared.id, "top", "Je vroeg door naar de brief.", "thema.raakmomenten")
    tip = lab.add_feedback(pro, shared.id, "tip", "Ik had eerst moeten vragen wat hij al wist.")
    thread = lab.feedback_thread(member, shared.id)
    assert [(f.id, f.kind, f.reviewer_name, f.mine) for f in thread] == [(top.id, "top", "Lid Noord", True),
                                                                        (tip.id, "tip", "Sanne de Vries", False)]
    assert thread[0].theme_id == "thema.raakmomenten" and lab.shares_for_me(member)[0].feedback_count == 2
    with pytest.raises(BadInput):
        lab.add_feedback(member, shared.id, "compliment", "Goed")
    with pytest.raises(BadInput, match="Onbekend thema"):
        lab.add_feedback(member, shared.id, "tip", "Meer stilte", "thema.bestaat_niet")
    with pytest.raises(BadInput):
        lab.add_feedback(member, shared.id, "tip", "   ")
    with pytest.raises(NotAllowed):
        lab.update_feedback(member, tip.id, text="overschreven")
    with pytest.raises(NotAllowed):
        lab.delete_feedback(member, tip.id)
    with pytest.raises(NotAllowed):
        lab.update_feedback(pro, top.id, kind="tip")
    changed = lab.update_feedback(member, top.id, text="Je vroeg goed door.", theme_id=None)
    assert (changed.text, changed.theme_id, changed.kind) == ("Je vroeg goed door.", None, "top")
    lab.delete_feedback(member, top.id)
    assert [f.id for f in lab.feedback_thread(pro, shared.id)] == [tip.id]


def test_feedback_becomes_an_aandachtspunt_of_the_professional(lab_case, shared):
    tip = lab.add_feedback(lab_case.member, shared.id, "tip", "Vraag eerst wat de cliënt al weet.", "thema.feedback")
    session = reflection.start_reflection(lab_case.pro, lab_case.made.conversation.id, date(2026, 11, 9))
    with pytest.raises(NotAllowed):
        lab.feedback_to_aandachtspunt(lab_case.member, tip.id, session.id)
    point = lab.feedback_to_aandachtspunt(lab_case.pro, tip.id, session.id)
    assert (point.text, point.theme_id, point.fragment_ids) == ("Vraag eerst wat de cliënt al weet.",
                                                               "thema.feedback", (lab_case.shared.id,))
    assert lab.feedback_thread(lab_case.pro, shared.id)[0].aandachtspunt_id == point.id
    with pytest.raises(BadInput, match="al aandachtspunt"):
        lab.feedback_to_aandachtspunt(lab_case.pro, tip.id, session.id)


def test_withdrawing_the_learning_group_consent_unshares_at_once(ctx, lab_case, shared):
    lab.add_feedback(lab_case.member, shared.id, "top", "Rustig tempo.")
    tip = lab.add_feedback(lab_case.pro, shared.id, "tip", "Korter formuleren.")
    session = reflection.start_reflection(lab_case.pro, lab_case.made.conversation.id, date(2026, 11, 9))
    point = lab.feedback_to_aandachtspunt(lab_case.pro, tip.id, session.id)
    clip = lab.clip_source(lab_case.member, shared.id).path
    assert clip.is_file() and len(_clip_keys(ctx)) == 1

    sharing = lab_case.made.consents["learning_group"]
    report = consent.withdraw(lab_case.pro, sharing.id)

    assert (report.lab_shares, report.lab_feedback, report.recordings) == (1, 2, 0)
    assert "  lab_shares: 1" in report.lines() and report.files_erased == 1
    assert not clip.exists() and list(ctx.workspace.clips_dir.iterdir()) == []
    assert _clip_keys(ctx) == [] and _rows(ctx, LabShare) == 0 and _rows(ctx, LabFeedback) == 0
    assert lab.shares_for_me(lab_case.member) == []
    with pytest.raises(NotFound):
        lab.clip_source(lab_case.member, shared.id)
    with ctx.store.read() as db:  # the professional's own learning point stays, without the link
        assert db.get(Aandachtspunt, point.id).from_feedback_id is None
    assert recordings.open_recording(lab_case.pro, lab_case.recording.id).available  # the recording stays
    with pytest.raises(NotAllowed, match="delen in een leergroep"):
        lab.share_fragment(lab_case.pro, lab_case.shared.id, lab_case.group.id)


def test_erasing_the_recording_or_the_fragment_takes_the_shares(ctx, lab_case, shared):
    other = lab.share_fragment(lab_case.pro, lab_case.other.id, lab_case.group.id)
    lab.add_feedback(lab_case.member, other.id, "top", "Mooie stilte.")
    other_clip = lab.clip_source(lab_case.pro, other.id).path
    fragments.delete_fragment(lab_case.pro, lab_case.other.id)
    assert not other_clip.exists() and len(_clip_keys(ctx)) == 1
    assert [s.id for s in lab.shares_for_me(lab_case.member)] == [shared.id]

    clip = lab.clip_source(lab_case.pro, shared.id).path
    report = recordings.remove_recording(lab_case.pro, lab_case.recording.id)
    assert (report.recordings, report.lab_shares, report.fragments) == (1, 1, 1)
    assert not clip.exists() and _clip_keys(ctx) == [] and _rows(ctx, LabShare) == 0
    assert lab.shares_for_me(lab_case.member) == []


def test_unsharing_erases_the_clip_feedback_and_key(ctx, lab_case, shared):
    lab.add_feedback(lab_case.member, shared.id, "top", "Goed gedaan.")
    clip = lab.clip_source(lab_case.pro, shared.id).path
    lab.unshare(lab_case.pro, shared.id)
    assert not clip.exists() and _clip_keys(ctx) == [] and _rows(ctx, LabFeedback) == 0
    assert lab.shares_for_me(lab_case.member) == [] and lab.shares_for_me(lab_case.pro) == []
    again = lab.share_fragment(lab_case.pro, lab_case.shared.id, lab_case.group.id)  # and can be shared anew
    assert again.feedback_count == 0 and len(_clip_keys(ctx)) == 1


def test_the_leerlab_hears_every_change_of_the_lab(lab_case):
    from kijkwijzer.services.topics import Area, Topic

    heard = []
    lab_case.pro.bus.subscribe(Area.LAB, lambda event: heard.append((event.topic, event.object_id, event.scope_id)))
    share = lab.share_fragment(lab_case.pro, lab_case.shared.id, lab_case.group.id)
    top = lab.add_feedback(lab_case.member, share.id, "top", "Goed gevraagd.")
    lab.update_question(lab_case.pro, share.id, "Wat valt op?")
    consent.withdraw(lab_case.pro, lab_case.made.consents["learning_group"].id)
    recording = lab_case.recording.id
    assert heard == [(Topic.LAB_SHARE_CHANGED, share.id, recording), (Topic.LAB_FEEDBACK_CHANGED, top.id, share.id),
                     (Topic.LAB_SHARE_CHANGED, share.id, recording), (Topic.LAB_SHARE_CHANGED, share.id, recording)]
