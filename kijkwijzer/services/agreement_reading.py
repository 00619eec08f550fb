"""The agreement figures read out in plain words, in Dutch and in English: "Sanne en Joost zien weerstand vaak op
dezelfde momenten; raakmomenten zien ze verschillend".

Per pair of reviewers the themes fall in three groups by Cohen's kappa (bands of Landis & Koch 1977):
above .60 (substantial, almost perfect) "vaak op dezelfde momenten"; .41-.60 (moderate) "deels";
.40 and below (fair, slight, poor) "verschillend". A theme only one of the two marked is said as such
("alleen Sanne annoteerde echtheid"). With three or more reviewers a sentence on Krippendorff's alpha follows
(reliable from .800, tentative from .667, Krippendorff 2004).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kijkwijzer.analysis.agreement import AlphaBand, KappaBand, PairKappa
from kijkwijzer.analysis.reviewer_agreement import ReviewerAgreement

from .client_agreement import ClientAgreement

KAPPA_WORDS: dict[KappaBand, tuple[str, str]] = {
    "poor": ("slecht", "poor"), "slight": ("gering", "slight"), "fair": ("redelijk", "fair"),
    "moderate": ("matig", "moderate"), "substantial": ("goed", "substantial"),
    "almost_perfect": ("zeer goed", "almost perfect"),
}
ALPHA_WORDS: dict[AlphaBand, tuple[str, str]] = {
    "reliable": ("betrouwbaar", "reliable"), "tentative": ("voorlopig", "tentative"),
    "insufficient": ("onvoldoende", "insufficient"),
}
SAME: frozenset[KappaBand] = frozenset({"substantial", "almost_perfect"})
PARTLY: frozenset[KappaBand] = frozenset({"moderate"})

Text = tuple[str, str]  # (Dutch, English)


def number(value: float, lang: str, places: int = 2) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "nl" else text


def percent(share: float, lang: str) -> str:
    return f"{round(share * 100)} %" if lang == "nl" else f"{round(share * 100)}%"


def in_sentence(title: str) -> str:
    """A theme's title inside a sentence: lower case first letter (not for an abbreviation), quoted when it
    holds a comma itself."""
    if len(title) > 1 and title[0].isupper() and not title[1].isupper():
        title = title[0].lower() + title[1:]
    return f"‘{title}’" if "," in title else title


def listed(items: Sequence[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" en " if lang == "nl" else " and ") + items[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def pair_sentence(a: str, b: str, kappas: Sequence[PairKappa], title: Callable[[str, str], str], lang: str) -> str:
    """One sentence for one pair; `title(theme, lang)` gives a theme's title."""
    same, partly, differ, only_a, only_b = [], [], [], [], []
    for k in kappas:
        name = in_sentence(title(k.theme, lang))
        if k.units_a and not k.units_b:
            only_a.append(name)
        elif k.units_b and not k.units_a:
            only_b.append(name)
        elif k.band is None:
            continue
        elif k.band in SAME:
            same.append(name)
        elif k.band in PARTLY:
            partly.append(name)
        else:
            differ.append(name)
    nl = lang == "nl"
    clauses = []
    if same:
        clauses.append(f"{a} en {b} zien {listed(same, lang)} vaak op dezelfde momenten" if nl else
                       f"{a} and {b} often see {listed(same, lang)} at the same moments")
    if partly:
        if clauses:
            clauses.append(f"{listed(partly, lang)} deels" if nl else f"{listed(partly, lang)} partly")
        else:
            clauses.append(f"{a} en {b} zien {listed(partly, lang)} deels op dezelfde momenten" if nl else
                           f"{a} and {b} partly see {listed(partly, lang)} at the same moments")
    if differ:
        clauses.append((f"{listed(differ, lang)} zien ze verschillend" if clauses else
                        f"{a} en {b} zien {listed(differ, lang)} verschillend") if nl else
                       (f"they see {listed(differ, lang)} differently" if clauses else
                        f"{a} and {b} see {listed(differ, lang)} differently"))
    for who, themes in ((a, only_a), (b, only_b)):
        if themes:
            clauses.append(f"alleen {who} annoteerde {listed(themes, lang)}" if nl else
                           f"only {who} marked {listed(themes, lang)}")
    return _capital("; ".join(clauses)) + "." if clauses else ""


def alpha_sentence(figures: ReviewerAgreement, title: Callable[[str, str], str], lang: str) -> str:
    groups: dict[AlphaBand, list[str]] = {"reliable": [], "tentative": [], "insufficient": []}
    for x in figures.alphas:
        if x.band is not None:
            groups[x.band].append(in_sentence(title(x.theme, lang)))
    parts = [f"{ALPHA_WORDS[band][0 if lang == 'nl' else 1]} {'voor' if lang == 'nl' else 'for'} "
             f"{listed(themes, lang)}" for band, themes in groups.items() if themes]
    if not parts:
        return ""
    n = len(figures.reviewers)
    head = (f"Alle {n} kijkers samen (Krippendorffs alfa): " if lang == "nl" else
            f"All {n} reviewers together (Krippendorff's alpha): ")
    return head + "; ".join(parts) + "."


def too_few_sentence(names: Sequence[str], lang: str) -> str:
    if lang == "nl":
        first = (f"Alleen {names[0]} heeft deze opname geannoteerd." if names else
                 "Nog niemand heeft deze opname geannoteerd.")
        return (first + " Voor overeenstemming zijn annotaties van minstens twee kijkers nodig: laat een collega "
                "(coach, onderzoeker) dezelfde opname annoteren.")
    first = (f"Only {names[0]} has annotated this recording." if names else
             "Nobody has annotated this recording yet.")
    return (first + " Agreement needs the annotations of at least two reviewers: ask a colleague (coach, "
            "researcher) to annotate the same recording.")


def client_sentence(client: ClientAgreement | None, lang: str) -> str:
    """What the comparison with the client's reactions says, or '' when there is no consent or no fragment."""
    if client is None or not client.consent or not client.fragments:
        return ""
    nl = lang == "nl"
    if client.share_matching is None:
        return ("Cliënt en kijkers: nog geen fragment vergeleken met wat de cliënt zei." if nl else
                "Client and reviewers: no fragment compared with what the client said yet.")
    share = percent(client.share_matching, lang)
    m, d, c = client.match, client.differ, client.client_only
    if nl:
        parts = [(f"van de {client.marked} beoordeelde fragmenten {'komt' if m == 1 else 'komen'} er {m} overeen "
                  f"met wat de cliënt zei ({share})")]
        if d:
            parts.append(f"{d} {'verschilt' if d == 1 else 'verschillen'}")
        if c:
            parts.append(f"bij {c} zag alleen de cliënt iets")
        return "Cliënt en kijkers: " + "; ".join(parts) + "."
    parts = [(f"of the {client.marked} fragments compared, {m} {'matches' if m == 1 else 'match'} what the "
              f"client said ({share})")]
    if d:
        parts.append(f"{d} {'differs' if d == 1 else 'differ'}")
    if c:
        parts.append(f"in {c} only the client saw something")
    return "Client and reviewers: " + "; ".join(parts) + "."
