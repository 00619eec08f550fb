"""The client's known names in any spelling (formats/known_names.py), without deduce: every leak form of the
table, a property over decorated spellings, and the words that must stay (staff names in lower case, Dutch
words that merely contain a name)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kijkwijzer.formats.known_names import KnownName, NameMatcher, genitive
from kijkwijzer.formats.name_text import fold
from kijkwijzer.formats.pseudonym import Name, Scrubber

from .pseudonymise_support import LEAK_FORMS, REAL_NAME, leaks

CODE = "C-7Q3F5"
CLIENT = Scrubber([Name(REAL_NAME, CODE)])
STORY = Scrubber([
    Name(REAL_NAME, "de cliënt"),
    Name("Sanne de Vries", "de klantmanager", strict=False),
    Name("Coach Ahmed", "de coach", strict=False),
])


@pytest.mark.parametrize("form", LEAK_FORMS + ("JOZEFIEN'S dossier", "jozefien's", "Jozefien-Quackenbosch",
                                                "QUACKENBÖSCH", "Jozefiens_dossier", "JozefienS"))
def test_every_leak_form_becomes_the_pseudonym(form):
    out = CLIENT(form)
    assert leaks(out) == [], out
    assert CODE in out


@pytest.mark.parametrize(("text", "expected"), [
    ("Jozefiens moeder belt", "C-7Q3F5's moeder belt"),
    ("Jozefien2 op het scherm", "C-7Q3F5 2 op het scherm"),
    ("mevrouwQuackenbosch", "mevrouw C-7Q3F5"),
    ("dossier_Jozefien_2026", "dossier_C-7Q3F5_2026"),
    ("Quackenbosch, Jozefien zei niets", "C-7Q3F5 zei niets"),
])
def test_the_pseudonym_reads_well_where_the_name_stood(text, expected):
    assert CLIENT(text) == expected


def test_roles_in_the_story_keep_dutch_grammar():
    assert STORY("Jozefiens moeder belde.") == "De cliënts moeder belde."
    assert STORY("Daarna zegt jozefien niets.") == "Daarna zegt de cliënt niets."
    assert genitive("C-7Q3F5") == "C-7Q3F5's" and genitive("C-7Q3FS") == "C-7Q3FS's" and genitive("Lars") == "Lars'"


def test_staff_parts_count_only_with_a_capital():
    assert STORY("de coach zegt tegen Coach Ahmed: coach ahmed") == "de coach zegt tegen de coach: de coach"
    assert STORY("Sannes vraag; de vries") == "De klantmanagers vraag; de vries"
    assert STORY("Ahmed en Sanne") == "De coach en de klantmanager"


@pytest.mark.parametrize("text", [
    "januari en Janssen", "De Jansens kwamen", "alimentatie", "Jozefienstraat 4", "quackenboschachtig",
])
def test_words_that_merely_contain_a_name_stay(text):
    short = Scrubber([Name("Jan Ali", "C-1"), Name(REAL_NAME, CODE)])
    assert short(text) == text


def test_a_match_in_folded_text_replaces_exactly_the_typed_characters():
    text = "Zie Jo\u00adze\u0301fien\u200b."
    folded = fold(text)
    assert folded.text == "Zie Jozefien."
    hits = NameMatcher([KnownName(REAL_NAME, CODE)]).find(text)
    assert [text[h.start : h.end] for h in hits] == ["Jo\u00adze\u0301fien"]


_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_ACCENTS = {"e": "éèëê", "o": "óòöô", "a": "áàäâ", "i": "íìïî", "u": "úùüû"}


@st.composite
def decorated(draw, name: str = "Jozefien"):
    """The name as a careless or devious writer might type it: any case, accents, invisible characters inside,
    glued to digits, underscores or a capitalised word, with or without a genitive."""
    out = []
    for ch in name:
        ch = draw(st.sampled_from([ch, ch.upper(), ch.lower()]))
        if ch.lower() in _ACCENTS and draw(st.booleans()):
            accented = draw(st.sampled_from(_ACCENTS[ch.lower()]))
            ch = accented.upper() if ch.isupper() else accented
        out.append(ch)
        if draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(_INVISIBLE)))
    word = "".join(out)
    left = draw(st.sampled_from(["", " ", "2", "_", "(", "Mevrouw", "“"]))
    right = draw(st.sampled_from(["", " ", "s", "'s", "’s", "2", "_", ".", "Quackenbosch", " Quackenbosch"]))
    if left == "Mevrouw" and word[:1].islower():
        left = "mevrouw "
    if right == "Quackenbosch" and word[-1:].isupper():
        right = " Quackenbosch"
    return left + word + right


@settings(max_examples=300, deadline=None)
@given(decorated(), st.text(alphabet=string.ascii_lowercase + " .,", max_size=20))
def test_no_spelling_of_the_name_survives(spelled, around):
    out = CLIENT(f"{around} {spelled} {around}")
    assert leaks(out) == [], (spelled, out)
