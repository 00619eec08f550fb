"""The suggested SLIM verdict: does the approach (role + trajectory logic) fit the client's self-image?

The seed's question is "In hoeverre past de benadering en de interventielogica die je gebruikt bij het zelfbeeld
van een cliënt?" (004:2409-2410): the self-image is the anchor; role and logic are compared with it, not with
each other. Items of one row of the three lists fit each other (content/slim.toml [[row]]). A self-image can be
mixed: the first pick is how the client *mainly* sees himself, further picks are what he shows at moments
(case 1: "lijkt de cliënt zichzelf vooral te zien als iemand die wil en kan", but "Op zijn kwetsbare momenten
spreekt hij de klantmanager wel aan als autoriteit van wie hij iets wil leren", 004:297-306). The rule:

* **mismatch**: no role or logic item sits in a row of the self-image, even when role and logic agree with
  each other: case 2 first phase, pedagogical against a client who wants "een kans, geen preken" (004:554-562);
  case 7, a search profile against "wel wil ... maar niet goed genoeg kan" (004:1299-1307); cases 3 (first
  phase), 4, 5 (second conversation), 6, 8, 9, 11 and case 12's earlier directive approaches likewise. A count of "two of
  three lists agree" would call these partial; the seed calls them mismatch.
* **match**: the approach meets the main self-image (role and logic, as far as filled in, each have an item in
  its row) and nothing in the approach goes against the self-image (every item sits in a row of it). Case 12
  (004:2050-2053 "Dit sluit helemaal aan bij het zelfbeeld"), case 2 after the approach changed to facilitating
  (004:563-565), case 10 second phase (004:1767-1770 "naadloos"). Case 13: the client mainly trusts the
  professional to solve her problems and "deels" sees work as part of the solution; taking her by the hand is
  "een match" (004:2132-2139): a further aspect of the self-image the approach leaves aside does not spoil it.
* **gedeeltelijke mismatch**: everything in between. The approach meets only a further aspect of the self-image
  and not the main one (case 1, 004:305-306 "zorgt voor een gedeeltelijke mismatch"; case 10 first phase:
  the client "laat zich graag bij de hand nemen" but sees himself as more self-reliant, and "Er ontstaat echter
  weinig energie", 004:1760-1770), or one of role and logic fits and the other does not (case 3 second phase:
  co-creating "sluit aan wat betreft de gelijkwaardige werkrelatie, maar het is de vraag in hoeverre er een
  gezamenlijk doel is", 004:826-831).

With one self-image pick this reads: role and logic in its row = match; one of them = gedeeltelijke mismatch;
neither = mismatch. tests/domain/test_slim_seed_cases.py holds every analysis of the 13 cases against this rule.
The words shown (verdict labels, list titles) come from the content through `SlimNames`; the reasoning
sentences are the product's own. Pure: works on anything with `id`, `list`, `row`, `label`, `label_en`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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

APPROACHES = ("professional", "andere_professionals", "organisatie")  # whose approach an analysis judges


class SlimPick(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def list(self) -> str: ...
    @property
    def row(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def label_en(self) -> str: ...


@dataclass(frozen=True)
class SlimNames:
    """The names the reasoning shows, (Dutch, English) by id: verdict labels and list titles, from the content."""

    verdicts: Mapping[str, tuple[str, str]]
    lists: Mapping[str, tuple[str, str]]

    def verdict(self, verdict_id: str, lang: str = "nl") -> str:
        nl, en = self.verdicts.get(verdict_id, (verdict_id, verdict_id))
        return nl if lang == "nl" else en

    def list(self, list_id: str, lang: str = "nl") -> str:
        nl, en = self.lists.get(list_id, (list_id, list_id))
        return nl if lang == "nl" else en


@dataclass(frozen=True)
class SlimSuggestion:
    """The suggested verdict with the reasoning a reviewer can check, in Dutch and English."""

    verdict: str | None  # a verdict id, or None when too little is filled in to judge
    aligned: tuple[str, ...]  # role/logic items in a row of the self-image
    misaligned: tuple[str, ...]  # role/logic items outside every row of the self-image
    hint: tuple[str, ...]  # role/logic items that would fit the main self-image but were not picked
    reasoning_nl: str
    reasoning_en: str

    def reasoning(self, lang: str = "nl") -> str:
        return self.reasoning_nl if lang == "nl" else self.reasoning_en


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


def judge(main_row: int, self_rows: set[int], role_rows: set[int], logic_rows: set[int]) -> str:
    """The rule of the module docstring on rows alone (`main_row` is in `self_rows`)."""
    approach = role_rows | logic_rows
    if not approach & self_rows:
        return MISMATCH
    meets_main = all(main_row in rows for rows in (role_rows, logic_rows) if rows)
    if meets_main and approach <= self_rows:
        return MATCH
    return PARTIAL


def suggest_verdict(zelfbeeld: Sequence[SlimPick], rol: Sequence[SlimPick], logica: Sequence[SlimPick],
                    catalogue: Sequence[SlimPick] = (), *, names: SlimNames) -> SlimSuggestion:
    """Suggest match / gedeeltelijke mismatch / mismatch from the rows of the picked items (see module doc).

    `zelfbeeld[0]` is the main self-image. `catalogue` (all SLIM items) lets the reasoning name the approach
    that would fit the main self-image, the "aanwijzing" the model gives when there is a mismatch (004:2412-2413).
    """
    if not zelfbeeld or not (rol or logica):
        missing_nl = "het zelfbeeld van de cliënt" if not zelfbeeld else "de rol of de logica van het traject"
        missing_en = "the client's self-image" if not zelfbeeld else "the role or the trajectory logic"
        return SlimSuggestion(None, (), (), (), f"Nog geen oordeel: kies eerst {missing_nl}.",
                              f"No verdict yet: first choose {missing_en}.")
    main_row, self_rows = zelfbeeld[0].row, _rows(zelfbeeld)
    verdict = judge(main_row, self_rows, _rows(rol), _rows(logica))
    approach = [*rol, *logica]
    aligned = tuple(p.id for p in approach if p.row in self_rows)
    misaligned = tuple(p.id for p in approach if p.row not in self_rows)
    picked = {p.id for p in approach}
    hint_items = [c for c in catalogue if c.list in (LIST_ROL, LIST_LOGICA) and c.row == main_row
                  and c.id not in picked]
    lines = {lang: _reasoning(lang, names, zelfbeeld, rol, logica, verdict, hint_items) for lang in ("nl", "en")}
    return SlimSuggestion(verdict, aligned, misaligned, tuple(c.id for c in hint_items), lines["nl"], lines["en"])


def _self_line(lang: str, names: SlimNames, zelfbeeld: Sequence[SlimPick]) -> str:
    title = names.list(LIST_ZELFBEELD, lang)
    lead = f"{title} " if title.endswith("?") else f"{title}: "
    if len(zelfbeeld) == 1:
        return lead + f"{_names(zelfbeeld, lang)}."
    nl = lang == "nl"
    return lead + ("vooral " if nl else "mainly ") + _names(zelfbeeld[:1], lang) \
        + ("; ook " if nl else "; also ") + _names(zelfbeeld[1:], lang) + "."


def _fit_line(lang: str, names: SlimNames, list_id: str, picks: Sequence[SlimPick], main_row: int,
              self_rows: set[int]) -> str | None:
    if not picks:
        return None
    nl = lang == "nl"
    groups = (
        ("sluit aan bij het zelfbeeld" if nl else "fits the self-image", [p for p in picks if p.row == main_row]),
        ("sluit aan bij een deel van het zelfbeeld" if nl else "fits part of the self-image",
         [p for p in picks if p.row in self_rows and p.row != main_row]),
        ("sluit niet aan" if nl else "does not fit", [p for p in picks if p.row not in self_rows]),
    )
    parts = [f"{text}: {_names(found, lang)}" for text, found in groups if found]
    return f"{names.list(list_id, lang)}: " + "; ".join(parts) + "."


def _reasoning(lang: str, names: SlimNames, zelfbeeld: Sequence[SlimPick], rol: Sequence[SlimPick],
               logica: Sequence[SlimPick], verdict: str, hint: Sequence[SlimPick]) -> str:
    """Product text (not from the method): how the rule came to the verdict, for the reviewer to check."""
    nl = lang == "nl"
    main_row, self_rows = zelfbeeld[0].row, _rows(zelfbeeld)
    label = names.verdict(verdict, lang)
    lines = [_self_line(lang, names, zelfbeeld)]
    for list_id, picks in ((LIST_ROL, rol), (LIST_LOGICA, logica)):
        line = _fit_line(lang, names, list_id, picks, main_row, self_rows)
        if line:
            lines.append(line)
    if verdict == MATCH:
        if len(self_rows) == 1:
            lines.append(f"Zelfbeeld, rol en logica liggen op één lijn: {label}." if nl
                         else f"Self-image, role and logic line up: {label}.")
        else:
            lines.append(f"De benadering sluit aan bij hoe de cliënt zich vooral ziet: {label}." if nl
                         else f"The approach fits how the client mainly sees himself: {label}.")
    elif verdict == MISMATCH:
        if rol and logica and _rows(rol) & _rows(logica):
            lines.append(f"Rol en logica sluiten op elkaar aan, maar niet bij het zelfbeeld van de cliënt: {label}."
                         if nl else f"Role and logic fit each other, but not the client's self-image: {label}.")
        else:
            lines.append(f"De benadering sluit niet aan bij het zelfbeeld van de cliënt: {label}." if nl
                         else f"The approach does not fit the client's self-image: {label}.")
    else:
        lines.append(f"De benadering sluit maar voor een deel aan bij het zelfbeeld: {label}." if nl
                     else f"The approach fits the self-image only in part: {label}.")
    if verdict != MATCH and hint:
        lines.append(("Aanwijzing: bij dit zelfbeeld past " if nl else "Hint: this self-image fits ")
                     + f"{_names(hint, lang)}.")
    return "\n".join(lines)
