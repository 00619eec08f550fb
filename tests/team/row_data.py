"""The rows of the row-level security matrix: two professionals' cases side by side, a coach named in one
analysis consent, a learning group with one shared fragment, a researcher named nowhere. Written by the
administrator (who is not subject to the policies); each row is named, with who may read it and who may change it.

Logins: anna (professional, case A), bert (professional, case B, also in the learning group), carl (coach named in
case A's analysis consent), lea (learning-group member only), rita (researcher, named nowhere).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    Annotation,
    AnnotationPillar,
    AnnotationTheme,
    Assessment,
    AssessmentAnswer,
    Case,
    CaseEvent,
    Client,
    ClientReaction,
    Consent,
    ConsentReviewer,
    ContentKey,
    Conversation,
    ConversationParticipant,
    FeedbackScore,
    Fragment,
    LabFeedback,
    LabShare,
    LearningGroup,
    LearningGroupMember,
    PendingErasure,
    Plan,
    PlanAction,
    PlanActionLink,
    Playlist,
    PlaylistItem,
    Recording,
    ReflectionConversation,
    ReflectionCoverage,
    ReflectionItem,
    Reviewer,
    SlimAnalysis,
    TranscriptCue,
)

EVERYONE = frozenset({"anna", "bert", "carl", "lea", "rita"})
A_ANALYSTS = frozenset({"anna", "carl"})
NOBODY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Row:
    name: str
    table: str
    where: str  # SQL condition naming exactly this row
    readers: frozenset[str]
    writers: frozenset[str]  # may UPDATE and DELETE it


def build(team) -> list[Row]:
    """Members added through team_members; the rest written by the administrator. Returns the named rows."""
    ids = {short: team.add_member(short, name, role) for short, name, role in (
        ("anna", "Anna de Vries", "professional"), ("bert", "Bert Bakker", "professional"),
        ("carl", "Carl Coach", "coach"), ("lea", "Lea Leergroep", "learning_group"),
        ("rita", "Rita Onderzoek", "researcher"))}
    rows: list[Row] = []
    with team.admin.store.transaction() as s:
        reviewers = {short: s.get(Reviewer, rid) for short, rid in ids.items()}
        pro = {short: reviewers[short].professional_id for short in ("anna", "bert")}

        def add(obj):
            s.add(obj)
            s.flush()
            return obj

        def row(name, table, where, readers, writers=NOBODY):
            rows.append(Row(name, table, where, frozenset(readers), frozenset(writers)))

        group = add(LearningGroup(name="Leerlab Noord"))
        for short in ("lea", "bert"):
            add(LearningGroupMember(group_id=group.id, reviewer_id=ids[short]))
        cases, convs, recs, frags = {}, {}, {}, {}
        for short, letter in (("anna", "a"), ("bert", "b")):
            client = add(Client(pseudonym=f"C-{letter.upper()}", created_by=ids[short]))
            case = add(Case(professional_id=pro[short], client_id=client.id, title=f"Casus {letter}"))
            conv = add(Conversation(case_id=case.id, held_on=date(2026, 11, 2)))
            rec = add(Recording(conversation_id=conv.id, sha256=letter * 64, original_name="x.mp4",
                                vault_name=f"{letter * 64}.mp4", size_bytes=1, duration_ms=60000, has_video=True,
                                has_audio=True))
            cases[short], convs[short], recs[short] = case, conv, rec
            analysts = A_ANALYSTS if short == "anna" else {"bert"}
            owner = {short}
            row(f"client {letter}", "clients", f"id = {client.id}", analysts, owner)
            row(f"case {letter}", "cases", f"id = {case.id}", analysts, owner)
            ev = add(CaseEvent(case_id=case.id, occurred_on=date(2026, 11, 1), text="gebeurtenis"))
            row(f"case event {letter}", "case_events", f"id = {ev.id}", analysts, owner)
            row(f"conversation {letter}", "conversations", f"id = {conv.id}", analysts, owner)
            part = add(ConversationParticipant(conversation_id=conv.id, role="interpreter"))
            row(f"participant {letter}", "conversation_participants", f"id = {part.id}", analysts, owner)
            row(f"recording {letter}", "recordings", f"id = {rec.id}", analysts, owner)
            analysis = add(Consent(conversation_id=conv.id, purpose="analysis", given_on=date(2026, 11, 2)))
            row(f"analysis consent {letter}", "consents", f"id = {analysis.id}", analysts, owner)
            if short == "anna":
                add(ConsentReviewer(consent_id=analysis.id, reviewer_id=ids["carl"]))
                row("consent names carl", "consent_reviewers",
                    f"consent_id = {analysis.id} AND reviewer_id = {ids['carl']}", analysts, owner)
                lab = add(Consent(conversation_id=conv.id, purpose="learning_group", given_on=date(2026, 11, 2),
                                  form_name="formulier-a.pdf"))
                row("learning-group consent a", "consents", f"id = {lab.id}", analysts, owner)
            cue = add(TranscriptCue(recording_id=rec.id, start_ms=0, end_ms=1000, text="goedemorgen"))
            row(f"cue {letter}", "transcript_cues", f"id = {cue.id}", analysts, analysts)
            ann = add(Annotation(recording_id=rec.id, reviewer_id=ids[short], start_ms=1000, observation="eigen"))
            add(AnnotationTheme(annotation_id=ann.id, theme_id="thema"))
            add(AnnotationPillar(annotation_id=ann.id, pillar_id="begrijpen"))
            row(f"annotation of {short}", "annotations", f"id = {ann.id}", analysts, owner)
            row(f"theme of {short}'s annotation", "annotation_themes", f"annotation_id = {ann.id}", analysts, owner)
            row(f"pillar of {short}'s annotation", "annotation_pillars", f"annotation_id = {ann.id}", analysts, owner)
            frag = add(Fragment(recording_id=rec.id, start_ms=1000, end_ms=5000, title=f"fragment {letter}"))
            frags[short] = frag
            row(f"fragment {letter}", "fragments", f"id = {frag.id}", analysts, analysts)
            point = add(Aandachtspunt(case_id=case.id, text="punt"))
            row(f"aandachtspunt {letter}", "aandachtspunten", f"id = {point.id}", analysts, analysts)
            assessment = add(Assessment(professional_id=pro[short], taken_on=date(2026, 11, 3)))
            add(AssessmentAnswer(assessment_id=assessment.id, statement_id="s1", value=3))
            plan = add(Plan(professional_id=pro[short], assessment_id=assessment.id))
            action = add(PlanAction(plan_id=plan.id, text="oefenen"))
            add(PlanActionLink(action_id=action.id, kind="fragment", target_id=frag.id))
            row(f"assessment of {short}", "assessments", f"id = {assessment.id}", owner, owner)
            row(f"answer of {short}", "assessment_answers", f"assessment_id = {assessment.id}", owner, owner)
            row(f"plan of {short}", "plans", f"id = {plan.id}", owner, owner)
            row(f"plan action of {short}", "plan_actions", f"id = {action.id}", owner, owner)
            row(f"plan link of {short}", "plan_action_links", f"action_id = {action.id}", owner, owner)
            add(ContentKey(id=f"media:{letter * 64}", key=bytes(32)))
            row(f"media key {letter}", "content_keys", f"id = 'media:{letter * 64}'", analysts, owner)
            add(ContentKey(id=f"client:{client.id}", key=bytes(32)))
            row(f"client key {letter}", "content_keys", f"id = 'client:{client.id}'", owner, owner)

        conv, rec, frag = convs["anna"], recs["anna"], frags["anna"]
        coach = add(Annotation(recording_id=rec.id, reviewer_id=ids["carl"], start_ms=2000, observation="coach"))
        add(AnnotationTheme(annotation_id=coach.id, theme_id="thema"))
        row("annotation of carl", "annotations", f"id = {coach.id}", A_ANALYSTS, {"carl"})
        row("theme of carl's annotation", "annotation_themes", f"annotation_id = {coach.id}", A_ANALYSTS, {"carl"})
        unshared = add(Fragment(recording_id=rec.id, start_ms=9000, end_ms=12000, title="niet gedeeld"))
        row("unshared fragment a", "fragments", f"id = {unshared.id}", A_ANALYSTS, A_ANALYSTS)
        # the shared fragment: the learning group (lea, bert) reads it too
        rows[:] = [r for r in rows if r.name != "fragment a"]
        row("shared fragment a", "fragments", f"id = {frag.id}", A_ANALYSTS | {"lea", "bert"}, A_ANALYSTS)
        playlist = add(Playlist(recording_id=rec.id, purpose="client_interview"))
        add(PlaylistItem(playlist_id=playlist.id, fragment_id=frag.id, position=0))
        row("playlist a", "playlists", f"id = {playlist.id}", A_ANALYSTS, A_ANALYSTS)
        row("playlist item a", "playlist_items", f"playlist_id = {playlist.id}", A_ANALYSTS, A_ANALYSTS)
        reaction = add(ClientReaction(fragment_id=frag.id, words="dat voelde goed"))
        row("client reaction a", "client_reactions", f"id = {reaction.id}", A_ANALYSTS, A_ANALYSTS)
        score = add(FeedbackScore(conversation_id=conv.id, question_id="q1", score=8))
        row("feedback score a", "feedback_scores", f"id = {score.id}", A_ANALYSTS, A_ANALYSTS)
        slim = add(SlimAnalysis(conversation_id=conv.id, reviewer_id=ids["carl"]))
        row("slim a", "slim_analyses", f"id = {slim.id}", A_ANALYSTS, A_ANALYSTS)
        reflection = add(ReflectionConversation(conversation_id=conv.id, held_on=date(2026, 11, 4)))
        item = add(ReflectionItem(reflection_id=reflection.id, fragment_id=frag.id, position=0))
        row("reflection a", "reflection_sessions", f"id = {reflection.id}", A_ANALYSTS, A_ANALYSTS)
        row("reflection item a", "reflection_items", f"id = {item.id}", A_ANALYSTS, A_ANALYSTS)
        add(ReflectionCoverage(reflection_id=reflection.id, conversation_id=conv.id))
        row("reflection coverage a", "reflection_coverage", f"session_id = {reflection.id}", A_ANALYSTS, A_ANALYSTS)
        point = s.query(Aandachtspunt).filter_by(case_id=cases["anna"].id).one()
        add(AandachtspuntFragment(aandachtspunt_id=point.id, fragment_id=frag.id))
        followup = add(AandachtspuntFollowup(aandachtspunt_id=point.id, conversation_id=conv.id, tried="yes"))
        row("aandachtspunt fragment a", "aandachtspunt_fragments", f"aandachtspunt_id = {point.id}", A_ANALYSTS,
            A_ANALYSTS)
        row("followup a", "aandachtspunt_followups", f"id = {followup.id}", A_ANALYSTS, A_ANALYSTS)
        add(ContentKey(id="form:formulier-a.pdf", key=bytes(32)))
        row("form key a", "content_keys", "id = 'form:formulier-a.pdf'", {"anna"}, {"anna"})
        share = add(LabShare(fragment_id=frag.id, group_id=group.id, question="Wat zien jullie?", clip_sha256="c" * 64,
                             clip_name=f"{'c' * 64}.mp4", faces_blurred=False, shared_by=ids["anna"]))
        lab = frozenset({"anna", "lea", "bert"})
        row("shared fragment", "lab_shares", f"id = {share.id}", lab, {"anna"})
        add(ContentKey(id=f"clip:{'c' * 64}", key=bytes(32)))
        row("clip key", "content_keys", f"id = 'clip:{'c' * 64}'", lab, {"anna"})
        for short in ("lea", "bert"):
            feedback = add(LabFeedback(share_id=share.id, reviewer_id=ids[short], kind="tip", text=f"tip van {short}"))
            row(f"feedback of {short}", "lab_feedback", f"id = {feedback.id}", lab, {short})
        pending = add(PendingErasure(area="vault", name="d" * 64))
        row("pending erasure", "pending_erasures", f"id = {pending.id}", EVERYONE, EVERYONE)
        for table in ("professionals", "reviewers", "learning_groups", "learning_group_members"):
            row(f"all of {table}", table, "true", EVERYONE, NOBODY)
    return rows
