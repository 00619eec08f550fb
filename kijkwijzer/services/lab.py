"""The learning lab (leerlab, seed 004 lines ~107-109): a professional shares chosen fragments with a learning group,
with a question for the group; the group watches them and gives feedback (services/lab_feedback.py).

A share needs the client's consent for sharing in a learning group; only the case's own professional shares. Each
shared fragment is cut into its own clip (kijkwijzer/media/clips.py), sealed in the media folder's clips/ under a new
content key `clip:<sha256>` stored in the sharing transaction: a group plays the clip through that key and never
holds the key of the whole recording. Unsharing, and any erasure of the fragment (a withdrawal, retention, a removed
recording, an erased client), takes the share, its feedback, the clip file and its key (services/lab_erasure.py).
Who sees what: services/lab_access.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.domain.free_text import free_text
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.media.source import MediaSource
from kijkwijzer.store.models import ContentKey, Fragment, LabShare, LearningGroup, Recording

from . import audit, content_keys, erasure, lab_erasure
from .access import require_purpose, require_recording_access
from .context import Context
from .lab_access import (
    FEEDBACK_KINDS,
    FeedbackView,
    ShareView,
    load_share,
    require_owner,
    share_views,
    visible,
)
from .lab_feedback import (
    add_feedback,
    delete_feedback,
    feedback_thread,
    feedback_to_aandachtspunt,
    update_feedback,
)
from .recordings import text_only_refusal
from .topics import Change

__all__ = ["FEEDBACK_KINDS", "FeedbackView", "ShareView", "add_feedback", "can_blur_faces", "clip_source",
           "delete_feedback", "feedback_thread", "feedback_to_aandachtspunt", "share_fragment", "shares_for_me",
           "shares_of_recording", "unshare", "update_feedback", "update_question"]

Progress = Callable[[int, int], None]
SHARING = ("een fragment delen met een leergroep", "share a fragment with a learning group")


def can_blur_faces() -> bool:
    """Whether faces can be blurred in a clip: not in this version (it needs OpenCV's face detector)."""
    return False


def _question(question: str) -> str:
    return free_text(question or "", "Vraag", "Question").strip()


def _check_share(session: Session, ctx: Context, fragment_id: int, group_id: int) -> tuple[Fragment, Recording]:
    """The fragment and its recording, when this actor may share it with this group now."""
    fragment = session.get(Fragment, fragment_id)
    if fragment is None:
        raise NotFound(f"Fragment {fragment_id} bestaat niet.", f"Fragment {fragment_id} does not exist.")
    recording = require_recording_access(session, ctx.actor, fragment.recording_id)
    if recording.text_only:
        raise text_only_refusal("als videofragment delen met een leergroep", "share it as a clip with a learning group")
    erasure.require_case_professional(session, ctx.actor, recording.conversation_id, *SHARING)
    require_purpose(session, recording.conversation_id, "learning_group")
    group = session.get(LearningGroup, group_id)
    if group is None:
        raise NotFound(f"Leergroep {group_id} bestaat niet.", f"Learning group {group_id} does not exist.")
    if session.scalar(select(LabShare.id).where(LabShare.fragment_id == fragment_id, LabShare.group_id == group_id)):
        raise BadInput(f"Fragment {fragment_id} is al gedeeld met leergroep {group.name}.",
                       f"Fragment {fragment_id} is already shared with learning group {group.name}.")
    return fragment, recording


def share_fragment(ctx: Context, fragment_id: int, group_id: int, question: str = "", *, blur_faces: bool = False,
                   progress: Progress | None = None) -> ShareView:
    """Share a fragment with a learning group: only the case's professional, only with the client's consent for
    it; the fragment is cut into its own sealed clip (`progress(done_ms, total_ms)` while it is encoded), stored
    with its key and the share in one transaction. Nothing stays behind when any step fails."""
    question = _question(question)
    if blur_faces and not can_blur_faces():
        raise BadInput("Gezichten vervagen is in deze installatie niet beschikbaar; deel zonder vervagen.",
                       "Blurring faces is not available in this installation; share without blurring.")
    with ctx.store.read() as session:
        fragment, recording = _check_share(session, ctx, fragment_id, group_id)
        key_of_recording = content_keys.find(session, content_keys.media_key_id(recording.sha256))
        source = MediaSource(ctx.workspace.vault_dir / recording.vault_name, key_of_recording, recording.original_name)
        start_ms, end_ms = fragment.start_ms, fragment.end_ms
    # PyAV and numpy: loaded when a clip is cut, not when the window starts
    from kijkwijzer.media import clips

    key = new_key()
    held = clips.cut_clip(source, start_ms, end_ms, ctx.workspace.clips_dir, key, progress)
    try:
        with ctx.transaction() as session:
            fragment, recording = _check_share(session, ctx, fragment_id, group_id)  # consent may be gone meanwhile
            session.add(ContentKey(id=content_keys.clip_key_id(held.sha256), key=key))
            row = LabShare(fragment_id=fragment_id, group_id=group_id, question=question, clip_sha256=held.sha256,
                           clip_name=held.name, faces_blurred=False, shared_by=ctx.actor.reviewer_id)
            session.add(row)
            session.flush()
            view = share_views(session, ctx.actor, [row])[0]
            ctx.changed(session, Change.LAB_SHARE, row.id, detail=f"fragment {fragment_id}, group {group_id}",
                        scope_id=recording.id, view=view)
    except BaseException:
        held.discard()
        raise
    held.release()
    return view


def update_question(ctx: Context, share_id: int, question: str) -> ShareView:
    """The professional's question for the group, changed."""
    question = _question(question)
    with ctx.transaction() as session:
        row = load_share(session, ctx.actor, share_id)
        require_owner(session, ctx.actor, row, "de vraag aan de leergroep wijzigen",
                      "change the question for the group")
        row.question = question
        session.flush()
        view = share_views(session, ctx.actor, [row])[0]
        ctx.changed(session, Change.LAB_SHARE_QUESTION, row.id, scope_id=_recording_of(session, row), view=view)
        return view


def unshare(ctx: Context, share_id: int) -> None:
    """Stop sharing: the share with the group's feedback goes, and the clip file and its key are erased."""
    with ctx.transaction() as session:
        row = load_share(session, ctx.actor, share_id)
        require_owner(session, ctx.actor, row, "het delen stoppen", "stop sharing")
        recording_id = _recording_of(session, row)
        counts = lab_erasure.erase_shares(session, LabShare.id == share_id)
        lab_erasure.unshared_events(session)  # announced by the change itself
        ctx.changed(session, Change.LAB_UNSHARE, share_id, scope_id=recording_id,
                    detail=f"feedback {counts.get('lab_feedback', 0)}")
    erasure.finish_pending(ctx)


def _recording_of(session: Session, row: LabShare) -> int | None:
    return session.scalar(select(Fragment.recording_id).where(Fragment.id == row.fragment_id))


def shares_for_me(ctx: Context) -> list[ShareView]:
    """The Leerlab view: what was shared with my groups, and what I shared; newest first."""
    with ctx.store.read() as session:
        rows = list(session.scalars(select(LabShare).where(visible(session, ctx.actor))
                                    .order_by(LabShare.created_at.desc(), LabShare.id.desc())))
        return share_views(session, ctx.actor, rows)


def shares_of_recording(ctx: Context, recording_id: int) -> list[ShareView]:
    """The professional's shares of one recording's fragments (beside the annotations), in recording order."""
    with ctx.store.read() as session:
        recording = require_recording_access(session, ctx.actor, recording_id)
        erasure.require_case_professional(session, ctx.actor, recording.conversation_id,
                                          "de gedeelde fragmenten van een opname zien",
                                          "see the shared fragments of a recording")
        rows = list(session.scalars(select(LabShare).join(Fragment, Fragment.id == LabShare.fragment_id)
                                    .where(Fragment.recording_id == recording_id)
                                    .order_by(Fragment.start_ms, LabShare.id)))
        return share_views(session, ctx.actor, rows)


def clip_source(ctx: Context, share_id: int) -> MediaSource:
    """The sealed clip with its key, for the player: for the group and the professional. Every play is audited."""
    with ctx.transaction() as session:
        row = load_share(session, ctx.actor, share_id)
        key = content_keys.find(session, content_keys.clip_key_id(row.clip_sha256))
        title, name = share_views(session, ctx.actor, [row])[0].title, row.clip_name
        audit.record(session, ctx.actor, "lab.clip_view", "lab_share", share_id)
    path = ctx.workspace.clips_dir / Path(name).name  # a plain file name in clips/, never a path out of it
    if key is None or Path(name).name != name or not path.is_file():
        raise NotFound(f"Het fragment '{title}' is er niet (meer).", f"The fragment '{title}' is not there (any more).")
    return MediaSource(path, key, title)
