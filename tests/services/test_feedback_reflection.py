"""The cycle through the services: client reactions (consent-gated), hypothesis against experience,
the two feedback scores, the reflection conversation with its aandachtspunten, follow-up and the series line."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    audit,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    recordings,
    reflection,
    series,
)
from kijkwijzer.services.context import Actor

MARKER = "ANNOTATIE-7Q4Z alleen voor kijkers"
DAY = date(2026, 11, 2)


def _as(ctx, reviewer):
    return ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))


@pytest.fixture
def cycle(case_setup, test_video):
    """Conversation 1 recorded; the coach annotated a moment of emotion; two fragments: one of that
    annotation, one of a span nobody annotated."""
    ctx = case_setup["ctx"]
    conv = case_setup["conversation"]
    rec = recordings.import_recording(ctx, conv.id, test_video)
    note = annotations.add(_as(ctx, case_setup["coach"]), AnnotationDraft(
        rec.id, 1000, 2500, themes=("thema.raakmomenten",), observation=MARKER))
    annotated = fragments.from_annotation(ctx, note.id)
    unannotated = fragments.from_span(ctx, rec.id, 4000, 5500, "Einde")
    return {**case_setup, "recording": rec, "note": note, "annotated": annotated, "unannotated": unannotated}


def _grant_interview(ctx, conversation_id):
    consent.grant(ctx, conversation_id, "client_interview", DAY)


def _next_conversation(ctx, case_id, held_on, test_video, interview=True):
    conv = cases.add_conversation(ctx, case_id, held_on, goal="Vervolg")
    purposes = ("recording", "analysis", "client_interview") if interview else ("recording", "analysis")
    for purpose in purposes:
        consent.grant(ctx, conv.id, purpose, held_on)
    return conv, recordings.import_recording(ctx, conv.id, test_video)


def test_without_interview_consent_nothing_of_the_client_is_recorded(cycle):
    ctx, conv = cycle["ctx"], cycle["conversation"]
    playlist = fragments.create_playlist(ctx, cycle["recording"].id, "client_interview",
                                         fragment_ids=(cycle["annotated"].id,))
    with pytest.raises(NotAllowed) as raised:
        client_feedback.open_interview(ctx, playlist.id)
    assert "cliëntinterview" in raised.value.nl and "client interview" in raised.value.en
    with pytest.raises(NotAllowed):
        client_feedback.record_reaction(ctx, cycle["annotated"].id, words="Ik voelde me niet gehoord")
    with pytest.raises(NotAllowed):
        client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", 6)
    assert client_feedback.scores(ctx, conv.id) == []
    _grant_interview(ctx, conv.id)
    assert client_feedback.record_reaction(ctx, cycle["annotated"].id, words="Nu wel").words == "Nu wel"


def test_interview_view_carries_video_only_and_is_audited(cycle):
    ctx = cycle["ctx"]
    _grant_interview(ctx, cycle["conversation"].id)
    researcher = people.add_reviewer(ctx, "Cliëntonderzoeker Lies", "client_researcher")
    consent.grant(ctx, cycle["conversation"].id, "analysis", DAY, reviewer_ids=(cycle["coach"].id, researcher.id))
    as_researcher = _as(ctx, researcher)
    playlist = fragments.create_playlist(ctx, cycle["recording"].id, "client_interview", MARKER,
                                         (cycle["unannotated"].id, cycle["annotated"].id))
    client_feedback.record_reaction(as_researcher, cycle["annotated"].id, "Daar werd ik verdrietig",
                                    "Verdrietig, maar ze zag het", "Fijn dat ze het vroeg")
    view = client_feedback.open_interview(as_researcher, playlist.id)
    assert [(i.number, i.fragment_id) for i in view.items] == [(1, cycle["unannotated"].id), (2, cycle["annotated"].id)]
    assert view.items[1].reaction.feeling == "Verdrietig, maar ze zag het" and view.items[0].reaction is None
    assert view.media_path.is_file()
    assert MARKER not in repr(view) and "Einde" not in repr(view)
    opened = [r for r in audit.list_entries(ctx) if r.action == "client_interview.open"]
    assert len(opened) == 1 and "Lies" in opened[0].actor
    stranger = people.add_reviewer(ctx, "Niet genoemd", "client_researcher")
    with pytest.raises(NotAllowed):
        client_feedback.open_interview(_as(ctx, stranger), playlist.id)


def test_hypothesis_against_experience(cycle):
    ctx = cycle["ctx"]
    _grant_interview(ctx, cycle["conversation"].id)
    annotated, unannotated = cycle["annotated"], cycle["unannotated"]
    fragments.create_playlist(ctx, cycle["recording"].id, "client_interview", fragment_ids=(annotated.id, unannotated.id))
    with pytest.raises(BadInput):
        client_feedback.mark(ctx, annotated.id, "match")  # no reaction yet
    client_feedback.record_reaction(ctx, annotated.id, words="Daar werd ik emotioneel")
    client_feedback.record_reaction(ctx, unannotated.id, words="Hier dacht ik: ze luistert niet")
    rows = {r.fragment.id: r for r in client_feedback.compare(ctx, cycle["recording"].id)}
    assert [a.observation for a in rows[annotated.id].annotations] == [MARKER]
    assert rows[annotated.id].suggested is None
    assert rows[unannotated.id].annotations == () and rows[unannotated.id].suggested == "client_only"
    client_feedback.mark(ctx, annotated.id, "match")
    client_feedback.mark(ctx, unannotated.id, "client_only", "Niemand zag dit")
    rows = {r.fragment.id: r for r in client_feedback.compare(ctx, cycle["recording"].id)}
    assert rows[annotated.id].mark == "match" and rows[unannotated.id].reaction.comparison_note == "Niemand zag dit"
    with pytest.raises(BadInput):
        client_feedback.mark(ctx, annotated.id, "misschien")
    # A second reaction replaces the first: one reaction per fragment.
    client_feedback.record_reaction(ctx, annotated.id, words="Toch anders")
    assert client_feedback.get_reaction(ctx, annotated.id).words == "Toch anders"


def test_two_feedback_questions_as_scores_with_the_clients_words(cycle):
    ctx, conv = cycle["ctx"], cycle["conversation"]
    _grant_interview(ctx, conv.id)
    with pytest.raises(BadInput):
        client_feedback.record_score(ctx, conv.id, "feedback.onbekend", 5)
    with pytest.raises(BadInput) as raised:
        client_feedback.record_score(ctx, conv.id, "feedback.doel", 11)
    assert "1-10" in raised.value.nl
    client_feedback.record_score(ctx, conv.id, "feedback.doel", 4, "We praten in rondjes")
    client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", 5)
    client_feedback.record_score(ctx, conv.id, "feedback.doel", 5, "Iets beter dan gedacht")
    got = client_feedback.scores(ctx, conv.id)
    assert [(s.question_id, s.score, s.words) for s in got] == [
        ("feedback.werkrelatie", 5, ""), ("feedback.doel", 5, "Iets beter dan gedacht")]


def test_reflection_agenda_questions_and_aandachtspunten(cycle, test_video):
    ctx = cycle["ctx"]
    _grant_interview(ctx, cycle["conversation"].id)
    annotated, unannotated = cycle["annotated"], cycle["unannotated"]
    client_feedback.record_reaction(ctx, annotated.id, words="Daar werd ik emotioneel")
    playlist = fragments.create_playlist(ctx, cycle["recording"].id, "reflection",
                                         fragment_ids=(unannotated.id, annotated.id))
    coach = _as(ctx, cycle["coach"])
    refl = reflection.start_reflection(coach, cycle["conversation"].id, date(2026, 11, 9), playlist_id=playlist.id)
    assert [i.fragment.id for i in refl.items] == [unannotated.id, annotated.id]
    item = refl.items[1]
    theme = ctx.content.theme("thema.raakmomenten")
    assert item.themes == ("thema.raakmomenten",)
    assert theme.key_question in [q.text for q in item.questions]
    assert all(q in [x.text for x in item.questions] for q in theme.reflection_questions)
    assert item.reaction.words == "Daar werd ik emotioneel" and item.annotations[0].observation == MARKER
    assert refl.items[0].questions == () and refl.items[0].reaction is None
    refl = reflection.note_item(coach, refl.id, annotated.id, notes="Emotie niet benoemd",
                                tips="Benoem wat je ziet: 'dit raakt je'")
    assert refl.items[1].tips == "Benoem wat je ziet: 'dit raakt je'"
    point = aandachtspunten.add_aandachtspunt(coach, refl.id, "Doorvragen naar gevoel", "thema.beleving",
                                              (annotated.id,))
    assert (point.theme_id, point.fragment_ids, point.status, point.from_sequence) == (
        "thema.beleving", (annotated.id,), "open", 1)
    assert [p.id for p in reflection.get_reflection(ctx, refl.id).aandachtspunten] == [point.id]
    with pytest.raises(BadInput):
        aandachtspunten.add_aandachtspunt(coach, refl.id, "Iets", "thema.bestaat_niet")
    _, rec2 = _next_conversation(ctx, cycle["case"].id, date(2026, 11, 23), test_video)
    later = fragments.from_span(ctx, rec2.id, 0, 1000)
    with pytest.raises(BadInput):
        reflection.add_to_agenda(ctx, refl.id, later.id)
    stranger = people.add_reviewer(ctx, "Niet genoemd", "colleague")
    with pytest.raises(NotAllowed):
        reflection.get_reflection(_as(ctx, stranger), refl.id)


def test_follow_up_in_the_next_conversation_then_leerpunt(cycle, test_video):
    ctx = cycle["ctx"]
    case_id = cycle["case"].id
    refl = reflection.start_reflection(ctx, cycle["conversation"].id, date(2026, 11, 9),
                                       fragment_ids=(cycle["annotated"].id,))
    tried = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Open vraag stellen en dan stil zijn", "thema.beurten")
    skipped = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Gezamenlijke agenda maken", "thema.agenda")
    conv2, rec2 = _next_conversation(ctx, case_id, date(2026, 11, 23), test_video)
    assert aandachtspunten.checklist(ctx, cycle["conversation"].id) == []
    entries = aandachtspunten.checklist(ctx, conv2.id)
    assert [(e.point.id, e.followup) for e in entries] == [(tried.id, None), (skipped.id, None)]
    shows_it = fragments.from_span(ctx, rec2.id, 2000, 4000, "Stilte laten vallen")
    with pytest.raises(BadInput):
        aandachtspunten.record_followup(ctx, tried.id, conv2.id, "ja", fragment_id=cycle["annotated"].id)
    with pytest.raises(BadInput):
        aandachtspunten.record_followup(ctx, tried.id, cycle["conversation"].id, "ja")
    with pytest.raises(BadInput):
        aandachtspunten.record_followup(ctx, tried.id, conv2.id, "misschien")
    aandachtspunten.record_followup(ctx, tried.id, conv2.id, "ja", "Cliënt vertelde uit zichzelf meer",
                                    shows_it.id)
    aandachtspunten.record_followup(ctx, skipped.id, conv2.id, "nee", "Kwam er niet aan toe")
    entries = aandachtspunten.checklist(ctx, conv2.id)
    assert entries[0].followup.fragment_id == shows_it.id and entries[0].followup.tried == "ja"
    closed = aandachtspunten.record_leerpunt(ctx, tried.id, "Stilte geeft de cliënt ruimte")
    assert closed.status == "closed" and closed.leerpunt == "Stilte geeft de cliënt ruimte"
    # The answers stay visible at conversation 2; at conversation 3 only what was not tried returns.
    assert [e.point.id for e in aandachtspunten.checklist(ctx, conv2.id)] == [tried.id, skipped.id]
    conv3, _ = _next_conversation(ctx, case_id, date(2026, 12, 14), test_video)
    assert [e.point.id for e in aandachtspunten.checklist(ctx, conv3.id)] == [skipped.id]
    actions = {r.action for r in audit.list_entries(ctx, object_type="aandachtspunt")}
    assert actions == {"aandachtspunt.add", "aandachtspunt.followup", "aandachtspunt.leerpunt"}
    # Clearing the leerpunt in the checklist opens the point again; it returns at the next conversation.
    reopened = aandachtspunten.record_leerpunt(ctx, tried.id, "  ")
    assert reopened.status == "open" and reopened.leerpunt == ""
    assert tried.id in [e.point.id for e in aandachtspunten.checklist(ctx, conv3.id)]


def test_series_shows_the_line_over_time(cycle, test_video):
    ctx = cycle["ctx"]
    case_id = cycle["case"].id
    conv1 = cycle["conversation"]
    _grant_interview(ctx, conv1.id)
    conv2, rec2 = _next_conversation(ctx, case_id, date(2026, 11, 23), test_video)
    conv3, _ = _next_conversation(ctx, case_id, date(2026, 12, 14), test_video)
    _next_conversation(ctx, case_id, date(2027, 1, 11), test_video, interview=False)
    for conv, relation, goal in ((conv1, 4, 3), (conv2, 6, 5), (conv3, 8, 8)):
        client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", relation)
        client_feedback.record_score(ctx, conv.id, "feedback.doel", goal, f"doel {goal}")
    annotations.add(ctx, AnnotationDraft(rec2.id, 500, themes=("thema.agenda", "thema.raakmomenten")))
    refl = reflection.start_reflection(ctx, conv1.id, date(2026, 11, 9))
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Agenda samen maken", "thema.agenda")
    aandachtspunten.record_followup(ctx, point.id, conv2.id, "deels", "Cliënt bracht één punt in")
    view = series.case_series(ctx, case_id)
    assert [c.sequence for c in view.conversations] == [1, 2, 3, 4]
    assert [[p.score for p in c.scores] for c in view.conversations] == [[4, 3], [6, 5], [8, 8], [None, None]]
    assert view.conversations[0].themes == (("thema.raakmomenten", 1),)
    assert dict(view.conversations[1].themes) == {"thema.agenda": 1, "thema.raakmomenten": 1}
    assert view.conversations[0].raised == (point.id,) and view.conversations[1].followed_up == ((point.id, "deels"),)
    assert [(q.question, q.line.direction) for q in view.lines] == [
        ("Begrijpen we elkaar beter?", "up"), ("Komen we dichter bij het doel?", "up")]
    assert [p.text for p in view.thread] == ["Agenda samen maken"]
