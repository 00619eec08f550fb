"""Which names an export replaces, and by what: the client's real name (any spelling) becomes the pseudonym code,
or "de cliënt" in the anonymised story; staff names stay in research exports and become roles in the story;
what deduce finds besides (other people, addresses, numbers, see formats/deduce_finder.py) becomes a
bracketed label. The matching itself lives in exchange/; this module reads the names from the store.

deduce needs seconds to load once per process: `prepare()` starts that in the background (the window calls it
when an export begins), so the export itself does not wait.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.formats import deduce_model
from kijkwijzer.formats.deduce_finder import DeduceFinder, patient_of
from kijkwijzer.formats.known_names import KnownName
from kijkwijzer.formats.pseudonymise import Pseudonymiser
from kijkwijzer.services import people
from kijkwijzer.store.models import Case, Client, Conversation, Professional, Reviewer

ROLE_LABELS = {
    "coach": "de coach",
    "researcher": "de onderzoeker",
    "colleague": "een collega",
    "client_researcher": "de cliëntonderzoeker",
    "learning_group": "de leergroep",
}
CLIENT = "de cliënt"


def prepare() -> None:
    """Start loading deduce in the background (nothing happens when it is loaded or loading)."""
    deduce_model.start_loading()


def ready() -> bool:
    return deduce_model.loaded()


def finder() -> DeduceFinder:
    """Waits for deduce when it is still loading; DeduceMissing (a BadInput) when it is not installed."""
    return DeduceFinder()


def client_names(session: Session, client: Client) -> tuple[str, ...]:
    """Every name the workspace knows the client by (the real name; further names the client goes by, when the
    store keeps them, belong here too)."""
    real = people.real_name_of(session, client)
    return (real,) if real else ()


def _staff(session: Session) -> list[tuple[str, Reviewer | None]]:
    rows: list[tuple[str, Reviewer | None]] = [(r.name, r) for r in session.scalars(select(Reviewer))]
    rows += [(p.name, None) for p in session.scalars(select(Professional))]
    return rows


def client_of_conversation(session: Session, conversation_id: int) -> Client | None:
    return session.scalar(
        select(Client)
        .join(Case, Case.client_id == Client.id)
        .join(Conversation, Conversation.case_id == Case.id)
        .where(Conversation.id == conversation_id)
    )


def for_conversation(session: Session, conversation_id: int) -> tuple[Pseudonymiser, str]:
    """For a research export (CSV, SRT, ELAN, the reflection report): the client's names become the pseudonym,
    staff names stay; returns the pseudonym too."""
    client = client_of_conversation(session, conversation_id)
    staff = [KnownName(name, None, strict=False) for name, _ in _staff(session)]
    if client is None:
        return Pseudonymiser(staff, finder()), ""
    names = client_names(session, client)
    known = [KnownName(n, client.pseudonym) for n in names] + [KnownName(client.pseudonym, None, parts=False)] + staff
    patient = patient_of(names[0]) if names else None
    return Pseudonymiser(known, finder(), client=client.pseudonym, patient=patient), client.pseudonym


def for_story(session: Session, case: Case, with_pseudonym: bool) -> Pseudonymiser:
    """For the anonymised story: the client becomes "de cliënt" (or the pseudonym code when asked for), every
    professional and reviewer their role ("de klantmanager", "de coach")."""
    client = session.get_one(Client, case.client_id)  # (a non-null foreign key: always there)
    professional = session.get(Professional, case.professional_id)
    function = f"de {professional.function}" if professional and professional.function else "de professional"
    label = client.pseudonym if with_pseudonym else CLIENT
    names = client_names(session, client)
    known = [KnownName(n, label) for n in names]
    known.append(KnownName(client.pseudonym, None if with_pseudonym else CLIENT, parts=False))
    if professional:
        known.append(KnownName(professional.name, function, strict=False))
    for name, reviewer in _staff(session):
        if reviewer is None:
            role = function if professional and name == professional.name else "een collega"
        elif reviewer.professional_id == case.professional_id:
            role = function
        else:
            role = ROLE_LABELS.get(reviewer.role, "een collega")
        known.append(KnownName(name, role, strict=False))
    patient = patient_of(names[0]) if names else None
    return Pseudonymiser(known, finder(), client=label, patient=patient)
