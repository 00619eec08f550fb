"""The leak table for the pseudonymisation tests: every way the client's name was found (or can be expected)
to slip past an exact-name replacement, written into every free-text field an export carries, and a leak
counter that looks for the name however it is written in the exported file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    plan,
    reflection,
    slim,
)
from kijkwijzer.services.context import Actor

REAL_NAME = "Jozefien Quackenbosch"
NEEDLES = ("jozefien", "quackenbosch")

# Each form carries the name once or twice; every one of them leaked, or could leak, past the old Scrubber.
LEAK_FORMS: tuple[str, ...] = (
    "Jozefiens moeder belt vaak tijdens het gesprek",  # Dutch genitive
    "Jozefien's zus kwam mee",
    "jozefien’s broer wacht buiten",
    "Jozéfien kijkt weg",  # accent, precomposed
    "Joze\u0301fien zucht",  # accent, combining
    "Quackenbösch zwijgt",  # diacritics on the surname
    "Quäckenbosch heeft de brief",
    "JOZEFIEN LACHT",
    "QUACKENBOSCH BELT",
    "jozefien knikt",
    "bestand Jozefien_Quackenbosch.docx meegenomen",  # glued with _
    "Jozefien-Quackenbosch",
    "JozefienQuackenbosch belt terug",  # glued, camel case
    "jozefienquackenbosch@",  # glued, lower case
    "JOZEFIENQUACKENBOSCH",
    "Jozefien.Quackenbosch",
    "Jozefien2 op het scherm",  # glued to digits
    "2Jozefien",
    "dossier_Jozefien_2026",
    "Jo\u00adzefien (zachte afbreking)",  # soft hyphen
    "Jozef\u200bien (nulbreedte spatie)",  # zero-width characters
    "Joze\u200cfien",
    "Joze\u200dfien",
    "Joze\u2060fien",
    "\ufeffJozefien",
    "Ｊｏｚｅｆｉｅｎ (volle breedte)",  # fullwidth letters
    "Jozefien\u00a0Quackenbosch",  # no-break space
    "Quackenbosch, Jozefien",
    "J. Quackenbosch tekent",
    "mevrouwQuackenbosch",
    "Quackenbosch' dochter",
    "Jozefien Quackenbosch",
)


def fold(text: str) -> str:
    """As a reader would see it: invisible characters gone, accents and widths undone, case ignored."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def leaks(text: str) -> list[str]:
    """Every place the client's name still shows, as a short piece of the folded text."""
    folded = fold(text)
    return [
        folded[max(0, m.start() - 20) : m.end() + 20]
        for needle in NEEDLES
        for m in re.finditer(re.escape(needle), folded)
    ]


@dataclass
class Leaky:
    recording_id: int
    annotation_ids: list[int]
    fragment_ids: list[int]


def fill_leaky(case_setup: dict, recording_id: int, forms: tuple[str, ...] = LEAK_FORMS) -> Leaky:
    """The client gets the real name; then every leak form goes into an observation, and a selection into every
    other free-text field an export carries (case, conversation, fragments, reactions, reflection, SLIM, plan)."""
    ctx = case_setup["ctx"]
    conv = case_setup["conversation"]
    people.update_client(ctx, case_setup["client"].id, real_name=REAL_NAME)
    cases.update_case(
        ctx, case_setup["case"].id, title="Schulden van Jozefiens gezin", reason="JOZEFIEN loopt vast",
        profile="Quackenbösch, alleenstaand"
    )
    cases.update_conversation(
        ctx, conv.id, goal="Met Jozéfien een plan maken", setting="bij Jozefien_Quackenbosch thuis",
        participants=(("client", "Jozefien2"), ("interpreter", "tolk voor Jozefiens moeder")),
    )
    consent.grant(ctx, conv.id, "client_interview", conv.held_on)
    coach = case_setup["coach"]
    coach_ctx = ctx.as_actor(Actor(coach.id, coach.name, "coach"))
    note_ids, fragment_ids = [], []
    for i, form in enumerate(forms):
        start = 1000 + i * 1500
        note = annotations.add(
            coach_ctx if i % 4 == 0 else ctx,
            AnnotationDraft(
                recording_id, start, start + 1000, themes=("thema.raakmomenten",), observation=form,
                quote=forms[(i + 1) % len(forms)] if i % 3 == 0 else "",
                below_waterline=forms[(i + 2) % len(forms)] if i % 5 == 0 else "",
                felt_unsaid="Jozefiens angst" if i % 7 == 0 else "",
                tags=("Jozefien_Q",) if i == 0 else (),
            ),
        )
        note_ids.append(note.id)
    for i, form in enumerate(forms[:6]):
        fragment = fragments.from_annotation(ctx, note_ids[i], title=f"Fragment {form}")
        fragment_ids.append(fragment.id)
        client_feedback.record_reaction(ctx, fragment.id, words=form, feeling="Jozefiens boosheid",
                                        addition="JozefienQuackenbosch wil meer tijd")
    client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", 6, words="Jozéfien voelde zich gehoord")
    refl = reflection.start_reflection(ctx, conv.id, date(2026, 11, 9), fragment_ids=tuple(fragment_ids[:3]),
                                       notes="Terugkijken: Jozefiens reactie viel op.")
    reflection.note_item(ctx, refl.id, fragment_ids[0], notes="Jozefien2 herkent dit", tips="Vraag Jozefien door")
    aandachtspunten.add_aandachtspunt(ctx, refl.id, "Jozefiens tempo volgen.", "thema.doel",
                                      fragment_ids=(fragment_ids[1],))
    slim.add(ctx, conv.id, zelfbeeld=("slim.zelfbeeld.wil_en_kan",), analysis="JOZEFIEN wil wel maar kan niet",
             note="Quackenbosch' zelfbeeld", verdict="slim.oordeel.gedeeltelijke_mismatch")
    the_plan = plan.add_plan(ctx, case_setup["professional"].id, "Jozefiens beleving meer ruimte geven.")
    plan.add_action(ctx, the_plan.id, "Jozefien2 eerst laten uitpraten.", who="ikzelf",
                    links=(("fragment", fragment_ids[0]),))
    return Leaky(recording_id, note_ids, fragment_ids)
