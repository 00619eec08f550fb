"""ELAN files in the shapes ELAN writes import without any theme map, and every annotation and vocabulary
value of the file is accounted for: as an annotation of its own, or as a theme, label, quote or observation
line of the annotation it hangs from."""

from __future__ import annotations

import json

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.formats.elan_foreign import is_symbolic
from kijkwijzer.formats.elan_read import read_eaf
from kijkwijzer.services import annotations
from kijkwijzer.services.exchange import eaf as exchange_eaf
from tests.support.rows import add_recording_row, row_counts

from . import elan_shapes


def _root(doc, ann):
    by_id = {a.id: a for t in doc.tiers.values() for a in t.annotations}
    while ann.parent is not None:
        ann = by_id[ann.parent]
    return ann


def _holds(row, value: str) -> bool:
    return (
        value in row.tags
        or value in row.observation.split("\n")
        or value in row.quote.split("\n")
        or any(value == t for t in row.themes)
    )


def assert_accounted(ctx, recording_id, path, tier_map):
    """Every annotation of a mapped tier and of the tiers under it is in the recording: an aligned one as an
    annotation with its times, a symbolic one's value on the annotation it hangs from."""
    doc = read_eaf(path)
    rows = annotations.list_for_recording(ctx, recording_id)
    at = {}
    for row in rows:
        at.setdefault((row.start_ms, row.end_ms if row.end_ms is not None else row.start_ms), []).append(row)
    checked = 0
    for tier in doc.tiers.values():
        chain, cur = [tier.id], tier
        while cur.parent:
            chain.append(cur.parent)
            cur = doc.tiers[cur.parent]
        if not any(t in tier_map for t in chain):
            continue
        for ann in tier.annotations:
            source = _root(doc, ann) if is_symbolic(tier) else ann
            found = at.get((source.start_ms, source.end_ms), [])
            assert found, f"{tier.id}: nothing at {source.start_ms}-{source.end_ms}"
            if ann.value.strip():
                assert any(_holds(r, ann.value) for r in found), f"{tier.id}: {ann.value!r} lost"
            checked += 1
    return checked


@pytest.fixture
def reviewer(case_setup):
    return case_setup["coach"].id


def test_language_and_part_of_speech_become_labels_words_their_own_annotations(
    case_setup, recording_id, reviewer, tmp_path
):
    ctx = case_setup["ctx"]
    path = elan_shapes.language_and_pos(tmp_path / "pos.eaf")
    result = exchange_eaf.import_eaf(ctx, recording_id, path, tier_map={"utt@A": reviewer})
    assert result.added == 3 + 7 and result.skipped_tiers == ()
    assert assert_accounted(ctx, recording_id, path, {"utt@A"}) == 3 + 3 + 2 + 7 + 7
    rows = {(a.start_ms, a.end_ms): a for a in annotations.list_for_recording(ctx, recording_id)}
    car = rows[(1_000, 4_000)]
    assert (car.tags, car.themes, car.observation) == (("en",), (), "big red car\ngrote rode auto")
    assert rows[(5_000, 7_000)].tags == ("jp",)
    red = rows[(2_000, 3_000)]
    assert (red.observation, red.tags, rows[(3_000, 4_000)].tags) == ("red", ("adj",), ("noun",))
    assert red.reviewer_id == reviewer, "a time-subdivision child imports for its parent's reviewer"


def test_free_text_child_goes_where_the_user_chooses(case_setup, recording_id, reviewer, tmp_path):
    ctx = case_setup["ctx"]
    path = elan_shapes.language_and_pos(tmp_path / "pos.eaf")
    exchange_eaf.import_eaf(
        ctx,
        recording_id,
        path,
        tier_map={"utt@A": reviewer},
        child_roles={"vertaling@A": "citaat", "lang@A": "observatie"},
    )
    car = next(a for a in annotations.list_for_recording(ctx, recording_id) if a.end_ms == 4_000 and a.start_ms == 1_000)
    assert car.quote == "grote rode auto" and car.observation == "big red car\nen" and car.tags == ()


def test_gesture_phases_included_in_and_handedness_subdivision(case_setup, recording_id, reviewer, tmp_path):
    ctx = case_setup["ctx"]
    path = elan_shapes.gestures(tmp_path / "gebaren.eaf")
    result = exchange_eaf.import_eaf(ctx, recording_id, path, tier_map={"gebaar": reviewer})
    assert result.added == 2 + 5
    assert assert_accounted(ctx, recording_id, path, {"gebaar"}) == 2 + 5 + 3
    rows = annotations.list_for_recording(ctx, recording_id)
    units = sorted((a.start_ms, a.tags) for a in rows if a.end_ms - a.start_ms == 3_000)
    assert units == [(2_000, ("RH",)), (6_000, ("LH", "2H"))], "subdivision order kept"
    assert sorted(a.tags[0] for a in rows if a.end_ms - a.start_ms == 700) == sorted(
        ["prep", "stroke", "retract", "stroke", "hold"]
    )


def test_story_chunks_with_a_vocabulary_on_the_main_tier(case_setup, recording_id, reviewer, tmp_path):
    ctx = case_setup["ctx"]
    path = elan_shapes.story_chunks(tmp_path / "verhaal.eaf")
    result = exchange_eaf.import_eaf(ctx, recording_id, path, tier_map={"verhaal": reviewer})
    assert result.added == 3
    assert assert_accounted(ctx, recording_id, path, {"verhaal"}) == 3 + 2
    got = sorted((a.start_ms, a.tags, a.observation) for a in annotations.list_for_recording(ctx, recording_id))
    assert got == [(0, ("Orientation",), "begin"), (12_000, ("Narration",), ""), (30_000, ("Evaluation",), "slot")]


