"""The consent form and the client leaflet, as blocks built from the consent data and the texts of
content/consent.toml (services/consent_documents.py hands them over in `ConsentFormData.texts`).

Both documents are written for the client, in plain Dutch (short sentences, "u"), and end in a discreet line
saying the words are Kijkwijzer's, not the method's (`toestemming.producttekst`; the window marks such text
with ui/product_text.py). The PDF and the HTML
renderer (consent_form.py) draw the same blocks, so the two can never say different things. Where the texts
come from in the seeds, and which are written by the project, is recorded per text in content/consent.toml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

PREFIX = "toestemming."  # the content ids of these texts (content/consent.toml)


@dataclass(frozen=True)
class PurposeChoice:
    purpose: str
    chosen: bool | None  # None: a blank form, the client ticks it by hand
    reviewers: tuple[str, ...] = ()
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class ConsentFormData:
    """Everything the documents show. Never the client's real name: only the pseudonym code."""

    conversation_id: int
    client_pseudonym: str
    professional_name: str
    held_on: date
    goal: str
    setting: str
    choices: tuple[PurposeChoice, ...]
    given_on: date | None = None
    method: str | None = None  # "form" | "verbal"
    verbal_at_ms: int | None = None
    retain_until: date | None = None
    made_on: date = field(default_factory=date.today)
    texts: Mapping[str, str] = field(default_factory=dict)  # content id -> Dutch text (content/consent.toml)
    questions: tuple[str, ...] = ()  # the two client-feedback questions (content/feedback.toml)

    def text(self, name: str, **values: object) -> str:
        """The text `toestemming.<name>` with its placeholders filled in."""
        return self.texts[PREFIX + name].format(**values)


@dataclass(frozen=True)
class Block:
    """One element of a document: kind is title, heading, text, check, sign (signatures) or small.
    A sign block's items are the professional's name and the labels: client, professional, signature, date."""

    kind: str
    text: str = ""
    checked: bool | None = None
    items: tuple[str, ...] = ()
    names_to_write: bool = False  # a check without names yet: room to write them by hand


def nl_date(day: date | None) -> str:
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")
    return f"{day.day} {months[day.month - 1]} {day.year}" if day else "...................."


def _timecode(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _how_given(data: ConsentFormData) -> str:
    if data.method == "verbal":
        at = data.text("formulier.tijdcode", tijd=_timecode(data.verbal_at_ms)) if data.verbal_at_ms is not None else ""
        return data.text("formulier.mondeling", datum=nl_date(data.given_on), tijdcode=f" {at}" if at else "")
    if data.method == "form":
        return data.text("formulier.schriftelijk", datum=nl_date(data.given_on))
    return ""


def _place(data: ConsentFormData) -> str:
    key = f"{PREFIX}plaats.{data.setting}"
    return data.texts.get(key, data.setting)


def _no_consequences(data: ConsentFormData, first: str) -> str:
    return f"{first} {data.text('geen_gevolgen')}"


def form_blocks(data: ConsentFormData) -> list[Block]:
    professional, code = data.professional_name, data.client_pseudonym
    opening = data.text("formulier.gesprek", datum=nl_date(data.held_on), professional=professional,
                        plaats=_place(data))
    if data.goal.strip():
        opening += " " + data.text("formulier.gespreksdoel", doel=data.goal.strip())
    blocks = [
        Block("title", data.text("formulier.titel")),
        Block("text", opening),
        Block("text", data.text("formulier.waarom")),
        Block("text", _no_consequences(data, data.text("formulier.vrijwillig"))),
        Block("heading", data.text("formulier.kop_doelen")),
        Block("small", data.text("formulier.aankruisen")),
    ]
    for choice in data.choices:
        text = data.texts.get(f"{PREFIX}doel.{choice.purpose}", choice.purpose)
        if choice.withdrawn_on is not None:
            text += " " + data.text("formulier.ingetrokken", datum=nl_date(choice.withdrawn_on))
        analysis = choice.purpose == "analysis"
        blocks.append(Block("check", text, checked=choice.chosen, items=choice.reviewers if analysis else (),
                            names_to_write=analysis and not choice.reviewers))
    blocks += [
        Block("heading", data.text("formulier.kop_bewaren")),
        Block("text", data.text("formulier.bewaren", datum=nl_date(data.retain_until))),
        Block("heading", data.text("formulier.kop_stoppen")),
        Block("text", _no_consequences(data, data.text("formulier.stoppen", professional=professional))),
        Block("heading", data.text("formulier.kop_gegevens")),
        Block("text", " ".join(data.text(f"gegevens.{name}", code=code, professional=professional)
                               for name in ("naam", "opname", "delen", "wissen"))),
    ]
    if _how_given(data):
        blocks += [Block("heading", data.text("formulier.kop_gegeven")), Block("text", _how_given(data))]
    blocks += [
        Block("sign", items=(professional, *(data.text(f"teken.{name}")
                                              for name in ("client", "professional", "handtekening", "datum")))),
        Block("small", data.text("formulier.voet", gesprek=data.conversation_id, code=code,
                                 datum=nl_date(data.made_on))),
        Block("small", data.text("producttekst")),
    ]
    return blocks


def leaflet_blocks(data: ConsentFormData) -> list[Block]:
    professional, code = data.professional_name, data.client_pseudonym
    first, second = (*data.questions, "", "")[:2]
    return [
        Block("title", data.text("folder.titel")),
        Block("heading", data.text("folder.kop_waarom")),
        Block("text", data.text("folder.waarom")),
        Block("heading", data.text("folder.kop_meedoen")),
        Block("text", _no_consequences(data, data.text("folder.meedoen"))),
        Block("heading", data.text("folder.kop_wie")),
        Block("text", data.text("folder.wie", professional=professional)),
        Block("heading", data.text("folder.kop_naam")),
        Block("text", data.text("folder.naam", code=code, professional=professional)),
        Block("heading", data.text("folder.kop_vragen")),
        Block("text", data.text("folder.vragen", vraag1=first, vraag2=second)),
        Block("heading", data.text("formulier.kop_bewaren")),
        Block("text", data.text("folder.bewaren", datum=nl_date(data.retain_until))),
        Block("heading", data.text("folder.kop_stoppen")),
        Block("text", _no_consequences(data, data.text("folder.stoppen", professional=professional))),
        Block("small", data.text("folder.voet", professional=professional, code=code)),
        Block("small", data.text("producttekst")),
    ]
