"""Step 3 of the self-assessment (001) and comparing two dates, on plain statements."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kijkwijzer.domain.assessment import analyse, check_answers, compare
from kijkwijzer.errors import BadInput


@dataclass(frozen=True)
class Bound:
    id: str
    pillar: str


PILLARS = ("pijler.begrijpen", "pijler.willen", "pijler.kunnen")
STATEMENTS = tuple(Bound(f"stelling.{p.split('.')[1]}.{n}", p) for p in PILLARS for n in range(1, 5))
RECS = tuple(Bound(f"aanbeveling.{p.split('.')[1]}.{n}", p) for p, count in zip(PILLARS, (4, 5, 3)) for n in range(1, count + 1))
TIPS = tuple(Bound(f"tip.{p.split('.')[1]}.{n}", p) for p, count in zip(PILLARS, (4, 2, 5)) for n in range(1, count + 1))


def answers(default: int = 4, **overrides: int) -> dict[str, int]:
    out = {s.id: default for s in STATEMENTS}
    out.update({f"stelling.{k.replace('_', '.')}": v for k, v in overrides.items()})
    return out


def run(a: dict[str, int]):
    return analyse(check_answers(a, STATEMENTS), PILLARS, STATEMENTS, RECS, TIPS)


def test_one_oneens_in_begrijpen_opens_exactly_the_begrijpen_recommendations_and_tips():
    result = run(answers(begrijpen_3=2))
    assert result.pillars_with_room == ("pijler.begrijpen",)
    begrijpen = result.pillar("pijler.begrijpen")
    assert begrijpen.disagreed == ("stelling.begrijpen.3",)
    assert begrijpen.recommendations == tuple(f"aanbeveling.begrijpen.{n}" for n in range(1, 5))
    assert begrijpen.tips == tuple(f"tip.begrijpen.{n}" for n in range(1, 5))
    assert result.pillar("pijler.willen").recommendations == () and not result.invite_choice


def test_helemaal_oneens_counts_the_same_as_oneens_and_several_pillars_can_show_room():
    result = run(answers(5, willen_1=1, kunnen_2=2, kunnen_4=1))
    assert result.pillars_with_room == ("pijler.willen", "pijler.kunnen")
    assert result.pillar("pijler.kunnen").disagreed == ("stelling.kunnen.2", "stelling.kunnen.4")
    assert len(result.pillar("pijler.kunnen").recommendations) == 3


def test_all_agree_invites_choosing_a_pillar_anyway():
    result = run(answers(5))
    assert result.pillars_with_room == () and result.invite_choice and result.complete


def test_nearly_all_agree_with_some_neutral_answers_still_invites_choosing():
    result = run(answers(4, begrijpen_1=3, kunnen_3=3))
    assert result.invite_choice
    assert result.pillar("pijler.begrijpen").neutral == ("stelling.begrijpen.1",)


def test_a_single_oneens_is_not_nearly_all_agree_its_pillar_gets_its_own_recommendations():
    result = run(answers(5, kunnen_1=2))
    assert not result.invite_choice and result.pillars_with_room == ("pijler.kunnen",)


def test_unanswered_statements_are_reported_and_never_mark_room():
    partial = {"stelling.begrijpen.1": 4, "stelling.willen.2": 2}
    result = analyse(check_answers(partial, STATEMENTS), PILLARS, STATEMENTS, RECS, TIPS)
    assert not result.complete and result.pillars_with_room == ("pijler.willen",)
    assert len(result.pillar("pijler.kunnen").unanswered) == 4
    assert not analyse({}, PILLARS, STATEMENTS).invite_choice


@pytest.mark.parametrize("bad", [{"stelling.begrijpen.9": 3}, {"stelling.begrijpen.1": 6}, {"stelling.begrijpen.1": 0},
                                 {"stelling.begrijpen.1": "3"}, {"stelling.begrijpen.1": True}, [1, 2]])
def test_answers_off_the_scale_or_for_unknown_statements_are_refused(bad):
    with pytest.raises(BadInput) as raised:
        check_answers(bad, STATEMENTS)
    assert raised.value.nl and raised.value.en


def test_require_all_names_the_missing_statements():
    with pytest.raises(BadInput) as raised:
        check_answers({"stelling.begrijpen.1": 4}, STATEMENTS, require_all=True)
    assert "stelling.kunnen.4" in raised.value.nl


def test_compare_two_dates_statement_by_statement():
    before = answers(4, begrijpen_3=2, willen_4=1)
    after = answers(4, begrijpen_3=4, willen_4=1, kunnen_2=3)
    result = compare(before, after, PILLARS, STATEMENTS)
    by_id = {c.statement_id: c for c in result.statements}
    assert [c.statement_id for c in result.statements] == [s.id for s in STATEMENTS]
    assert by_id["stelling.begrijpen.3"].change == "meer_eens" and by_id["stelling.begrijpen.3"].delta == 2
    assert by_id["stelling.kunnen.2"].change == "minder_eens" and by_id["stelling.willen.4"].change == "gelijk"
    pillars = {p.pillar_id: (p.room_before, p.room_after) for p in result.pillars}
    assert pillars == {"pijler.begrijpen": (True, False), "pijler.willen": (True, True), "pijler.kunnen": (False, False)}


def test_compare_marks_statements_answered_only_once():
    result = compare({"stelling.begrijpen.1": 3}, {"stelling.begrijpen.2": 3}, PILLARS, STATEMENTS)
    by_id = {c.statement_id: c for c in result.statements}
    assert by_id["stelling.begrijpen.1"].change == "alleen_eerst" and by_id["stelling.begrijpen.1"].delta is None
    assert by_id["stelling.begrijpen.2"].change == "alleen_later"


# ---- 001:134-136, the invitation is for (helemaal) eens, not for neutral answers --------------------------------

def test_all_neutral_answers_get_no_invitation_and_no_pillar_with_room():
    result = run(answers(3))
    assert not result.invite_choice and result.pillars_with_room == () and result.complete
    assert all(len(p.neutral) == 4 and p.recommendations == () for p in result.pillars)


def test_all_agree_invites_but_mixed_agree_and_neutral_only_when_each_pillar_is_mostly_eens():
    assert run(answers(5)).invite_choice and run(answers(4)).invite_choice
    assert run(answers(4, begrijpen_1=3, willen_2=3, kunnen_4=3)).invite_choice  # one neutral per pillar: "vrijwel"
    assert not run(answers(4, willen_1=3, willen_2=3)).invite_choice  # half of willen neutral: not mostly eens
    assert not run(answers(3, begrijpen_1=5, willen_1=4, kunnen_1=5)).invite_choice  # mostly neutral


def test_a_whole_neutral_pillar_is_not_nearly_all_pillars_agreeing():
    result = run(answers(5, kunnen_1=3, kunnen_2=3, kunnen_3=3, kunnen_4=3))
    assert not result.invite_choice and result.pillars_with_room == ()
