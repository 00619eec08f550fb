"""Every SLIM analysis written out in the 13 cases of 004, against the suggested verdict.

One row per analysis (a case box with two phases or two parties gives two rows). Inputs are content/slim.toml
item ids as the box describes them; several per list where the box describes a mixed picture, the client's main
self-image first. `verdict` is the seed's own word; where the box has none, `implied` says so and the comment
gives the reasoning it rests on. Box lines follow docs/content.md ("SLIM analysis boxes under the wrong header").
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kijkwijzer.content import load_content
from kijkwijzer.domain.slim import APPROACHES, MATCH, MISMATCH, PARTIAL, SlimNames, suggest_verdict

CONTENT = load_content()
NAMES = SlimNames({v.id: (v.label, v.label_en) for v in CONTENT.verdicts},
                  {sl.id: (sl.title, sl.title_en) for sl in CONTENT.slim_lists})


@dataclass(frozen=True)
class SeedAnalysis:
    case: int
    lines: str  # 004 lines of the box (part) this row reads
    approach_of: str
    phase: str
    zelfbeeld: tuple[str, ...]
    rol: tuple[str, ...]
    logica: tuple[str, ...]
    verdict: str
    implied: bool  # the box states no verdict word; the verdict is the one its reasoning implies
    comment: str
    hint: tuple[str, ...] = ()  # role/logic the box says would fit better (must be in the suggestion's hint)


def z(*ids: str) -> tuple[str, ...]:
    return tuple(f"slim.zelfbeeld.{i}" for i in ids)


def r(*ids: str) -> tuple[str, ...]:
    return tuple(f"slim.rol.{i}" for i in ids)


def lo(*ids: str) -> tuple[str, ...]:
    return tuple(f"slim.logica.{i}" for i in ids)


CASES = (
    SeedAnalysis(1, "293-306", "professional", "", z("wil_en_kan", "wil_maar_kan_niet"), r("pedagogisch"),
                 lo("leren"), PARTIAL, False,
                 "Pedagogical, 'ik wil je leren je angst te overwinnen' (294-296). Mainly 'iemand die wil en kan "
                 "meedoen' (302-303); 'Op zijn kwetsbare momenten' he wants to learn from her (297-299). "
                 "'zorgt voor een gedeeltelijke mismatch' (305-306)."),
    SeedAnalysis(2, "554-562", "professional", "in eerste instantie", z("wil_en_kan"), r("pedagogisch"),
                 lo("leren"), MISMATCH, False,
                 "'op een pedagogische manier. Ze probeert hem dingen te laten inzien' (zelfinzicht vergroten: "
                 "leraar and leren); he wants 'begrip, veiligheid en een kans, geen preken' (560-561). "
                 "'Dit zorgt voor een mismatch' (562)."),
    SeedAnalysis(2, "562-567", "professional", "na bijstelling", z("wil_en_kan"), r("faciliteren"), (), MATCH,
                 False,
                 "'hem faciliterend benaderd in plaats van pedagogisch, is er een match' (563-565); the box names "
                 "the approach only, no trajectory logic."),
    SeedAnalysis(3, "811-826", "professional", "in eerste instantie", z("andere_plannen"),
                 r("pedagogisch", "bij_de_hand_nemen"), lo("bij_de_hand_nemen"), MISMATCH, False,
                 "Alternative life, 'strijdlustig' (813-815, 825-826); 'pedagogisch ... en neemt hem deels bij "
                 "de hand (richting schuldsanering)' (820-822). 'Er is dus een mismatch' (826). (Earlier "
                 "klantmanagers' 'niet-willer' approach, 818-819, has no SLIM list item and no verdict.)"),
    SeedAnalysis(3, "826-833", "professional", "in tweede instantie", z("andere_plannen"), r("co_creeren"),
                 lo("kansen_bieden"), PARTIAL, True,
                 "Co-creating 'sluit aan wat betreft de gelijkwaardige werkrelatie, maar het is de vraag in "
                 "hoeverre er een gezamenlijk doel is' (829-831): the role fits, the trajectory still aims at a "
                 "place to work ('op zoek naar een plek waar jij wél kunt werken', 656-658). No verdict word; "
                 "fitting in one respect and not another is a gedeeltelijke mismatch."),
    SeedAnalysis(4, "910-930", "andere_professionals", "", z("wil_maar_kan_niet"), r("bij_de_hand_nemen"),
                 lo("bij_de_hand_nemen"), MISMATCH, True,
                 "'De benadering van de klantmanager en vooral van de andere betrokken professionals' (915-916) is "
                 "'bij de hand nemen' (921-922); she is 'overvraagd' but 'lijkt graag te willen leren en stappen "
                 "te willen zetten' (926-928). No verdict word: 'Het zelfbeeld van de cliënte sluit hier echter "
                 "niet bij aan' (925) is a mismatch."),
    SeedAnalysis(5, "1023-1026", "professional", "", z("wil_en_kan"), r("faciliteren"), lo("kansen_bieden"), MATCH,
                 True,
                 "'Een gelijkwaardige, faciliterende en weg wijzende benadering werkt goed bij deze cliënte. Ze ziet "
                 "zichzelf als iemand die graag wil en kan meedoen en vooral kansen nodig heeft'. No verdict word: "
                 "'werkt goed' is a match."),
    SeedAnalysis(5, "1026-1037", "andere_professionals", "tweede gesprek", z("wil_en_kan"), r("pedagogisch"),
                 lo("leren"), MISMATCH, False,
                 "The volunteer coordinator: 'pedagogisch, erop gericht haar competenties te leren' (1030-1031). "
                 "'Er is in het tweede gesprek een mismatch tussen de benadering van de vrijwilligerscoördinator "
                 "en het zelfbeeld van de cliënte' (1033-1035)."),
    SeedAnalysis(6, "1188-1206", "professional", "", z("opgegeven"), r("pedagogisch"), (), MISMATCH, False,
                 "'vooral pedagogisch (uitleg)' (1201-1202); 'zit in overlevingsstand en wil bij de hand genomen "
                 "worden' (1203-1204). 'Er is een mismatch' (1205-1206). The box names the approach only."),
    SeedAnalysis(7, "1292-1311", "professional", "", z("wil_maar_kan_niet"), r("faciliteren"), (), MISMATCH, False,
                 "'gericht op het komen tot een zoekprofiel' (facilitator), mensbeeld 'wil en kan' (1297-1301); "
                 "she 'wel wil ... maar niet goed genoeg kan' (1301-1303). 'Er is een mismatch' (1307); "
                 "'Een pedagogische benadering ... sluit waarschijnlijk beter aan' (1308-1311).",
                 hint=r("pedagogisch")),
    SeedAnalysis(8, "1466-1483", "professional", "", z("wil_en_kan"), r("pedagogisch", "bij_de_hand_nemen"),
                 lo("bij_de_hand_nemen"), MISMATCH, False,
                 "'deels pedagogisch (uitleggen), deels directief' (1468-1469), 'de weg gewezen' (1471); she 'het "
                 "allemaal redelijk onder controle heeft, maar gefaciliteerd moet worden' (1474-1476). 'Er is een "
                 "mismatch' (1477)."),
    SeedAnalysis(9, "1575-1595", "professional", "", z("wil_en_kan"), (), lo("leren"), MISMATCH, True,
                 "The trajectory: 'Door middel van werkervaring en begeleiding worden werknemersvaardigheden "
                 "geleerd' (1582-1586); he 'al lang werknemersvaardigheden heeft' (1587-1589). No verdict word: "
                 "'Dit sluit niet aan bij het zelfbeeld van de cliënt' (1586) is a mismatch; 'faciliterend' "
                 "would fit (1593).",
                 hint=r("faciliteren")),
    SeedAnalysis(10, "1760-1767", "professional", "in eerste instantie", z("wil_en_kan", "opgegeven"),
                 r("bij_de_hand_nemen"), (), PARTIAL, True,
                 "'zorgend en beschermend'; he 'laat zich graag bij de hand nemen. Er ontstaat echter weinig "
                 "energie' (1760-1764), while he is keen to work (case text 1667-1669, 1687-1688) and sees himself "
                 "'als een stuk zelfredzamer' (1767-1768). No verdict word: it fits in part (trust, feeling "
                 "understood) and shows stagnation, the sign of a mismatch (2411-2412): gedeeltelijke mismatch."),
    SeedAnalysis(10, "1765-1770", "professional", "herstelbenadering", z("wil_en_kan"), r("faciliteren"),
                 lo("kansen_bieden"), MATCH, True,
                 "'de meer faciliterende benadering van de klantmanager, gericht op het creëren van kansen, "
                 "naadloos bij aansluit' (1768-1770). No verdict word: 'naadloos' is a match."),
    SeedAnalysis(11, "1939-1954", "professional", "", z("wil_en_kan"), r("pedagogisch"), lo("leren"), MISMATCH,
                 False,
                 "'hulp te laten accepteren. Overtuigen lukt niet, een leerdoel vinden lukt ook niet' (1941-1943); "
                 "he 'altijd zijn eigen problemen oplost. Hij wil graag gefaciliteerd worden' (1945-1947). 'Er is "
                 "een mismatch' (1953-1954)."),
    SeedAnalysis(12, "2050-2058", "professional", "", z("wil_en_kan"), r("faciliteren"), lo("kansen_bieden"), MATCH,
                 True,
                 "'faciliterend ... als iemand die wil en kan, voor wie ze soms alleen deuren moet helpen openen' "
                 "(2050-2053). No verdict word: 'Dit sluit helemaal aan bij het zelfbeeld' (2053) is a match."),
    SeedAnalysis(12, "2058-2060", "andere_professionals", "eerdere benaderingen", z("wil_en_kan"),
                 r("bij_de_hand_nemen"), lo("bij_de_hand_nemen"), MISMATCH, False,
                 "'Andere, meer directieve benaderingen sloten absoluut niet aan. De mismatch uitte zich in "
                 "gezondheidsproblemen en weerstand' (2058-2060): those of the other klantmanagers ('Niet met "
                 "‘moet’ en ‘dwingen’. Wat hebben de andere klantmanagers in vier jaar bereikt?', 1969-1971)."),
    SeedAnalysis(13, "2129-2141", "professional", "", z("opgegeven", "wil_maar_kan_niet"), r("bij_de_hand_nemen"),
                 lo("bij_de_hand_nemen"), MATCH, False,
                 "'trapt ze ... op de rem om eerst de situatie van de cliënte stabiliseren', 'de problemen boven "
                 "het hoofd gegroeid' (2130-2133); she 'is het hier deels mee eens', mainly 'vertrouwt erop dat de "
                 "klantmanager weet wat het beste voor haar is' and also sees work as part of the solution "
                 "(2133-2137; 'ik nu niet rustig kan werken', 2080-2081). 'Er is een match' (2137-2139)."),
)


def _items(ids: tuple[str, ...]):
    return [CONTENT.slim_item(i) for i in ids]


def test_the_table_holds_all_13_cases_with_inputs_from_the_content():
    assert sorted({c.case for c in CASES}) == list(range(1, 14))
    for c in CASES:
        assert c.approach_of in APPROACHES
        for list_name, ids in (("zelfbeeld", c.zelfbeeld), ("rol", c.rol), ("logica", c.logica)):
            assert all(CONTENT.slim_item(i).list == f"slim.lijst.{list_name}" for i in ids), (c.case, ids)


@pytest.mark.parametrize("c", CASES, ids=[f"case{c.case}:{c.lines}" for c in CASES])
def test_suggested_verdict_is_the_seeds_verdict(c: SeedAnalysis):
    s = suggest_verdict(_items(c.zelfbeeld), _items(c.rol), _items(c.logica), CONTENT.slim_items, names=NAMES)
    assert s.verdict == c.verdict, f"case {c.case} (004:{c.lines}): {c.comment}"
    label = CONTENT.verdict(c.verdict)
    assert s.reasoning_nl.endswith(f": {label.label}.") or "Aanwijzing" in s.reasoning_nl.splitlines()[-1]
    assert label.label in s.reasoning_nl and label.label_en in s.reasoning_en
    assert set(c.hint) <= set(s.hint)
