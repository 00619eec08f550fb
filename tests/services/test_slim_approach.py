"""Whose approach a SLIM analysis judges (004:915-916 "de andere betrokken professionals"), and the names the
service gives (verdicts, approaches) from the content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput
from kijkwijzer.services import slim
from kijkwijzer.store.models import AuditEntry, SlimAnalysis


def test_an_analysis_says_whose_approach_it_judges_and_can_change_it(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    own = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.faciliteren"])
    assert own.approach_of == "professional"  # the default: the professional's own approach
    # case 4 of 004: "vooral van de andere betrokken professionals" (004:915-916)
    others = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_maar_kan_niet"],
                      rol=["slim.rol.bij_de_hand_nemen"], logica=["slim.logica.bij_de_hand_nemen"],
                      approach_of="andere_professionals", phase="andere professionals")
    assert others.approach_of == "andere_professionals" and others.suggested_verdict == "slim.oordeel.mismatch"
    moved = slim.update(ctx, own.id, approach_of="organisatie")
    assert moved.approach_of == "organisatie" and moved.rol == ("slim.rol.faciliteren",)  # the rest unchanged
    listed = {v.id: v.approach_of for v in slim.list_for_conversation(ctx, conv.id)}
    assert listed == {own.id: "organisatie", others.id: "andere_professionals"}
    with ctx.store.read() as session:
        assert session.get(SlimAnalysis, own.id).approach_of == "organisatie"
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.object_id == own.id,
                                                               AuditEntry.object_type == "slim_analysis")).all() \
            == ["slim.add", "slim.update"]


def test_an_unknown_approach_is_refused_in_both_languages(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    with pytest.raises(BadInput) as raised:
        slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.opgegeven"], approach_of="gemeente")
    assert "Onbekende benadering" in raised.value.nl and "Unknown approach" in raised.value.en
    made = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.opgegeven"])
    with pytest.raises(BadInput):
        slim.update(ctx, made.id, approach_of="")
    assert slim.list_for_conversation(ctx, conv.id)[0].approach_of == "professional"


def test_verdict_and_approach_names_come_from_the_content(ctx):
    c = ctx.content
    for verdict in c.verdicts:
        assert slim.verdict_label(c, verdict.id) == verdict.label
        assert slim.verdict_label(c, verdict.id, "en") == verdict.label_en
    assert slim.verdict_label(c, None, "en") == "no verdict"
    assert slim.approach_label(c, "andere_professionals") == "de andere betrokken professionals"  # 004:916
    assert [slim.approach_label(c, a, "en") for a in ("professional", "organisatie")] == \
        ["the professional", "the organisation"]
    s = slim.suggest(c, ["slim.zelfbeeld.opgegeven"], ["slim.rol.bij_de_hand_nemen"], ["slim.logica.leren"])
    role_title = next(sl.title for sl in c.slim_lists if sl.id == "slim.lijst.rol")
    assert s.reasoning_nl.splitlines()[1].startswith(f"{role_title}: ")  # the list title of the content
    assert f": {c.verdict('slim.oordeel.gedeeltelijke_mismatch').label}.\n" in s.reasoning_nl
