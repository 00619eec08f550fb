"""SLIM analyses, the self-assessment, its evidence and the improvement plan, through the services."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed
from kijkwijzer.services import annotations, assessment, cases, consent, evidence, people, plan, slim
from kijkwijzer.services.context import Actor
from kijkwijzer.store.models import AuditEntry, SlimAnalysis

MATCH, PARTIAL, MISMATCH = "slim.oordeel.match", "slim.oordeel.gedeeltelijke_mismatch", "slim.oordeel.mismatch"


def _as(ctx, reviewer):
    return ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))


def _answers(ctx, default=4, **overrides):
    out = {s.id: default for s in ctx.content.statements}
    out.update({f"stelling.{k.replace('_', '.')}": v for k, v in overrides.items()})
    return out


# ---- SLIM ------------------------------------------------------------------------------------------------

def test_slim_per_phase_and_reviewer_with_suggested_verdict_stored_and_side_by_side(case_setup):
    ctx, conv, coach = case_setup["ctx"], case_setup["conversation"], case_setup["coach"]
    # Case 2 of 004 (box 004:552-567): first pedagogical (mismatch), then facilitating (match).
    first = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.pedagogisch"],
                     logica=["slim.logica.leren"], start_ms=0, end_ms=60_000, phase="eerste instantie",
                     dimensions={"slim.dimensie.micro_meso_macro": ["slim.niveau.micro"],
                                 "slim.dimensie.systeem_leefwereld": "slim.wereld.systeem"})
    later = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.faciliteren"],
                     logica=["slim.logica.kansen_bieden"], start_ms=60_000, end_ms=120_000, phase="na bijstelling")
    theirs = slim.add(_as(ctx, coach), conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan", "slim.zelfbeeld.wil_maar_kan_niet"],
                      rol=["slim.rol.pedagogisch"], logica=["slim.logica.leren"], start_ms=0, end_ms=60_000)
    assert (first.suggested_verdict, later.suggested_verdict, theirs.suggested_verdict) == (MISMATCH, MATCH, PARTIAL)
    assert "Aanwijzing: bij dit zelfbeeld past ‘Faciliteren’ en ‘Kansen bieden’." in first.reasoning_nl
    assert first.dimensions == {"slim.dimensie.micro_meso_macro": ("slim.niveau.micro",),
                                "slim.dimensie.systeem_leefwereld": ("slim.wereld.systeem",)}
    listed = slim.list_for_conversation(ctx, conv.id)
    assert [(v.start_ms, v.reviewer_name) for v in listed] == [(0, "Sanne de Vries"), (0, "Coach Ahmed"),
                                                                 (60_000, "Sanne de Vries")]
    assert [v.id for v in slim.list_for_conversation(ctx, conv.id, reviewer_id=coach.id)] == [theirs.id]
    with ctx.store.read() as session:
        assert session.get(SlimAnalysis, first.id).suggested_verdict == MISMATCH


def test_reviewer_confirms_or_overrides_with_a_note(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    view = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.andere_plannen"], rol=["slim.rol.co_creeren"],
                    logica=["slim.logica.ondernemen"])
    assert view.suggested_verdict == MATCH and view.verdict is None
    with pytest.raises(BadInput) as raised:
        slim.confirm(ctx, view.id, PARTIAL)
    assert "Licht toe" in raised.value.nl
    overridden = slim.confirm(ctx, view.id, PARTIAL, note="Sluit aan in de werkrelatie, maar geen gezamenlijk doel.")
    assert overridden.verdict == PARTIAL and overridden.overridden and overridden.final_verdict == PARTIAL
    accepted = slim.confirm(ctx, view.id)
    assert accepted.verdict == MATCH and not accepted.overridden and accepted.confirmed_at is not None
    changed = slim.update(ctx, view.id, rol=["slim.rol.pedagogisch"], logica=["slim.logica.leren"])
    assert changed.suggested_verdict == MISMATCH and changed.verdict is None  # stale confirmation reset
    with ctx.store.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.object_type == "slim_analysis")).all()
    assert actions == ["slim.add", "slim.confirm", "slim.confirm", "slim.update"]


def test_slim_refuses_wrong_lists_unknown_values_and_reviewers_outside_the_consent(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    with pytest.raises(BadInput):
        slim.add(ctx, conv.id, zelfbeeld=["slim.rol.faciliteren"])
    with pytest.raises(BadInput):
        slim.add(ctx, conv.id, dimensions={"slim.dimensie.micro_meso_macro": ["slim.wereld.systeem"]})
    with pytest.raises(BadInput):
        slim.add(ctx, conv.id, start_ms=5000, end_ms=1000)
    stranger = people.add_reviewer(ctx, "Onbekende collega", "colleague")
    with pytest.raises(NotAllowed):
        slim.add(_as(ctx, stranger), conv.id, zelfbeeld=["slim.zelfbeeld.opgegeven"])
    with pytest.raises(NotAllowed):
        slim.list_for_conversation(_as(ctx, stranger), conv.id)
    with ctx.store.read() as session:
        assert session.scalars(select(SlimAnalysis)).all() == []


# ---- assessment ----------------------------------------------------------------------------------------------

def test_taking_the_assessment_gives_step_3_with_the_seed_texts(case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    taken = assessment.take(ctx, pro.id, _answers(ctx, 5, begrijpen_3=2), date(2026, 11, 1))
    report = taken.step3
    assert report.pillars_with_room == ("pijler.begrijpen",) and not report.invite_choice
    begrijpen = report.pillars[0]
    assert begrijpen.question == "Begrijp ik jou en jouw situatie?"
    assert begrijpen.recommendation_intro.startswith("Als je bij pijler 1 één of meerdere keren")
    assert begrijpen.recommendations[0].text == "Check in het gesprek met de cliënt wat niet is besproken maar wel relevant is"
    assert len(begrijpen.recommendations) == 4 and len(begrijpen.tips) == 4
    assert "https://www.wrr.nl/publicaties/rapporten/2017/04/24/weten-is-nog-geen-doen" in begrijpen.tips[0].links
    assert [s.label for s in begrijpen.statements] == ["helemaal eens", "helemaal eens", "oneens", "helemaal eens"]
    assert report.pillars[1].recommendations == () and report.pillars[1].recommendation_intro == ""


def test_all_agree_brings_the_invitation_from_001(ctx):
    report = assessment.analyse_answers(ctx.content, _answers(ctx, 4, kunnen_3=3))
    assert report.invite_choice and report.pillars_with_room == ()
    assert report.invitation.startswith("Als je bij vrijwel alle pijlers ‘helemaal eens’ of ‘eens’ hebt aangekruist")


def test_incomplete_assessment_is_refused_and_the_assessment_is_private(case_setup):
    ctx, pro, coach = case_setup["ctx"], case_setup["professional"], case_setup["coach"]
    with pytest.raises(BadInput):
        assessment.take(ctx, pro.id, {"stelling.begrijpen.1": 4})
    assert assessment.list_for(ctx, pro.id) == []
    taken = assessment.take(ctx, pro.id, _answers(ctx))
    with pytest.raises(NotAllowed):
        assessment.get(_as(ctx, coach), taken.id)
    with pytest.raises(NotAllowed):
        assessment.take(_as(ctx, coach), pro.id, _answers(ctx))


def test_repeated_assessment_compared_statement_by_statement(case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    later = assessment.take(ctx, pro.id, _answers(ctx, 4, kunnen_2=2), date(2027, 3, 1))
    earlier = assessment.take(ctx, pro.id, _answers(ctx, 4, begrijpen_3=1, kunnen_2=2), date(2026, 11, 1))
    assert [a.taken_on for a in assessment.list_for(ctx, pro.id)] == [date(2026, 11, 1), date(2027, 3, 1)]
    result = assessment.compare(ctx, later.id, earlier.id)  # order of arguments does not matter
    assert (result.before_on, result.after_on) == (date(2026, 11, 1), date(2027, 3, 1))
    row = next(s for s in result.statements if s.statement_id == "stelling.begrijpen.3")
    assert (row.before, row.after, row.change) == (1, 4, "meer_eens") and row.text.startswith("Ik ontdek zelden")
    rooms = {p.pillar_id: (p.room_before, p.room_after) for p in result.pillars}
    assert rooms["pijler.begrijpen"] == (True, False) and rooms["pijler.kunnen"] == (True, True)


# ---- evidence and plan ------------------------------------------------------------------------------------------

@pytest.fixture
def annotated(case_setup, test_video):
    from kijkwijzer.services import fragments, recordings  # the media layer is needed only here

    ctx = case_setup["ctx"]
    rec = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    note = annotations.add(ctx, AnnotationDraft(rec.id, 1000, 3000, pillars=("pijler.begrijpen",),
                                                observation="Vraagt door naar de thuissituatie"))
    other = annotations.add(_as(ctx, case_setup["coach"]), AnnotationDraft(rec.id, 4000, pillars=("pijler.kunnen",),
                                                                          observation="Verwijst naar cliëntondersteuning"))
    return {"recording": rec, "note": note, "other": other, "fragment": fragments.from_annotation(ctx, note.id)}


def test_evidence_per_pillar_lists_annotated_moments_and_disappears_with_consent(case_setup, annotated):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    found = evidence.by_pillar(ctx, pro.id)
    assert list(found) == ["pijler.begrijpen", "pijler.willen", "pijler.kunnen"]
    item = found["pijler.begrijpen"][0]
    assert (item.annotation_id, item.start_ms, item.end_ms) == (annotated["note"].id, 1000, 3000)
    assert item.fragment_ids == (annotated["fragment"].id,) and item.client_pseudonym == case_setup["client"].pseudonym
    assert found["pijler.willen"] == () and found["pijler.kunnen"][0].reviewer_name == "Coach Ahmed"
    with pytest.raises(NotAllowed):
        evidence.by_pillar(_as(ctx, case_setup["coach"]), pro.id)
    analysis = next(c for c in consent.list_for_conversation(ctx, case_setup["conversation"].id) if c.purpose == "analysis")
    consent.withdraw(ctx, analysis.id)
    assert evidence.by_pillar(ctx, pro.id) == {"pijler.begrijpen": (), "pijler.willen": (), "pijler.kunnen": ()}


def test_plan_from_fragment_to_action_and_back_with_status_and_due_dates(case_setup, annotated):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    taken = assessment.take(ctx, pro.id, _answers(ctx, 5, begrijpen_3=2))
    made = plan.add_plan(ctx, pro.id, "Eerder uitvragen of de cliënt goed kan lezen", needed="Collega Femke, B1-check",
                         timeline="Voor de zomer", pillar_id="pijler.begrijpen", assessment_id=taken.id)
    action = plan.add_action(ctx, made.id, "Vraag in het eerste gesprek naar lezen en schrijven", who="ik",
                             due_on=date(2027, 1, 15), links=[("fragment", annotated["fragment"].id),
                                                              ("annotation", annotated["note"].id)])
    later = plan.add_action(ctx, made.id, "Huisbezoek met een collega", due_on=date(2027, 6, 1))
    assert action.pillar_id == "pijler.begrijpen"
    assert {(lk.kind, lk.target_id) for lk in action.links} == {("fragment", annotated["fragment"].id),
                                                                 ("annotation", annotated["note"].id)}
    assert [a.id for a in plan.actions_for(ctx, "fragment", annotated["fragment"].id)] == [action.id]
    assert [a.id for a in plan.due(ctx, pro.id, date(2027, 2, 1))] == [action.id]
    assert [a.id for a in plan.due(ctx, pro.id, date(2027, 6, 1))] == [action.id, later.id]
    finished = plan.done(ctx, action.id, note="Gedaan in gesprek 2", on=date(2027, 1, 14))
    assert finished.status == "gedaan" and finished.done_on == date(2027, 1, 14)
    assert [a.id for a in plan.due(ctx, pro.id, date(2027, 6, 1))] == [later.id]
    listed = plan.list_plans(ctx, pro.id)
    assert listed[0].needed == "Collega Femke, B1-check" and [a.status for a in listed[0].actions] == ["gedaan", "open"]
    with pytest.raises(NotAllowed):
        plan.list_plans(_as(ctx, case_setup["coach"]), pro.id)


def test_plan_links_only_to_the_professionals_own_evidence_and_drop_when_erased(case_setup, annotated):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    made = plan.add_plan(ctx, pro.id, "Meer geduld")
    other_pro, _ = people.add_professional(ctx, "Andere klantmanager")
    other_case = cases.add_case(ctx, other_pro.id, case_setup["client"].id, "Andere casus")
    assert other_case.professional_id != pro.id
    action = plan.add_action(ctx, made.id, "Bespreek het fragment met de coach",
                             links=[("fragment", annotated["fragment"].id)])
    with pytest.raises(BadInput):
        plan.link(ctx, action.id, "thema", 1)
    with pytest.raises(BadInput):
        plan.add_action(ctx, made.id, "  ")
    analysis = next(c for c in consent.list_for_conversation(ctx, case_setup["conversation"].id) if c.purpose == "analysis")
    consent.withdraw(ctx, analysis.id)
    assert plan.get_plan(ctx, made.id).actions[0].links == ()
