"""The suggested SLIM verdict against the case analyses of 004 (the seed's own verdicts)."""

from __future__ import annotations

from dataclasses import dataclass

from kijkwijzer.content import load_content
from kijkwijzer.domain import slim as rules
from kijkwijzer.domain.slim import MATCH, MISMATCH, PARTIAL, SlimNames


@dataclass(frozen=True)
class Item:
    id: str
    list: str
    row: int
    label: str
    label_en: str


Z, R, L = "slim.lijst.zelfbeeld", "slim.lijst.rol", "slim.lijst.logica"
CATALOGUE = (
    Item("slim.zelfbeeld.wil_en_kan", Z, 1, "Wil en kan", "Willing and able"),
    Item("slim.rol.faciliteren", R, 1, "Faciliteren", "Facilitating"),
    Item("slim.logica.kansen_bieden", L, 1, "Kansen bieden", "Offering opportunities"),
    Item("slim.zelfbeeld.wil_maar_kan_niet", Z, 2, "Wil wel, maar kan niet", "Willing but not able"),
    Item("slim.rol.pedagogisch", R, 2, "Pedagogisch (leraar)", "Pedagogical (teacher)"),
    Item("slim.logica.leren", L, 2, "Leren", "Learning"),
    Item("slim.zelfbeeld.opgegeven", Z, 3, "Opgegeven", "Given up"),
    Item("slim.rol.bij_de_hand_nemen", R, 3, "Bij de hand nemen (ouder-figuur)", "Taking by the hand (parent figure)"),
    Item("slim.logica.bij_de_hand_nemen", L, 3, "Bij de hand nemen", "Taking by the hand"),
    Item("slim.zelfbeeld.andere_plannen", Z, 4, "Andere plannen", "Other plans"),
    Item("slim.rol.co_creeren", R, 4, "Co-creëren (ondernemer)", "Co-creating (entrepreneur)"),
    Item("slim.logica.ondernemen", L, 4, "Ondernemen met dromen en talenten", "Enterprise with dreams and talents"),
)
BY_ID = {i.id: i for i in CATALOGUE}


def pick(*ids: str) -> list[Item]:
    return [BY_ID[f"slim.{i}"] for i in ids]


CONTENT = load_content()
NAMES = SlimNames({v.id: (v.label, v.label_en) for v in CONTENT.verdicts},
                  {sl.id: (sl.title, sl.title_en) for sl in CONTENT.slim_lists})


def suggest_verdict(zelfbeeld, rol, logica, catalogue=()):
    """The names (verdict labels, list titles) come from the content."""
    return rules.suggest_verdict(zelfbeeld, rol, logica, catalogue, names=NAMES)


def test_case_12_facilitating_a_client_who_wants_and_can_is_a_match():
    # 004:2050-2053 "faciliterend ... als iemand die wil en kan ... Dit sluit helemaal aan bij het zelfbeeld"
    s = suggest_verdict(pick("zelfbeeld.wil_en_kan"), pick("rol.faciliteren"), pick("logica.kansen_bieden"), CATALOGUE)
    assert s.verdict == MATCH
    assert set(s.aligned) == {"slim.rol.faciliteren", "slim.logica.kansen_bieden"} and s.misaligned == ()
    assert s.reasoning_nl.endswith("match.") and "Aanwijzing" not in s.reasoning_nl


def test_role_and_logic_agreeing_with_each_other_but_not_with_the_client_is_a_mismatch_not_partial():
    # Case 2, first phase (004:554-562; the box stands under the case 3 header): pedagogical approach, client sees himself as an equal.
    s = suggest_verdict(pick("zelfbeeld.wil_en_kan"), pick("rol.pedagogisch"), pick("logica.leren"), CATALOGUE)
    assert s.verdict == MISMATCH
    assert "Rol en logica sluiten op elkaar aan, maar niet bij het zelfbeeld" in s.reasoning_nl
    assert "Role and logic fit each other" in s.reasoning_en
    # the model's hint: what fits this self-image instead (004:2412-2413)
    assert s.hint == ("slim.rol.faciliteren", "slim.logica.kansen_bieden")
    assert "Aanwijzing: bij dit zelfbeeld past ‘Faciliteren’ en ‘Kansen bieden’." in s.reasoning_nl


def test_case_7_search_profile_for_a_client_who_wants_but_cannot_is_a_mismatch():
    # 004:1297-1311: zoekprofiel (facilitator) vs "wil wel ... maar niet goed genoeg kan".
    s = suggest_verdict(pick("zelfbeeld.wil_maar_kan_niet"), pick("rol.faciliteren"), pick("logica.kansen_bieden"),
                        CATALOGUE)
    assert s.verdict == MISMATCH and "Pedagogisch (leraar)" in s.reasoning_nl


