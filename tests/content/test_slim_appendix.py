"""The SLIM bijlage of 004 (~2331-2413) in content/slim.toml: the running text as passages, in the seed's order,
each quoted exactly from the lines it names (issue 14: the sentences that were missing)."""

from __future__ import annotations

import dataclasses

import pytest

from kijkwijzer.content import load_content, seed_text_problems, seeds_dir
from kijkwijzer.content.seedtext import SEED_REF

SEEDS = seeds_dir()
needs_seeds = pytest.mark.skipif(SEEDS is None, reason="seed documents not available")
B = "004_9910d8d36bd164b8.txt"
ADDED = {  # the sentences issue 14 found missing, with the lines they stand on
    "slim.vertreksituatie": "2332-2336",
    "slim.causaliteit": "2342-2346",
    "slim.strategie": "2352",
    "slim.optelsom": "2369-2370",
    "slim.steun_en_kansen": "2372-2375",
    "slim.normatief_beeld": "2391-2404",
    "slim.aanwijzing": "2412-2413",
}


@pytest.fixture(scope="module")
def content():
    return load_content()


def _start(passage) -> int:
    return int(SEED_REF.match(passage.seed[0])["start"])


def test_the_missing_bijlage_sentences_are_passages_with_their_seed_lines(content) -> None:
    for id_, lines in ADDED.items():
        passage = content.passage(id_)
        assert passage.seed == (f"{B}:{lines}",) and not passage.product and passage.text_en
    assert content.sources["slim.aanwijzing"] == "slim.toml"


def test_slim_passages_stand_in_the_file_in_the_seeds_order(content) -> None:
    slim = [p for p in content.passages if p.id.startswith("slim.")]
    assert set(ADDED) | {"slim.intro", "slim.uitgangspunt", "slim.vraag"} == {p.id for p in slim}
    assert [_start(p) for p in slim] == sorted(_start(p) for p in slim)


@needs_seeds
def test_the_bijlage_passages_pass_the_seed_check_and_an_altered_word_does_not(content) -> None:
    slim = [p for p in content.passages if p.id.startswith("slim.")]
    assert [pr for pr in seed_text_problems(content, SEEDS) if any(p.id in pr for p in slim)] == []
    one = content.passage("slim.causaliteit")
    bent = dataclasses.replace(one, text=one.text.replace("handrem", "rem"))
    changed = dataclasses.replace(content, passages=tuple(bent if p.id == one.id else p for p in content.passages))
    assert any("slim.causaliteit" in pr for pr in seed_text_problems(changed, SEEDS))
