"""Step 3 of the self-assessment through the service, with the texts of 001: the all-agree invitation
(001:134-136) is for (helemaal) eens, not for neutral answers; mixed answers open only their own pillar."""

from __future__ import annotations

from datetime import date

from kijkwijzer.services import assessment


def _answers(ctx, default: int, **overrides: int) -> dict[str, int]:
    out = {s.id: default for s in ctx.content.statements}
    out.update({f"stelling.{k.replace('_', '.')}": v for k, v in overrides.items()})
    return out


def test_all_neutral_answers_are_stored_without_the_invitation_or_any_recommendation(case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    report = assessment.take(ctx, pro.id, _answers(ctx, 3), date(2026, 11, 1)).step3
    assert not report.invite_choice and report.invitation == ""
    assert report.pillars_with_room == () and report.complete
    assert all(p.recommendations == () and p.tips == () and p.recommendation_intro == "" for p in report.pillars)
    assert {s.label for p in report.pillars for s in p.statements} == {"neutraal"}
    assert assessment.list_for(ctx, pro.id)[0].pillars_with_room == ()


def test_all_agree_brings_the_invitation_text_of_001_and_mixed_answers_their_pillar(ctx):
    agree = assessment.analyse_answers(ctx.content, _answers(ctx, 5))
    assert agree.invite_choice and agree.invitation == ctx.content.passage("assessment.alles_eens").text
    mixed = assessment.analyse_answers(ctx.content, _answers(ctx, 3, willen_2=2, kunnen_1=5))
    assert not mixed.invite_choice and mixed.invitation == ""
    assert mixed.pillars_with_room == ("pijler.willen",)
    willen = mixed.pillars[1]
    assert [r.id for r in willen.recommendations] == [r.id for r in ctx.content.recommendations_for("pijler.willen")]
