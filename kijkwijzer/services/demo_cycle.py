"""The rest of the review cycle in the demo: fragments, a client interview, a reflection conversation
with aandachtspunten, SLIM analyses, a self-assessment with a plan backed by a fragment, and a recorded
follow-up conversation that checks the attention points - so every screen has something to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kijkwijzer.domain.annotation import AnnotationView

from . import aandachtspunten, assessment, client_feedback, fragments, plan, reflection, slim
from .context import Context


@dataclass(frozen=True)
class DemoPeople:
    pro: Context
    coach: Context
    client_researcher: Context
    professional_id: int


def _first(notes: list[AnnotationView], theme: str) -> AnnotationView:
    return next(n for n in notes if theme in n.themes)


def first_round(who: DemoPeople, conversation_id: int, recording_id: int, notes: list[AnnotationView],
                held_on: date) -> None:
    """Client interview, reflection and plan after the first recorded conversation."""
    raak = fragments.from_annotation(who.coach, _first(notes, "thema.raakmomenten").id, "Het maakt toch niet uit")
    weer = fragments.from_annotation(who.coach, _first(notes, "thema.weerstand").id, "Weer een formulier")
    taal = fragments.from_annotation(who.coach, _first(notes, "thema.taal").id, "Artikel achttien")
    interview = fragments.create_playlist(who.coach, recording_id, "client_interview", "Voor het cliëntinterview",
                                          (weer.id, taal.id, raak.id))
    cr = who.client_researcher
    client_feedback.record_reaction(cr, weer.id, "Ik was boos, maar niet op haar. Op het systeem.",
                                    "Alsof ik weer moest bewijzen dat ik niet lieg.", "")
    client_feedback.record_reaction(cr, taal.id, "Ik dacht: nu snap ik het niet en durf ik het niet te vragen.",
                                    "Dom.", "Goed dat ze het daarna gewoon uitlegde.")
    client_feedback.record_reaction(cr, raak.id, "Daar zag ze dat het me te veel werd.", "Opgelucht dat ze doorvroeg.", "")
    client_feedback.mark(who.coach, raak.id, "match")
    client_feedback.mark(who.coach, weer.id, "differ", "Kijkers zagen weerstand tegen de klantmanager; de cliënt bedoelde het systeem.")
    client_feedback.record_score(cr, conversation_id, "feedback.werkrelatie", 5, "Ze luisterde beter dan vorige keer.")
    client_feedback.record_score(cr, conversation_id, "feedback.doel", 4, "Eerst de schulden, dat is goed.")

    held = reflection.start_reflection(who.coach, conversation_id, held_on + timedelta(days=7),
                                       playlist_id=interview.id, notes="Reflectie met Sanne en coach Joost.")
    reflection.note_item(who.coach, held.id, taal.id, notes="Sanne schrok zelf van het jargon.",
                         tips="Eerst in gewone taal zeggen, dan pas het wetsartikel.")
    points = [
        aandachtspunten.add_aandachtspunt(who.coach, held.id, "Doel en agenda samen vaststellen aan het begin",
                                          "thema.agenda", (weer.id,)),
        aandachtspunten.add_aandachtspunt(who.coach, held.id, "Open vraag stellen en dan stil zijn",
                                          "thema.beurten", (raak.id,)),
        aandachtspunten.add_aandachtspunt(who.coach, held.id, "Geen wetsartikelen zonder uitleg in gewone taal",
                                          "thema.taal", (taal.id,)),
    ]
    aandachtspunten.add_leerpunt(who.coach, held.id, "Als ik zelf schrik van mijn jargon, mag ik dat gewoon zeggen.",
                                 "thema.echtheid", (taal.id,))
    slim.add(who.coach, conversation_id, zelfbeeld=["slim.zelfbeeld.wil_maar_kan_niet"],
             rol=["slim.rol.pedagogisch"], logica=["slim.logica.leren"],
             analysis="Wil wel, maar kan nu niet alles tegelijk; de klantmanager sluit daar met uitleg en stapjes op aan.")
    slim.add(who.pro, conversation_id, zelfbeeld=["slim.zelfbeeld.wil_maar_kan_niet"],
             rol=["slim.rol.pedagogisch"], logica=["slim.logica.kansen_bieden"],
             analysis="Mijn voorstel over werk paste nog niet: eerst rust rond de schulden.")

    content = who.pro.content
    answers = {s.id: 4 for s in content.statements}
    for statement in content.statements_for("pijler.begrijpen")[:2]:
        answers[statement.id] = 2
    taken = assessment.take(who.pro, who.professional_id, answers, held_on + timedelta(days=8))
    improvement = plan.add_plan(who.pro, who.professional_id, "Eenvoudiger uitleggen wat regels betekenen.",
                                needed="Coach Joost kijkt mee bij het volgende gesprek.", timeline="Binnen zes weken",
                                pillar_id="pijler.begrijpen", assessment_id=taken.id)
    plan.add_action(who.pro, improvement.id, "Een lijst maken met regels in gewone taal",
                    who="zelf", due_on=held_on + timedelta(days=21), pillar_id="pijler.begrijpen",
                    links=[("fragment", taal.id), ("aandachtspunt", points[2].id)])


def follow_up(who: DemoPeople, conversation_id: int, notes: list[AnnotationView], case_points: list[int]) -> None:
    """The next conversation checks the attention points: tried, with which effect, and a leerpunt."""
    agenda = fragments.from_annotation(who.coach, _first(notes, "thema.agenda").id, "Doel en agenda vooraf")
    stil = fragments.from_annotation(who.coach, _first(notes, "thema.beurten").id, "Open vraag, dan stil")
    aandachtspunten.record_followup(who.pro, case_points[0], conversation_id, "ja",
                                    "De cliënt bracht zelf de stage in.", agenda.id)
    aandachtspunten.record_followup(who.pro, case_points[1], conversation_id, "ja", "Veel meer dialoog.", stil.id)
    aandachtspunten.record_followup(who.pro, case_points[2], conversation_id, "deels", "Geen regels besproken dit keer.")
    aandachtspunten.record_leerpunt(who.pro, case_points[1], "Regie geven levert energie en eigen plannen op.")
    client_feedback.record_score(who.client_researcher, conversation_id, "feedback.werkrelatie", 8, "Dit voelt als samen.")
    client_feedback.record_score(who.client_researcher, conversation_id, "feedback.doel", 7, "Er is een eerste stap.")
