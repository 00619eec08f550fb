"""A conversation worked through the whole cycle with the services themselves: annotations by two reviewers,
fragments, the client interview, feedback scores, a reflection with aandachtspunten, SLIM and a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    client_feedback,
    consent,
    fragments,
    plan,
    reflection,
    slim,
)
from kijkwijzer.services.context import Actor

THEMES = (
    "thema.raakmomenten",
    "thema.weerstand",
    "thema.beleving",
    "thema.doel",
    "thema.metacommunicatie",
    "thema.echtheid",
)
OBSERVATIONS = (
    "Echte Naam leunt achterover en slaat de armen over elkaar als het rapport ter sprake komt.",
    "De klantmanager vult haar eigen vraag al in voordat de cliënt kan antwoorden.",
    "Wat deed dat met jou? Cliënt: ‘Dat was wel spannend.’ Daarna een vraag naar feiten.",
    "Het doel van het gesprek wordt pas na tien minuten genoemd.",
    "Ze benoemt wat er in het gesprek gebeurt: ‘We lijken in een kringetje te draaien.’",
    "Jezelf als klantmanager uitspreken draagt bij aan echtheid in het gesprek.",
)
QUOTES = (
    "ik wist al wat er ging komen",
    "ben ik nu gek of is de wereld gek?",
    "",
    "wees nou eens duidelijk",
    "laten we gewoon jouw agenda volgen",
    "",
)


@dataclass
class Filled:
    annotation_ids: list[int]
    fragment_ids: list[int]
    reflection_id: int


def fill(case_setup: dict, recording_id: int, n: int = 6, duration_ms: int = 6000) -> Filled:
    ctx = case_setup["ctx"]
    conv = case_setup["conversation"].id
    coach = case_setup["coach"]
    coach_ctx = ctx.as_actor(Actor(coach.id, coach.name, "coach"))
    consent.grant(ctx, conv, "client_interview", date(2026, 11, 2))
    step = max(duration_ms // max(n, 1), 50)
    note_ids, fragment_ids = [], []
    for i in range(n):
        who = ctx if i % 3 else coach_ctx
        start = i * step
        a = annotations.add(
            who,
            AnnotationDraft(
                recording_id,
                start,
                start + step - 10,
                themes=(THEMES[i % len(THEMES)],) + (("thema.beurten",) if i % 4 == 0 else ()),
                pillars=("pijler.begrijpen",) if i % 2 else (),
                level="niveau.gevoel" if i % 2 else "niveau.inhoud",
                observation=OBSERVATIONS[i % len(OBSERVATIONS)],
                quote=QUOTES[i % len(QUOTES)],
                below_waterline="wil begrepen worden" if i % 2 == 0 else "",
                felt_unsaid="daar gaan we weer" if i % 3 == 0 else "",
            ),
        )
        note_ids.append(a.id)
        frag = fragments.from_annotation(ctx, a.id)
        fragment_ids.append(frag.id)
        if i % 2 == 0:
            client_feedback.record_reaction(
                ctx, frag.id, f"Hier voelde ik me niet gehoord ({i}).", "boos", "Zeg gewoon wat we gaan doen."
            )
    client_feedback.record_score(ctx, conv, "feedback.werkrelatie", 6, "Het ging beter dan vorige keer.")
    client_feedback.record_score(ctx, conv, "feedback.doel", 4, "We praten vooral over het rapport.")
    refl = reflection.start_reflection(
        ctx, conv, date(2026, 11, 9), fragment_ids=tuple(fragment_ids[:3]), notes="Terugkijken met de coach."
    )
    reflection.note_item(
        ctx, refl.id, fragment_ids[0], notes="Herkenbaar moment.", tips="Vraag door op gevoel."
    )
    point = aandachtspunten.add_aandachtspunt(
        ctx,
        refl.id,
        "Eerder het doel van het gesprek noemen.",
        "thema.doel",
        fragment_ids=(fragment_ids[min(3, n - 1)],),
    )
    aandachtspunten.add_aandachtspunt(ctx, refl.id, "Na een open vraag stil zijn.", "thema.beurten")
    slim.add(
        ctx,
        conv,
        zelfbeeld=("slim.zelfbeeld.wil_en_kan",),
        rol=("slim.rol.pedagogisch",),
        logica=("slim.logica.kansen_bieden",),
        analysis="De klantmanager benadert de cliënt als iemand die "
        "wel wil maar niet goed kan; de cliënt ziet zichzelf als iemand die wil en kan meedoen.",
        verdict="slim.oordeel.gedeeltelijke_mismatch",
        note="Zelfbeeld en benadering sluiten deels niet aan.",
    )
    the_plan = plan.add_plan(
        ctx,
        case_setup["professional"].id,
        "Meer ruimte geven aan de beleving van de cliënt.",
        needed="Terugkijken met de coach",
        timeline="Voor het volgende gesprek",
    )
    plan.add_action(
        ctx,
        the_plan.id,
        "Na een open vraag tien seconden stil zijn.",
        who="ikzelf",
        due_on=date(2026, 12, 1),
        links=(("fragment", fragment_ids[0]), ("aandachtspunt", point.id)),
    )
    return Filled(note_ids, fragment_ids, refl.id)
