"""The casebook files (content/casebook/case_*.toml): each one reads, its ids exist, its passage ranges hold and
every verbatim text stands in the seed lines given with it; a broken file is refused with a message naming
the file and the place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kijkwijzer.content import load_content, seeds_dir
from kijkwijzer.content.casebook import case_files, load_casebook, read_case, seed_problems, verbatim_texts
from kijkwijzer.errors import ContentError

SEEDS = seeds_dir()
EXAMPLE = Path(__file__).resolve().parent / "casebook_example"
FILES = case_files()


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_case_file_reads_and_stands_in_the_seed(path: Path, content) -> None:
    case = read_case(path, content)
    assert case.profile and case.conversations and case.recorded
    assert path.name == f"case_{case.number:02d}.toml"
    assert all(conv.passages for conv in case.recorded)
    if SEEDS is not None:
        assert seed_problems(case, SEEDS) == []


def test_the_casebook_as_a_whole(content) -> None:
    if not FILES:
        pytest.skip("no case files yet")
    book = load_casebook(content)
    assert [c.number for c in book] == sorted(c.number for c in book)
    assert len({c.client for c in book}) == len(book)


def test_the_example_reads_with_every_part(content) -> None:
    [case] = load_casebook(content, EXAMPLE)
    [conv] = case.conversations
    assert (case.number, case.client, case.professional) == (1, "C-004-01", "Klantmanager 1")
    assert [p.speaker for p in conv.passages] == ["", "Cliënt", "", ""]
    assert conv.fragments[0].passages == (2, 3) and conv.fragments[0].themes == ("thema.weerstand",)
    assert conv.interviews[0].question == "feedback.werkrelatie"
    assert conv.slim[0].verdict == "slim.oordeel.gedeeltelijke_mismatch" and conv.slim[0].approach_of == "professional"
    [held] = case.reflections
    assert held.covers == (1,) and held.aandachtspunten[0].theme == "thema.beleving" and held.leerpunten
    assert [e.kind for e in case.events] == ["note"]
    assert len(verbatim_texts(case)) == 19


@pytest.mark.skipif(SEEDS is None, reason="seed documents not available")
def test_a_changed_word_is_found_by_the_seed_check(content, tmp_path: Path) -> None:
    assert seed_problems(read_case(EXAMPLE / "case_01.toml", content), SEEDS) == []
    broken = _copy(tmp_path, "die gaf hem stress", "die gaf hem rust")
    [problem] = seed_problems(read_case(broken, content), SEEDS)
    assert "case_01.toml: conversation 1 passage 2" in problem and "not found in" in problem


def _copy(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "case_01.toml"
    shutil.copy(EXAMPLE / "case_01.toml", target)
    text = target.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in the example"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(("old", "new", "says"), [
    ('themes = ["thema.weerstand"]', 'themes = ["thema.bestaat_niet"]', "onbekende thema 'thema.bestaat_niet'"),
    ('level = "niveau.gevoel"', 'level = "niveau.diep"', "onbekende gespreksniveau"),
    ('zelfbeeld = ["slim.zelfbeeld.wil_en_kan"]', 'zelfbeeld = ["slim.rol.pedagogisch"]', "onbekende SLIM-zelfbeeld"),
    ('verdict = "slim.oordeel.gedeeltelijke_mismatch"', 'verdict = "slim.oordeel.half"', "onbekende oordeel"),
    ('question = "feedback.werkrelatie"', 'question = "feedback.sfeer"', "onbekende feedbackvraag"),
    ("passages = [2, 3]", "passages = [3, 9]", "'passages' moet [eerste, laatste] zijn binnen 1..4"),
    ("covers = [1]", "covers = [2]", "gesprek 2 bestaat niet in deze casus"),
    ('approach_of = "professional"', 'approach_of = "de buurman"', "'approach_of' moet een van"),
    ('kind = "note"', 'kind = "uitkomst"', "onbekende soort 'uitkomst'"),
    ("number = 1\ntitle", "number = 14\ntitle", "'number' moet 1..13 zijn"),
    ('title = "Kritiek', 'titel = "Kritiek', "onbekend(e) veld(en) titel"),
    ('seed = "004_9910d8d36bd164b8.txt:242-246"', 'seed = "004.txt:240"', "ongeldige bronverwijzing"),
    ("[[conversation.slim]]", "[[conversation.slim]", "ongeldige TOML"),
])
def test_a_broken_file_is_refused_naming_file_and_place(content, tmp_path, old, new, says) -> None:
    with pytest.raises(ContentError) as caught:
        read_case(_copy(tmp_path, old, new), content)
    assert says in caught.value.nl and caught.value.nl.startswith("case_01.toml")
    assert caught.value.en.startswith("case_01.toml") and caught.value.en != caught.value.nl


def test_duplicate_pseudonyms_and_an_empty_folder_are_refused(content, tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="Geen casussen gevonden"):
        load_casebook(content, tmp_path)
    shutil.copy(EXAMPLE / "case_01.toml", tmp_path / "case_01.toml")
    text = (EXAMPLE / "case_01.toml").read_text(encoding="utf-8").replace("number = 1\ntitle", "number = 2\ntitle")
    (tmp_path / "case_02.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="pseudoniem van de cliënt 'C-004-01' komt ook voor in case_01.toml"):
        load_casebook(content, tmp_path)