def test_a_value_the_user_maps_becomes_a_theme_the_rest_stay_labels(case_setup, recording_id, reviewer, tmp_path):
    ctx = case_setup["ctx"]
    path = elan_shapes.story_chunks(tmp_path / "verhaal.eaf")
    exchange_eaf.import_eaf(
        ctx, recording_id, path, tier_map={"verhaal": reviewer}, theme_map={"Evaluation": "thema.feedback"}
    )
    got = sorted((a.start_ms, a.themes, a.tags) for a in annotations.list_for_recording(ctx, recording_id))
    assert got == [(0, (), ("Orientation",)), (12_000, (), ("Narration",)), (30_000, ("thema.feedback",), ())]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("afkappen", [(1_000, 2_000), (3_000, 4_000), (9_000, 10_000)]),
        ("overslaan", [(1_000, 2_000), (3_000, 4_000)]),
    ],
)
def test_annotations_past_the_end_are_cut_or_skipped(case_setup, reviewer, tmp_path, choice, expected):
    ctx = case_setup["ctx"]
    short = add_recording_row(ctx, case_setup["conversation"].id, duration_ms=10_000)
    path = elan_shapes.longer_than_recording(tmp_path / "lang.eaf", 10_000)
    result = exchange_eaf.import_eaf(ctx, short, path, tier_map={"observatie": reviewer}, past_end=choice)
    assert result.added == len(expected)
    assert sorted((a.start_ms, a.end_ms) for a in annotations.list_for_recording(ctx, short)) == expected


def test_annotations_past_the_end_are_refused_with_counts(case_setup, reviewer, tmp_path):
    ctx = case_setup["ctx"]
    short = add_recording_row(ctx, case_setup["conversation"].id, duration_ms=10_000)
    path = elan_shapes.longer_than_recording(tmp_path / "lang.eaf", 10_000)
    before = row_counts(ctx)
    with pytest.raises(BadInput, match="1 annotaties lopen door en 1 beginnen na het einde van de opname"):
        exchange_eaf.import_eaf(ctx, short, path, tier_map={"observatie": reviewer})
    with pytest.raises(BadInput, match="afkappen, overslaan of weigeren"):
        exchange_eaf.import_eaf(ctx, short, path, tier_map={"observatie": reviewer}, past_end="raden")
    assert row_counts(ctx) == before


def test_five_thousand_annotations_in_one_transaction_with_progress(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    recording_id = add_recording_row(ctx, case_setup["conversation"].id, duration_ms=3_600_000)
    path = elan_shapes.big_file(tmp_path / "groot.eaf", 5_000)
    seen: list[tuple[int, int]] = []
    audit_before = row_counts(ctx)["audit_log"]
    result = exchange_eaf.import_eaf(
        ctx,
        recording_id,
        path,
        tier_map={"utt@A": case_setup["coach"].id, "utt@B": case_setup["reviewer"].id},
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.added == 5_000
    assert row_counts(ctx)["audit_log"] == audit_before + 1, "one transaction, one audit row"
    assert seen[-1] == (5_000, 5_000) and len(seen) >= 50
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cli_chooses_child_roles_and_what_happens_past_the_end(case_setup, reviewer, tmp_path, capsys):
    from kijkwijzer.cli import main

    ctx = case_setup["ctx"]
    ws = ctx.workspace
    base = ["--workspace", str(ws.root)] if ws.db_url.startswith("sqlite") else [
        "--db", ws.db_url, "--media", str(ws.media_dir)]
    short = add_recording_row(ctx, case_setup["conversation"].id, duration_ms=10_000)
    path = elan_shapes.longer_than_recording(tmp_path / "lang.eaf", 10_000)
    args = [*base, "import", "eaf", str(path), "--recording", str(short), "--tier-map", f"observatie={reviewer}"]
    assert main(args) == 3
    assert "1 annotations run on and 1 start after" in capsys.readouterr().err
    assert main([*args, "--past-end", "cut", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    pos = elan_shapes.language_and_pos(tmp_path / "pos.eaf")
    bad = [*base, "import", "eaf", str(pos), "--recording", str(short), "--tier-map", f"utt@A={reviewer}"]
    assert main([*bad, "--child-role", "vertaling@A=raden"]) == 3
    assert main([*bad, "--child-role", "vertaling@A=citaat", "--past-end", "overslaan"]) == 0
    quotes = {a.quote for a in annotations.list_for_recording(ctx, short)}
    assert "grote rode auto" in quotes


def test_own_file_with_a_theme_this_workspace_lacks_keeps_it_as_a_label(tmp_path):
    from kijkwijzer.formats.elan import ThemeEntry, write_eaf
    from kijkwijzer.formats.elan_import import Vocabulary, plan_import
    from kijkwijzer.formats.records import AnnotationRecord

    themes = [ThemeEntry("thema.raakmomenten", "Raakmomenten"), ThemeEntry("thema.elders", "Elders bedacht")]
    row = AnnotationRecord(
        id=1, recording_id=1, reviewer_id=1, reviewer_name="Sanne", reviewer_role="coach", start_ms=0,
        end_ms=500, themes=("thema.raakmomenten", "thema.elders"), theme_titles=("Raakmomenten", "Elders bedacht"),
        tags=("keerpunt",),
    )
    path = tmp_path / "eigen.eaf"
    path.write_bytes(write_eaf([row], themes, author="test"))
    plan = plan_import(read_eaf(path), Vocabulary({1: "Sanne"}, {"thema.raakmomenten": "Raakmomenten"}), {}, {})
    (got,) = plan.annotations
    assert got.themes == ("thema.raakmomenten",) and got.tags == ("keerpunt", "Elders bedacht")