def test_case_1_mixed_self_image_against_a_pedagogical_approach_is_a_partial_mismatch():
    # 004:293-306: mostly "wil en kan", on vulnerable moments wants to learn; approach pedagogical.
    s = suggest_verdict(pick("zelfbeeld.wil_en_kan", "zelfbeeld.wil_maar_kan_niet"), pick("rol.pedagogisch"),
                        pick("logica.leren"), CATALOGUE)
    assert s.verdict == PARTIAL
    assert "gedeeltelijke mismatch" in s.reasoning_nl and "partial mismatch" in s.reasoning_en


def test_self_image_aligned_with_one_of_role_and_logic_is_a_partial_mismatch():
    s = suggest_verdict(pick("zelfbeeld.opgegeven"), pick("rol.bij_de_hand_nemen"), pick("logica.leren"), CATALOGUE)
    assert s.verdict == PARTIAL
    assert s.aligned == ("slim.rol.bij_de_hand_nemen",) and s.misaligned == ("slim.logica.leren",)
    # the list names are the content's [[list]] titles (issue 14: names from the content, not the domain)
    assert "De rol van de professional: sluit aan bij het zelfbeeld: ‘Bij de hand nemen (ouder-figuur)’." in s.reasoning_nl
    assert "Interventielogica: sluit niet aan: ‘Leren’." in s.reasoning_nl


def test_case_8_partly_pedagogical_partly_directive_for_a_client_in_control_is_a_mismatch():
    # 004:1466-1477: "deels pedagogisch (uitleggen), deels directief"; client wants to be facilitated.
    s = suggest_verdict(pick("zelfbeeld.wil_en_kan"), pick("rol.pedagogisch", "rol.bij_de_hand_nemen"),
                        pick("logica.leren", "logica.bij_de_hand_nemen"), CATALOGUE)
    assert s.verdict == MISMATCH


def test_case_13_taking_by_the_hand_a_client_in_over_her_head_is_a_match():
    # 004:2127-2139: stabilise first, "de problemen boven het hoofd gegroeid"; "Er is een match".
    s = suggest_verdict(pick("zelfbeeld.opgegeven"), pick("rol.bij_de_hand_nemen"),
                        pick("logica.bij_de_hand_nemen"), CATALOGUE)
    assert s.verdict == MATCH


def test_only_role_filled_in_is_judged_against_the_role_alone():
    assert suggest_verdict(pick("zelfbeeld.andere_plannen"), pick("rol.co_creeren"), []).verdict == MATCH
    assert suggest_verdict(pick("zelfbeeld.andere_plannen"), [], pick("logica.leren")).verdict == MISMATCH


def test_without_a_self_image_or_an_approach_there_is_no_verdict_and_the_reasoning_says_what_is_missing():
    none = suggest_verdict([], pick("rol.co_creeren"), [])
    assert none.verdict is None and "zelfbeeld" in none.reasoning_nl and "self-image" in none.reasoning_en
    assert "rol of de logica" in suggest_verdict(pick("zelfbeeld.opgegeven"), [], []).reasoning_nl


def test_verdict_labels_in_both_languages_come_from_the_names_passed_in():
    assert NAMES.verdict(PARTIAL) == "gedeeltelijke mismatch" and NAMES.verdict(PARTIAL, "en") == "partial mismatch"
    other = SlimNames({PARTIAL: ("deels", "in part")}, NAMES.lists)
    s = rules.suggest_verdict(pick("zelfbeeld.opgegeven"), pick("rol.bij_de_hand_nemen"), pick("logica.leren"),
                              names=other)
    assert s.reasoning_nl.endswith(": deels.") and s.reasoning_en.endswith(": in part.")


def test_the_main_self_image_decides_a_match_a_further_aspect_does_not_spoil_it():
    # case 13 (004:2129-2139): mainly trusts the professional to solve it, partly sees work as the way out
    s = suggest_verdict(pick("zelfbeeld.opgegeven", "zelfbeeld.wil_maar_kan_niet"), pick("rol.bij_de_hand_nemen"),
                        pick("logica.bij_de_hand_nemen"), CATALOGUE)
    assert s.verdict == MATCH
    assert "vooral ‘Opgegeven’; ook ‘Wil wel, maar kan niet’" in s.reasoning_nl
    # the same picture with the other part as the main one: the approach meets only a further aspect
    turned = suggest_verdict(pick("zelfbeeld.wil_maar_kan_niet", "zelfbeeld.opgegeven"),
                             pick("rol.bij_de_hand_nemen"), pick("logica.bij_de_hand_nemen"), CATALOGUE)
    assert turned.verdict == PARTIAL
    assert "sluit aan bij een deel van het zelfbeeld: ‘Bij de hand nemen (ouder-figuur)’" in turned.reasoning_nl
    assert turned.hint == ("slim.rol.pedagogisch", "slim.logica.leren")
