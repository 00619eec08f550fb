"""The suggested SLIM verdict: does the approach (role + trajectory logic) fit the client's self-image?

The rule, read from the case analyses of 004 (the seed wins over a simple "count two of three"):

* The seed's question is "In hoeverre past de benadering en de interventielogica die je gebruikt bij het
  zelfbeeld van een cliënt?" (004:2409-2410). So the client's self-image is the anchor; role and logic are
  compared with it, not with each other.
* **match**: role and logic sit in exactly the row(s) of the self-image: all three lists aligned
  (case 13, 004:2050-2053 "Dit sluit helemaal aan bij het zelfbeeld"; case 3 after the approach changed
  to facilitating, 004:562-566).
* **mismatch**: neither role nor logic sits in a row of the self-image, even when role and logic agree with
  each other (case 3 first phase, pedagogical vs. "gelijkwaardig", 004:556-562; case 6 facilitating vs.
  "wil wel maar kan niet", 004:1297-1307; case 5, 8, 9, 12 likewise). A naive "two of three lists agree"
  count would call these partial; the seed calls them mismatch.
* **gedeeltelijke mismatch**: anything in between: the self-image matches one of the two (role or logic)
  but not the other, or the self-image is mixed and the approach meets only part of it (case 1: the client
  sees himself as "wil en kan" but on vulnerable moments wants to learn from the professional; the approach
  is pedagogical; 004:293-306 "zorgt voor een gedeeltelijke mismatch").

Several items may be picked per list, because the cases describe mixed pictures ("deels pedagogisch, deels
directief", 004:1466-1467). With one pick per list the rule reads: all three aligned = match; the self-image
aligned with one of role/logic = partial mismatch; aligned with neither = mismatch.
Pure: works on anything with `id`, `list`, `row`, `label`, `label_en` (content's `SlimItem` fits).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

MATCH = "slim.oordeel.match"
PARTIAL = "slim.oordeel.gedeeltelijke_mismatch"
MISMATCH = "slim.oordeel.mismatch"
VERDICTS = (MATCH, PARTIAL, MISMATCH)

LIST_ZELFBEELD = "slim.lijst.zelfbeeld"
LIST_ROL = "slim.lijst.rol"
LIST_LOGICA = "slim.lijst.logica"
LISTS = (LIST_ZELFBEELD, LIST_ROL, LIST_LOGICA)

_LIST_NAMES = {
    LIST_ZELFBEELD: ("Zelfbeeld van de cliënt", "Client's self-image"),
    LIST_ROL: ("Rol van de professional", "Role of the professional"),
    LIST_LOGICA: ("Logica van het traject", "Logic of the trajectory"),
}
_VERDICT_NAMES = {
    MATCH: ("match", "match"),
    PARTIAL: ("gedeeltelijke mismatch", "partial mismatch"),
    MISMATCH: ("mismatch", "mismatch"),
}


class SlimPick(Protocol):
    id: str
    list: str
    row: int
    label: str
    label_en: str


@dataclass(frozen=True)
class SlimSuggestion:
    """The suggested verdict with the reasoning a reviewer can check, in Dutch and English."""

    verdict: str | None  # a verdict id, or None when too little is filled in to judge
    aligned: tuple[str, ...]  # role/logic items in a row of the self-image
    misaligned: tuple[str, ...]  # role/logic items outside every row of the self-image
    hint: tuple[str, ...]  # role/logic items that would fit the self-image but were not picked
    reasoning_nl: str
    reasoning_en: str

    def reasoning(self, lang: str = "nl") -> str:
        return self.reasoning_nl if lang == "nl" else self.reasoning_en


def verdict_label(verdict_id: str | None, lang: str = "nl") -> str:
    if verdict_id is None:
        return "geen oordeel" if lang == "nl" else "no verdict"
    nl, en = _VERDICT_NAMES.get(verdict_id, (verdict_id, verdict_id))
    return nl if lang == "nl" else en


def _rows(picks: Iterable[SlimPick]) -> set[int]:
    return {p.row for p in picks}


def _names(picks: Iterable[SlimPick], lang: str) -> str:
    labels = [(p.label if lang == "nl" else p.label_en) for p in picks]
    if not labels:
        return "-"
    if len(labels) == 1:
        return f"‘{labels[0]}’"
    joiner = " en " if lang == "nl" else " and "
    return ", ".join(f"‘{x}’" for x in labels[:-1]) + joiner + f"‘{labels[-1]}’"


def _judge(self_rows: set[int], role_rows: set[int], logic_rows: set[int]) -> str:
    approach = role_rows | logic_rows
    if not self_rows & approach:
        return MISMATCH
    filled = [rows for rows in (role_rows, logic_rows) if rows]
    if all(rows == self_rows for rows in filled):
        return MATCH
    return PARTIAL


def suggest_verdict(zelfbeeld: Sequence[SlimPick], rol: Sequence[SlimPick], logica: Sequence[SlimPick],
                    catalogue: Sequence[SlimPick] = ()) -> SlimSuggestion:
    """Suggest match / gedeeltelijke mismatch / mismatch from the rows of the picked items (see module doc).

    `catalogue` (all SLIM items) lets the reasoning name the approach that would fit the self-image, the
    "aanwijzing" the model gives when there is a mismatch (004:2412-2413).
    """
    if not zelfbeeld or not (rol or logica):
        missing_nl = "het zelfbeeld van de cliënt" if not zelfbeeld else "de rol of de logica van het traject"
        missing_en = "the client's self-image" if not zelfbeeld else "the role or the trajectory logic"
        return SlimSuggestion(None, (), (), (), f"Nog geen oordeel: kies eerst {missing_nl}.",
                              f"No verdict yet: first choose {missing_en}.")
    self_rows = _rows(zelfbeeld)
    verdict = _judge(self_rows, _rows(rol), _rows(logica))
    approach = [*rol, *logica]
    aligned = tuple(p.id for p in approach if p.row in self_rows)
    misaligned = tuple(p.id for p in approach if p.row not in self_rows)
    picked = {p.id for p in approach}
    hint_items = [c for c in catalogue if c.list in (LIST_ROL, LIST_LOGICA) and c.row in self_rows
                  and c.id not in picked]
    lines = {lang: _reasoning(lang, zelfbeeld, rol, logica, verdict, hint_items) for lang in ("nl", "en")}
    return SlimSuggestion(verdict, aligned, misaligned, tuple(c.id for c in hint_items), lines["nl"], lines["en"])


def _fit_line(lang: str, list_id: str, picks: Sequence[SlimPick], self_rows: set[int]) -> str | None:
    if not picks:
        return None
    name = _LIST_NAMES[list_id][0 if lang == "nl" else 1]
    fits = [p for p in picks if p.row in self_rows]
    misses = [p for p in picks if p.row not in self_rows]
    parts = []
    if fits:
        parts.append(("sluit aan bij het zelfbeeld" if lang == "nl" else "fits the self-image")
                     + f": {_names(fits, lang)}")
    if misses:
        parts.append(("sluit niet aan" if lang == "nl" else "does not fit") + f": {_names(misses, lang)}")
    return f"{name}: " + "; ".join(parts) + "."


def _reasoning(lang: str, zelfbeeld: Sequence[SlimPick], rol: Sequence[SlimPick], logica: Sequence[SlimPick],
               verdict: str, hint: Sequence[SlimPick]) -> str:
    nl = lang == "nl"
    self_rows = _rows(zelfbeeld)
    lines = [f"{_LIST_NAMES[LIST_ZELFBEELD][0 if nl else 1]}: {_names(zelfbeeld, lang)}."]
    for list_id, picks in ((LIST_ROL, rol), (LIST_LOGICA, logica)):
        line = _fit_line(lang, list_id, picks, self_rows)
        if line:
            lines.append(line)
    if verdict == MATCH:
        lines.append("Zelfbeeld, rol en logica liggen op één lijn: match." if nl
                     else "Self-image, role and logic line up: match.")
    elif verdict == MISMATCH:
        if rol and logica and _rows(rol) & _rows(logica):
            lines.append("Rol en logica sluiten op elkaar aan, maar niet bij het zelfbeeld van de cliënt: mismatch."
                         if nl else "Role and logic fit each other, but not the client's self-image: mismatch.")
        else:
            lines.append("De benadering sluit niet aan bij het zelfbeeld van de cliënt: mismatch." if nl
                         else "The approach does not fit the client's self-image: mismatch.")
    else:
        lines.append("De benadering sluit maar voor een deel aan bij het zelfbeeld: gedeeltelijke mismatch." if nl
                     else "The approach fits the self-image only in part: partial mismatch.")
    if verdict != MATCH and hint:
        lines.append(("Aanwijzing: bij dit zelfbeeld past " if nl else "Hint: this self-image fits ")
                     + f"{_names(hint, lang)}.")
    return "\n".join(lines)
