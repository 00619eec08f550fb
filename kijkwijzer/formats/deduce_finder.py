"""What `deduce` finds that no list of ours knows, and what each find becomes in an export.

Replaced: other people's names ("[persoon]"), addresses and postcodes ("[adres]"), places ("[plaats]"),
care institutions ("[instelling]"), BSN ("[bsn]"), other long numbers ("[nummer]"), phone numbers
("[telefoonnummer]"), e-mail addresses ("[e-mailadres]"), web addresses ("[webadres]"); a name deduce
recognises as the client's (also misspelt by one letter) becomes the client's own stand-in.

Kept, on purpose, because the method needs them and they do not point to a person on their own:
- dates, except a date of birth (a date after "geboren", "geb.", "geboortedatum", "verjaardag", "jarig"
  in the same sentence: "[geboortedatum]") and dates ten years or more back (life-history dates such as a
  birth or a marriage written without a cue: "[datum]"). Conversation dates, plan deadlines, "op 12 maart"
  stay: they are the data the reflection works with.
- ages under 90 ("een vrouw van 27 jaar", as in the method's own anonymised cases); 90 and over become
  "[leeftijd]" (so few people reach that age that it identifies).
"""

from __future__ import annotations

import re
import threading
from datetime import date

from . import deduce_model
from .known_names import Hit, tokens

PATIENT = "patient"
STAND_INS = {
    "persoon": "[persoon]",
    "adres": "[adres]",
    "plaats": "[plaats]",
    "instelling": "[instelling]",
    "geboortedatum": "[geboortedatum]",
    "datum": "[datum]",
    "leeftijd": "[leeftijd]",
    "bsn": "[bsn]",
    "nummer": "[nummer]",
    "telefoonnummer": "[telefoonnummer]",
    "e-mailadres": "[e-mailadres]",
    "webadres": "[webadres]",
}
_TAGS = {
    "persoon": "persoon",
    "locatie": "plaats",
    "straat": "adres",
    "huisnummer": "adres",
    "ziekenhuis": "instelling",
    "zorginstelling": "instelling",
    "instelling": "instelling",
    "datum": "datum",
    "leeftijd": "leeftijd",
    "bsn": "bsn",
    "id": "nummer",
    "telefoonnummer": "telefoonnummer",
    "emailadres": "e-mailadres",
    "url": "webadres",
}
OLD_DATE_YEARS = 10
OLD_AGE = 90
_BIRTH_CUE = re.compile(r"(?i)\b(?:geb\.|(?:geboren|geboorte\w*|verjaardag|jarig\w*|born|birth\w*|dob)\b)")
_SENTENCE_END = re.compile(r"(?i)(?<!\bgeb)[.!?\n](?=\s|$)")  # "geb." abbreviates, it ends no sentence
_FULL_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_YEAR = re.compile(r"(\d{2})\D*$")
_call_lock = threading.Lock()


def reason_of(tag: str, text: str) -> str:
    tag = tag.lower()
    if tag == PATIENT:
        return PATIENT
    reason = _TAGS.get(tag, tag)
    if reason == "plaats" and any(ch.isdigit() for ch in text):  # "Kerkstraat 12", "2711 AB Zoetermeer"
        return "adres"
    return reason


def _year(text: str, today: date) -> int | None:
    full = _FULL_YEAR.search(text)  # "3 april 1987", "1987-04-03"
    if full:
        return int(full.group())
    m = _YEAR.search(text)  # "3-4-87"
    if not m:
        return None
    year = int(m.group(1))
    if len(m.group(1)) == 2:
        year += 2000 if 2000 + year <= today.year + 1 else 1900
    return year


def date_reason(text: str, before: str, today: date) -> str | None:
    """"geboortedatum", "datum", or None for a date that stays."""
    sentence = _SENTENCE_END.split(before)[-1][-60:]
    if _BIRTH_CUE.search(sentence):
        return "geboortedatum"
    year = _year(text, today)
    if year is not None and year <= today.year - OLD_DATE_YEARS:
        return "datum"
    return None


def age_reason(text: str) -> str | None:
    m = re.search(r"\d+", text)
    return "leeftijd" if m and int(m.group()) >= OLD_AGE else None


def patient_of(real_name: str | None) -> tuple[tuple[str, ...], str | None] | None:
    """The client's name as deduce's patient: first name(s) and surname (everything after the first word)."""
    parts = tokens(real_name or "")
    if not parts:
        return None
    return (parts[0],), (" ".join(parts[1:]) or None)


class DeduceFinder:
    """Finds with the process's one deduce model (loaded on first use, see deduce_model.py)."""

    def __init__(self, today: date | None = None) -> None:
        self.model = deduce_model.model()
        self.today = today or date.today()
        from deduce.person import Person

        self._person = Person

    def find(
        self, text: str, patient: tuple[tuple[str, ...], str | None] | None = None, client: str | None = None
    ) -> list[Hit]:
        """Hits in `text`; a find that is the client (deduce's 'patient') becomes `client`."""
        if not text or not any(ch.isalnum() for ch in text):
            return []
        metadata = None
        if patient is not None:
            metadata = {"patient": self._person(first_names=list(patient[0]), surname=patient[1])}
        with _call_lock:  # deduce keeps no promise about threads; exports rarely run side by side
            document = self.model.deidentify(text, metadata=metadata)
        hits = []
        for a in sorted(document.annotations, key=lambda a: (a.start_char, a.end_char)):
            reason: str | None = reason_of(a.tag, a.text)
            if reason == "datum":
                reason = date_reason(a.text, text[: a.start_char], self.today)
            elif reason == "leeftijd":
                reason = age_reason(a.text)
            if reason is None:
                continue
            if reason == PATIENT:
                hits.append(Hit(a.start_char, a.end_char, client, PATIENT))
            else:
                stand_in = STAND_INS.get(reason, f"[{reason}]")
                hits.append(Hit(a.start_char, a.end_char, stand_in, reason, person=reason == "persoon"))
        return hits
