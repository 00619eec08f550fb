"""'Waar sta ik': per case its conversations in order, and per conversation which steps of the cycle are
done (consent, recording, annotations by whom, fragments, client interview, reflection, aandachtspunten,
follow-up in a later conversation), plus the first step still to do. Read only, in one session, with a
fixed number of queries however many conversations the case has.

`CycleStep.detail` is short language-neutral data (names, counts); the window words it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from kijkwijzer.domain.feedback import PointState, on_checklist
from kijkwijzer.domain.vocabulary import PURPOSES
from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    Annotation,
    ClientReaction,
    Consent,
    FeedbackScore,
    Fragment,
    Playlist,
    Recording,
    Reviewer,
)

from .aandachtspunten import require_case
from .access import in_force
from .cases import CaseEventView, CaseView, ConversationView, case_events, conversation_views, get_case
from .context import Context
from .reflection_coverage import reflections_covering

STEP_KEYS = ("consent", "recording", "annotations", "fragments", "client_interview", "reflection",
             "aandachtspunten", "followup")


@dataclass(frozen=True)
class CycleStep:
    key: str  # one of STEP_KEYS
    done: bool
    count: int
    detail: str = ""
    available: bool = True  # False when it cannot be done yet (no recording, no consent for it, no points)


@dataclass(frozen=True)
class ConversationCycle:
    conversation: ConversationView
    steps: tuple[CycleStep, ...]
    consent_purposes: tuple[str, ...]  # purposes with a consent in force, in PURPOSES order
    annotators: tuple[tuple[str, int], ...]  # (reviewer name, annotations), most first
    recording_ids: tuple[int, ...]
    playlist_ids: tuple[int, ...]
    reflection_ids: tuple[int, ...]
    open_points: int  # aandachtspunten raised here that are still open
    followed_up_points: int  # aandachtspunten raised here that a later conversation followed up
    checklist_points: int = 0  # open points of earlier conversations to check in this one
    checked_points: int = 0  # of those, followed up in this one
    leerpunten: int = 0  # leerpunten on their own from the reflections that end here

    def step(self, key: str) -> CycleStep:
        return next(s for s in self.steps if s.key == key)


@dataclass(frozen=True)
class CaseCycle:
    case: CaseView
    conversations: tuple[ConversationCycle, ...]
    events: tuple[CaseEventView, ...]
    next_step: tuple[int, str] | None  # (conversation id, step key) of the first step not done yet


def _counts(session, query) -> dict[int, int]:
    return {key: int(n) for key, n in session.execute(query)}


def case_cycle(ctx: Context, case_id: int) -> CaseCycle:
    """For the case's professional and the reviewers named in a consent of one of its conversations."""
    with ctx.store.read() as session:
        require_case(session, ctx.actor, case_id)
        conversations = conversation_views(session, case_id)
        ids = [c.id for c in conversations]
        purposes: dict[int, set[str]] = defaultdict(set)
        for conv_id, purpose in session.execute(select(Consent.conversation_id, Consent.purpose)
                                                .where(Consent.conversation_id.in_(ids), in_force())):
            purposes[conv_id].add(purpose)
        recordings: dict[int, list[int]] = defaultdict(list)
        for rec_id, conv_id in session.execute(select(Recording.id, Recording.conversation_id)
                                               .where(Recording.conversation_id.in_(ids)).order_by(Recording.id)):
            recordings[conv_id].append(rec_id)
        of_case = Recording.conversation_id.in_(ids)
        annotators: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for conv_id, name, n in session.execute(
                select(Recording.conversation_id, Reviewer.name, func.count(Annotation.id))
                .join(Recording, Recording.id == Annotation.recording_id)
                .join(Reviewer, Reviewer.id == Annotation.reviewer_id).where(of_case)
                .group_by(Recording.conversation_id, Reviewer.id, Reviewer.name)):
            annotators[conv_id].append((name, int(n)))
        fragments = _counts(session, select(Recording.conversation_id, func.count(Fragment.id))
                            .join(Recording, Recording.id == Fragment.recording_id).where(of_case)
                            .group_by(Recording.conversation_id))
        reactions = _counts(session, select(Recording.conversation_id, func.count(ClientReaction.id))
                            .join(Fragment, Fragment.id == ClientReaction.fragment_id)
                            .join(Recording, Recording.id == Fragment.recording_id).where(of_case)
                            .group_by(Recording.conversation_id))
        scores = _counts(session, select(FeedbackScore.conversation_id, func.count(FeedbackScore.id))
                         .where(FeedbackScore.conversation_id.in_(ids)).group_by(FeedbackScore.conversation_id))
        playlists: dict[int, list[int]] = defaultdict(list)
        for pl_id, conv_id in session.execute(select(Playlist.id, Recording.conversation_id)
                                              .join(Recording, Recording.id == Playlist.recording_id)
                                              .where(of_case).order_by(Playlist.id)):
            playlists[conv_id].append(pl_id)
        reflections = reflections_covering(session, ids)  # a reflection covering two conversations counts for both
        points = list(session.execute(select(Aandachtspunt.id, Aandachtspunt.conversation_id, Aandachtspunt.status,
                                             Aandachtspunt.kind)
                                      .where(Aandachtspunt.case_id == case_id).order_by(Aandachtspunt.id)))
        # reflections that yielded points: they count for every conversation they cover, while their points are
        # kept with the latest one (004 case 2: one reflection on conversations 1 and 2)
        yielding = set(session.scalars(select(Aandachtspunt.reflection_id).where(
            Aandachtspunt.case_id == case_id, Aandachtspunt.reflection_id.is_not(None))))
        followed: dict[int, set[int]] = defaultdict(set)  # point id -> conversations that followed it up
        for point_id, conv_id in session.execute(
                select(AandachtspuntFollowup.aandachtspunt_id, AandachtspuntFollowup.conversation_id)
                .join(Aandachtspunt, Aandachtspunt.id == AandachtspuntFollowup.aandachtspunt_id)
                .where(Aandachtspunt.case_id == case_id)):
            followed[point_id].add(conv_id)
        events = tuple(case_events(session, case_id))
    sequence = {c.id: c.sequence for c in conversations}
    states = [(PointState(pid, sequence.get(origin, 0) if origin else 0, status,
                          tuple(sorted(sequence[c] for c in followed[pid] if c in sequence)), kind), origin)
              for pid, origin, status, kind in points]
    out = []
    for conv in conversations:
        learned = sum(1 for state, origin in states if origin == conv.id and state.kind == "leerpunt")
        mine = [(state, origin) for state, origin in states if origin == conv.id and state.kind != "leerpunt"]
        checklist = [state for state, _origin in states if on_checklist(state, conv.sequence)]
        out.append(_conversation(
            conv, tuple(p for p in PURPOSES if p in purposes[conv.id]), tuple(recordings[conv.id]),
            tuple(sorted(annotators[conv.id], key=lambda a: (-a[1], a[0]))), fragments.get(conv.id, 0),
            tuple(playlists[conv.id]), reactions.get(conv.id, 0), scores.get(conv.id, 0),
            tuple(reflections.get(conv.id, ())),
            open_points=sum(1 for state, _o in mine if state.status == "open"), raised=len(mine),
            followed_up=sum(1 for state, _o in mine if state.followed_up_in),
            checklist=(len(checklist), sum(1 for s in checklist if conv.sequence in s.followed_up_in)),
            leerpunten=learned, covered_points=bool(yielding & set(reflections.get(conv.id, ())))))
    next_step = next(((c.conversation.id, s.key) for c in out for s in c.steps if s.available and not s.done), None)
    return CaseCycle(get_case(ctx, case_id), tuple(out), events, next_step)


