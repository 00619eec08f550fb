"""The method content in content/: counts, verbatim seed text, ids, and clear errors for broken files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kijkwijzer.content import (
    DEFAULT_DIR,
    PLAYER_KEYS,
    check_seed_text,
    load_content,
    seed_text_problems,
    seeds_dir,
)
from kijkwijzer.errors import ContentError

SEEDS = seeds_dir()
needs_seeds = pytest.mark.skipif(SEEDS is None, reason="seed documents not available")
A = "001_45ca7ddaafcb43f4.txt"


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_DIR, target)
    return target


def edit(directory: Path, file_name: str, old: str, new: str) -> None:
    path = directory / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {file_name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---- counts and shape ----------------------------------------------------------------------------------


def test_counts(content) -> None:
    assert len(content.themes) == 12
    assert len(content.themes_in_group("algemeen")) == 4
    assert len(content.themes_in_group("specifiek")) == 8
    assert len(content.pillars) == 3
    assert len(content.statements) == 12
    for pillar in content.pillars:
        assert len(content.statements_for(pillar.id)) == 4
        assert content.recommendations_for(pillar.id) and content.tips_for(pillar.id)
    assert [s.value for s in content.scale] == [1, 2, 3, 4, 5]
    assert len(content.plan_questions) == 4
    assert len(content.steps) == 4
    assert len(content.slim_lists) == 3
    for sl in content.slim_lists:
        assert [i.row for i in content.slim_list_items(sl.id)] == [1, 2, 3, 4]
    assert len(content.feedback_questions) == 2
    assert len(content.verdicts) == 3
    assert len(content.levels_in_scale("uitgebreid")) == 4
    assert len(content.levels_in_scale("kort")) == 2
    assert {w.id for w in content.waterlines} == {
        "waterlijn.boven",
        "waterlijn.onder",
        "waterlijn.niet_gezegd",
    }


def test_stable_ids_the_code_uses(content) -> None:
    for id_ in (
        "thema.raakmomenten",
        "thema.weerstand",
        "thema.taal",
        "slim.zelfbeeld.wil_en_kan",
        "slim.rol.faciliteren",
        "slim.oordeel.match",
        "slim.oordeel.gedeeltelijke_mismatch",
        "slim.oordeel.mismatch",
        "pijler.begrijpen",
        "pijler.willen",
        "pijler.kunnen",
        "stelling.begrijpen.1",
        "stelling.kunnen.4",
        "feedback.werkrelatie",
        "feedback.doel",
        "niveau.inhoud",
        "niveau.procedure",
        "niveau.interactie",
        "niveau.gevoel",
        "niveau.feiten",
        "niveau.beleving",
        "assessment.alles_eens",
    ):
        assert content.has(id_), id_
    assert content.feedback_question("feedback.werkrelatie").question == "Begrijpen we elkaar beter?"
    assert content.feedback_question("feedback.doel").question == "Komen we dichter bij het doel?"
    assert content.step("stap.1").link.startswith("https://www.youtube.com/")


def test_ids_unique_and_sourced(content) -> None:
    ids = [item.id for item in content.all_items()]
    assert len(ids) == len(set(ids))
    assert set(content.sources) == set(ids)


def test_theme_keys_and_colours(content) -> None:
    keys = content.themes_by_key()
    assert len(keys) == 12
    assert not {k.upper() for k in keys} & PLAYER_KEYS
    assert [t.default_key for t in content.themes_in_group("algemeen")] == ["1", "2", "3", "4"]
    assert len({t.color.lower() for t in content.themes}) == 12


def test_slim_rows_line_up(content) -> None:
    expected = {
        1: ("slim.zelfbeeld.wil_en_kan", "slim.rol.faciliteren", "slim.logica.kansen_bieden"),
        2: ("slim.zelfbeeld.wil_maar_kan_niet", "slim.rol.pedagogisch", "slim.logica.leren"),
        3: ("slim.zelfbeeld.opgegeven", "slim.rol.bij_de_hand_nemen", "slim.logica.bij_de_hand_nemen"),
        4: ("slim.zelfbeeld.andere_plannen", "slim.rol.co_creeren", "slim.logica.ondernemen"),
    }
    for row, ids in expected.items():
        assert tuple(i.id for i in content.slim_row(row).values()) == ids
        assert any(r.row == row for r in content.slim_rows)
    assert (
        content.slim_aligned("slim.rol.pedagogisch")["slim.lijst.zelfbeeld"].id
        == "slim.zelfbeeld.wil_maar_kan_niet"
    )
    assert len(content.slim_dimensions) >= 4


def test_provenance_flags(content) -> None:
    for item in content.all_items():
        assert item.seed or (item.product and item.product_note), item.id
    taal = content.theme("thema.taal")
    assert taal.reconstructed and taal.reconstruction_note and taal.reconstructed_fields == ("key_question",)
    assert sum(1 for t in content.themes if t.reconstructed) == 1
    assert content.scale_label(3).product
    assert content.rating_scale.product
    assert all(q.product for q in content.interview_questions)
    assert [s.marks_improvement for s in content.scale] == [True, True, False, False, False]


def test_default_load_is_cached() -> None:
    assert load_content() is load_content()


def test_content_imports_no_qt() -> None:
    code = "import sys, kijkwijzer.content; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ---- seed text -------------------------------------------------------------------------------------------


@needs_seeds
def test_every_text_stands_in_its_seed_lines(content) -> None:
    assert seed_text_problems(content, SEEDS) == []


@needs_seeds
def test_changed_text_is_caught(copy: Path) -> None:
    edit(
        copy,
        "assessment.toml",
        "Ik zet voor deze cliënten graag een extra stap.",
        "Ik zet graag een extra stap.",
    )
    changed = load_content(copy, seeds=SEEDS)
    with pytest.raises(ContentError) as err:
        check_seed_text(changed, SEEDS)
    assert "assessment.toml: stelling.willen.2" in err.value.en


@needs_seeds
def test_reference_to_wrong_lines_is_caught(copy: Path) -> None:
    edit(copy, "assessment.toml", f'seed = "{A}:88"', f'seed = "{A}:90-91"')
    with pytest.raises(ContentError) as err:
        check_seed_text(load_content(copy, seeds=SEEDS), SEEDS)
    assert "stelling.willen.2" in err.value.en and f"{A}:90-91" in err.value.en


def test_missing_seed_file_is_caught(copy: Path, tmp_path: Path) -> None:
    fake = tmp_path / "seeds"
    fake.mkdir()
    for name in ("000_70e0901afbcb1e99.txt", "004_9910d8d36bd164b8.txt"):  # 001 is missing
        (fake / name).write_text("\n" * 3000, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(copy, seeds=fake)
    assert A in err.value.en and "does not exist" in err.value.en


# ---- broken copies fail with a message that names file and item ------------------------------------------

BROKEN = [
    pytest.param(
        "assessment.toml",
        'id = "stelling.begrijpen.2"',
        'id = "stelling.begrijpen.1"',
        ["assessment.toml", "stelling.begrijpen.1", "duplicate id"],
        id="duplicate-id",
    ),
    pytest.param(
        "feedback.toml",
        'id = "feedback.doel"',
        'id = "thema.raakmomenten"',
        ["feedback.toml", "thema.raakmomenten", "themes.toml"],
        id="duplicate-id-across-files",
    ),
    pytest.param(
        "assessment.toml",
        'id = "stelling.willen.1"\npillar = "pijler.willen"',
        'id = "stelling.willen.1"\npillar = "pijler.bestaat_niet"',
        ["assessment.toml", "stelling.willen.1", "pijler.bestaat_niet"],
        id="dangling-pillar",
    ),
    pytest.param(
        "assessment.toml",
        'id = "tip.kunnen.3"\npillar = "pijler.kunnen"',
        'id = "tip.kunnen.3"\npillar = "pijler.kunen"',
        ["assessment.toml", "tip.kunnen.3", "pijler.kunen"],
        id="dangling-tip-pillar",
    ),
    pytest.param(
        "slim.toml",
        'list = "slim.lijst.rol"\nrow = 1',
        'list = "slim.lijst.rollen"\nrow = 1',
        ["slim.toml", "slim.rol.faciliteren", "slim.lijst.rollen"],
        id="dangling-slim-list",
    ),
    pytest.param(
        "slim.toml",
        'list = "slim.lijst.logica"\nrow = 4',
        'list = "slim.lijst.logica"\nrow = 5',
        ["slim.toml", "slim.lijst.logica", "rows"],
        id="slim-rows-misaligned",
    ),
    pytest.param(
        "levels.toml",
        'short_form = "niveau.beleving"',
        'short_form = "niveau.gevoelens"',
        ["levels.toml", "niveau.interactie", "niveau.gevoelens"],
        id="dangling-short-form",
    ),
    pytest.param(
        "assessment.toml",
        f'seed = "{A}:88"\n',
        "",
        ["assessment.toml", "stelling.willen.2", "seed reference is missing"],
        id="missing-seed",
    ),
    pytest.param(
        "assessment.toml",
        f'seed = "{A}:88"',
        'seed = "001.txt:88"',
        ["assessment.toml", "stelling.willen.2", "NNN_hash.txt"],
        id="malformed-seed-ref",
    ),
    pytest.param(
        "feedback.toml",
        'or add?"\nproduct = true\nproduct_note = "Product text for the client interview per fragment."\n',
        'or add?"\nproduct = true\n',
        ["feedback.toml", "interview.aanvulling", "product_note"],
        id="product-without-note",
    ),
    pytest.param(
        "themes.toml",
        'reconstruction_note = "The table',
        'reconstruction_n = "The table',
        ["themes.toml", "thema.taal", "reconstruction_n"],
        id="unknown-field",
    ),
    pytest.param(
        "themes.toml",
        'default_key = "W"',
        'default_key = "J"',
        ["themes.toml", "thema.beurten", "player"],
        id="key-taken-by-player",
    ),
    pytest.param(
        "themes.toml",
        'default_key = "T"',
        'default_key = "W"',
        ["themes.toml", "thema.taal", "also used by thema.beurten"],
        id="key-twice",
    ),
    pytest.param(
        "themes.toml",
        "cases = [2, 3, 4, 9]",
        "cases = [2, 3, 9]",
        ["themes.toml", "thema.weerstand", "cases_text"],
        id="cases-disagree",
    ),
    pytest.param(
        "assessment.toml",
        'title = "Kunnen"',
        'title = ""',
        ["assessment.toml", "pijler.kunnen", "'title' is empty"],
        id="empty-required-text",
    ),
    pytest.param(
        "themes.toml",
        '[[theme]]\nid = "thema.echtheid"',
        '[[theme]\nid = "thema.echtheid"',
        ["themes.toml", "malformed TOML", "line"],
        id="malformed-toml",
    ),
]


@pytest.mark.parametrize(("file_name", "old", "new", "expected"), BROKEN)
def test_broken_copy_fails_naming_file_and_item(
    copy: Path, file_name: str, old: str, new: str, expected: list[str]
) -> None:
    edit(copy, file_name, old, new)
    with pytest.raises(ContentError) as err:
        load_content(copy)
    for part in expected:
        assert part in err.value.en, (part, err.value.en)
    assert err.value.nl and file_name in err.value.nl


def test_missing_file_and_directory(copy: Path, tmp_path: Path) -> None:
    (copy / "slim.toml").unlink()
    with pytest.raises(ContentError, match="slim.toml"):
        load_content(copy)
    with pytest.raises(ContentError, match="not found"):
        load_content(tmp_path / "nowhere")
