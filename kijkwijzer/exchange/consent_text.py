"""The words of the printable consent form and the client leaflet, as blocks built from the consent data.

Both documents are written for the client, in plain Dutch (short sentences, "u"). The PDF and the HTML
renderer (consent_form.py) draw the same blocks, so the two can never say different things.

Sources in the seeds (/work/shared/seeds):
* 004_9910d8d36bd164b8.txt lines 56-58: the project added "het toestemmingsformulier en de folder voor
  cliënten" as an appendix: hence one form and one leaflet, generated from the same data.
* 004 lines 142-144 (continued at lines 68-70, the text extraction moved it): recordings are made "met
  expliciete toestemming van de cliënt", analysed by researchers ("vreemde ogen") and discussed with the
  client (cliëntfeedback) and the professional: the purposes below.
* 004 lines 83-84 and 003_af5e15db252d20b7.txt lines 22-27: clients are in a dependent position; obligations
  to keep a benefit give professionals power over them. Hence, prominently: saying no or withdrawing has
  no consequences for the benefit or the support.
* 004 lines 1288-1290: a client withdrew from the project after the recording: withdrawing must be easy.
* The two feedback questions (domain.md, the cycle, step 5) are quoted in the leaflet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NO_CONSEQUENCES = "Dat heeft geen gevolgen voor uw uitkering of begeleiding."

# Per purpose: what the client agrees to, in the client's words (purpose ids: store/models/recordings.py).
PURPOSE_TEXT = {
    "recording": "Mijn gesprek wordt op video opgenomen.",
    "analysis": "De opname wordt bekeken door mijn professional en door deze met naam genoemde mensen:",
    "client_interview": "Iemand van het onderzoek laat mij later stukjes van de opname zien en vraagt wat ik ervan vind.",
    "learning_group": "Korte stukjes worden getoond in een leergroep van professionals (leerlab).",
    "training": "Korte stukjes worden gebruikt in lesmateriaal voor professionals.",
}
SETTING_TEXT = {"spreekkamer": "in de spreekkamer", "huisbezoek": "bij u thuis", "telefoon": "aan de telefoon",
                "beeldbellen": "via beeldbellen", "wandeling": "tijdens een wandeling"}


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


@dataclass(frozen=True)
class Block:
    """One element of a document: kind is title, heading, text, check, sign (signatures) or small."""

    kind: str
    text: str = ""
    checked: bool | None = None
    items: tuple[str, ...] = ()


def nl_date(day: date | None) -> str:
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")
    return f"{day.day} {months[day.month - 1]} {day.year}" if day else "...................."


def _timecode(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _how_given(data: ConsentFormData) -> str:
    if data.method == "verbal":
        at = f" (tijdcode {_timecode(data.verbal_at_ms)})" if data.verbal_at_ms is not None else ""
        return f"Mondeling gegeven op {nl_date(data.given_on)}, aan het begin van de opname{at}."
    if data.method == "form":
        return f"Schriftelijk gegeven op {nl_date(data.given_on)}, met dit formulier."
    return ""


def form_blocks(data: ConsentFormData) -> list[Block]:
    where = SETTING_TEXT.get(data.setting, data.setting)
    blocks = [
        Block("title", "Toestemming voor een video-opname van uw gesprek"),
        Block("text", f"U heeft op {nl_date(data.held_on)} een gesprek met {data.professional_name}, {where}."
              + (f" Doel van het gesprek: {data.goal}." if data.goal.strip() else "")),
        Block("text", "Wij willen leren hoe wij betere gesprekken voeren. Daarom willen wij uw gesprek opnemen en "
              "terugkijken. Dat doen wij alleen als u dat goed vindt."),
        Block("text", f"Meedoen is vrijwillig. U mag nee zeggen. {NO_CONSEQUENCES}"),
        Block("heading", "Waarvoor geeft u toestemming?"),
        Block("small", "Kruis aan wat u goed vindt. Wat u niet aankruist, gebeurt niet."),
    ]
    for choice in data.choices:
        text = PURPOSE_TEXT.get(choice.purpose, choice.purpose)
        if choice.withdrawn_on is not None:
            text += f" (Ingetrokken op {nl_date(choice.withdrawn_on)}.)"
        blocks.append(Block("check", text, checked=choice.chosen,
                            items=choice.reviewers if choice.purpose == "analysis" else ()))
    blocks += [
        Block("heading", "Hoe lang bewaren wij het?"),
        Block("text", "De opname en alles wat erover is opgeschreven, wissen wij uiterlijk op "
              f"{nl_date(data.retain_until)}. Daarna is er niets meer van over."),
        Block("heading", "U kunt altijd stoppen"),
        Block("text", "U mag uw toestemming altijd intrekken, ook later, zonder te zeggen waarom. Zeg het tegen "
              f"{data.professional_name} of tegen de onderzoeker. Wij wissen dan de opname en alles wat ervan "
              f"is gemaakt: stukjes, aantekeningen en wat u erover vertelde. {NO_CONSEQUENCES}"),
        Block("heading", "Uw gegevens"),
        Block("text", f"Uw naam staat niet in het programma. Wij gebruiken een code: {data.client_pseudonym}. "
              "Alleen de mensen die hierboven staan kunnen de opname bekijken. Wij houden bij wie de opname "
              "heeft bekeken."),
    ]
    if _how_given(data):
        blocks += [Block("heading", "Toestemming gegeven"), Block("text", _how_given(data))]
    blocks += [
        Block("sign", items=(data.professional_name,)),
        Block("small", f"Gesprek {data.conversation_id} · code {data.client_pseudonym} · "
              f"gemaakt op {nl_date(data.made_on)}. Eén exemplaar voor u, één voor de professional."),
    ]
    return blocks


def leaflet_blocks(data: ConsentFormData) -> list[Block]:
    return [
        Block("title", "Uw gesprek op video: wat betekent dat voor u?"),
        Block("heading", "Waarom vragen wij dit?"),
        Block("text", "Wij willen betere gesprekken voeren, zodat u zich begrepen voelt en wij samen verder "
              "komen. Daarom kijken wij terug naar een opname van het gesprek, soms samen met iemand van "
              "buiten die met frisse ogen meekijkt."),
        Block("heading", "Moet ik meedoen?"),
        Block("text", f"Nee. Meedoen is vrijwillig. Nee zeggen mag altijd. {NO_CONSEQUENCES}"),
        Block("heading", "Wie ziet de opname?"),
        Block("text", f"Alleen {data.professional_name} en de mensen voor wie u op het toestemmingsformulier "
              "toestemming geeft. De opname staat op een beveiligde plek. Wij houden bij wie haar bekijkt. "
              "Uw naam staat niet in het programma: wij gebruiken een code."),
        Block("heading", "Wat vragen wij aan u?"),
        Block("text", "Als u dat wilt, laat iemand van het onderzoek u later een paar stukjes zien. U vertelt "
              "wat u toen dacht en voelde. Wij vragen ook: \u201cBegrijpen we elkaar beter?\u201d en "
              "\u201cKomen we dichter bij het doel?\u201d"),
        Block("heading", "Hoe lang bewaren wij het?"),
        Block("text", f"Tot uiterlijk {nl_date(data.retain_until)}. Daarna wissen wij alles."),
        Block("heading", "Wilt u stoppen?"),
        Block("text", f"Dat kan altijd, ook later. Zeg het tegen {data.professional_name}. Wij wissen dan de "
              f"opname en alles wat ervan is gemaakt. U hoeft niet te zeggen waarom. {NO_CONSEQUENCES}"),
        Block("small", f"Vragen? Stel ze aan {data.professional_name}. Code: {data.client_pseudonym}."),
    ]