def _conversation(conv: ConversationView, purposes: tuple[str, ...], recording_ids: tuple[int, ...],
                  annotators: tuple[tuple[str, int], ...], fragments: int, playlist_ids: tuple[int, ...],
                  reactions: int, scores: int, reflection_ids: tuple[int, ...], *, open_points: int, raised: int,
                  followed_up: int, checklist: tuple[int, int], leerpunten: int = 0,
                  covered_points: bool = False) -> ConversationCycle:
    recorded = bool(recording_ids)
    analysable = recorded and "analysis" in purposes  # the same gate as access.require_analysis
    annotations = sum(n for _name, n in annotators)
    steps = (
        CycleStep("consent", "recording" in purposes, len(purposes), ",".join(purposes)),
        CycleStep("recording", recorded, len(recording_ids), "", recorded or "recording" in purposes),
        CycleStep("annotations", annotations > 0, annotations,
                  ", ".join(f"{name} ({n})" for name, n in annotators), analysable),
        CycleStep("fragments", fragments > 0, fragments, f"playlists={len(playlist_ids)}", analysable),
        CycleStep("client_interview", reactions + scores > 0, reactions + scores,
                  f"reactions={reactions} scores={scores}", "client_interview" in purposes),
        CycleStep("reflection", bool(reflection_ids), len(reflection_ids), "", analysable or bool(reflection_ids)),
        CycleStep("aandachtspunten", raised + leerpunten > 0 or covered_points, raised,
                  f"open={open_points} leerpunten={leerpunten}", bool(reflection_ids) or raised + leerpunten > 0),
        CycleStep("followup", raised > 0 and followed_up == raised, followed_up, f"{followed_up}/{raised}", raised > 0),
    )
    return ConversationCycle(conv, steps, purposes, annotators, recording_ids, playlist_ids, reflection_ids,
                             open_points, followed_up, *checklist, leerpunten)
