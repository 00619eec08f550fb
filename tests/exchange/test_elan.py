"""ELAN: our own export reads back exactly; a file made in ELAN is read through an explicit tier/theme map."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.formats.elan_read import read_eaf
from kijkwijzer.services import annotations, client_feedback, consent, erasure, fragments, people
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.store.models import ClientReaction, Fragment
from tests.support.rows import add_recording_row, row_counts

DATA = Path(__file__).parent / "data"
TRICKY = '  twee spaties\tdan een tab\r\nWindows-regel\nen <tags> & "quotes" ’ë€ 😊 '


def _key(a):
    return (
        a.reviewer_id,
        a.start_ms,
        a.end_ms,
        a.themes,
        a.pillars,
        a.level,
        a.observation,
        a.quote,
        a.below_waterline,
        a.felt_unsaid,
        a.tags,
        a.still_name,
    )


def _fill(case_setup, recording_id):
    ctx = case_setup["ctx"]
    coach = case_setup["coach"]
    coach_ctx = ctx.as_actor(Actor(coach.id, coach.name, "coach"))
    annotations.add(
        ctx,
        AnnotationDraft(
            recording_id,
            1_001,
            4_999,
            ("thema.raakmomenten", "thema.echtheid"),
            ("pijler.willen",),
            "niveau.gevoel",
            TRICKY,
            "ik wist het al",
            "wil begrepen worden",
            "wees nou eens duidelijk",
            ("keerpunt",),
            "still-1.png",
        ),
    )
    annotations.add(ctx, AnnotationDraft(recording_id, 3_000, 3_000, observation="overlapt en duurt 0 ms"))
    annotations.add(
        ctx, AnnotationDraft(recording_id, 3_500, None, ("thema.beurten",), observation="een moment")
    )
    annotations.add(ctx, AnnotationDraft(recording_id, 4_999, 4_999 + 1000, observation="sluit aan"))
    annotations.add(
        coach_ctx, AnnotationDraft(recording_id, 2_000, 9_123, ("thema.weerstand",), observation="")
    )
    consent.grant(ctx, case_setup["conversation"].id, "client_interview", date(2026, 11, 2))
    frag = fragments.from_span(ctx, recording_id, 1_001, 4_999, "raakmoment")
    client_feedback.record_reaction(ctx, frag.id, "Ik voelde me niet gehoord", "boos", "zeg het gewoon")


def test_round_trip_keeps_times_and_texts(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(case_setup, recording_id)
    exported = exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "gesprek.eaf")
    assert exported.items == 5
    target = add_recording_row(ctx, case_setup["conversation"].id)
    result = exchange_eaf.import_eaf(ctx, target, exported.path)
    assert (result.added, result.fragments, result.reactions) == (5, 1, 1)
    before = sorted(_key(a) for a in annotations.list_for_recording(ctx, recording_id))
    after = sorted(_key(a) for a in annotations.list_for_recording(ctx, target))
    assert after == before
    with ctx.store.read() as session:
        frag = session.scalar(select(Fragment).where(Fragment.recording_id == target))
        reaction = session.scalar(select(ClientReaction).where(ClientReaction.fragment_id == frag.id))
    assert (frag.start_ms, frag.end_ms, frag.title) == (1_001, 4_999, "raakmoment")
    assert (reaction.words, reaction.feeling, reaction.addition) == (
        "Ik voelde me niet gehoord",
        "boos",
        "zeg het gewoon",
    )
    again = exchange_eaf.import_eaf(ctx, target, exported.path)
    assert (again.added, again.skipped) == (0, 6)


def test_export_has_reviewer_and_layer_tiers_and_theme_vocabulary(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(case_setup, recording_id)
    doc = read_eaf(exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "g.eaf").path)
    names = set(doc.tiers)
    for layer in ("observatie", "thema", "citaat", "waterlijn", "niet gezegd", "gegevens"):
        assert f"Sanne de Vries | {layer}" in names
    assert "Sanne de Vries | observatie 2" in names  # her overlapping annotations need a second lane
    assert "Coach Ahmed | observatie" in names
    assert "Sanne de Vries | reactie cliënt" in names and "fragmenten" in names
    assert doc.tiers["Sanne de Vries | thema"].cv == "kijkwijzer-themas"
    assert doc.cv_values["kijkwijzer-themas"]["Raakmomenten"] == "thema.raakmomenten"
    assert len(doc.cv_values["kijkwijzer-themas"]) == 12
    assert doc.tiers["Coach Ahmed | observatie"].participant == "Coach Ahmed"


def test_file_made_in_elan_through_tier_and_theme_map(case_setup, recording_id):
    ctx = case_setup["ctx"]
    coach, sanne = case_setup["coach"].id, case_setup["reviewer"].id
    result = exchange_eaf.import_eaf(
        ctx,
        recording_id,
        DATA / "elan_onderzoekers.eaf",
        tier_map={"Observatie A": coach, "Observatie B": sanne},
        theme_map={
            "RAAK": "thema.raakmomenten",
            "WEER": "thema.weerstand",
            "DOEL": "thema.doel",
            "META": "thema.metacommunicatie",
        },
    )
    assert result.added == 4
    assert set(result.skipped_tiers) == {"Transcript KM", "Woorden KM"}
    got = sorted(
        (a.reviewer_id, a.start_ms, a.end_ms, a.themes, a.observation)
        for a in annotations.list_for_recording(ctx, recording_id)
    )
    assert got == sorted(
        [
            (
                coach,
                1200,
                4870,
                ("thema.doel",),
                "Klantmanager noemt het doel pas na tien minuten; cliënt leunt achterover.",
            ),
            (
                coach,
                14321,
                20007,
                ("thema.raakmomenten",),
                '"Ik wist al wat er ging komen."\nterugkijken met de klantmanager',
            ),
            (sanne, 2040, 5000, ("thema.weerstand",), "Armen over elkaar. Praat over de toon van de mail."),
            (sanne, 9999, 14321, ("thema.metacommunicatie",), ""),
        ]
    )


def test_vocabulary_values_without_a_theme_are_kept_as_labels(case_setup, recording_id):
    """No theme map at all: the codes stay on the annotations as labels, nothing forced onto a theme."""
    ctx = case_setup["ctx"]
    coach = case_setup["coach"].id
    result = exchange_eaf.import_eaf(
        ctx, recording_id, DATA / "elan_onderzoekers.eaf", tier_map={"Observatie A": coach},
        theme_map={"DOEL": "thema.doel"},
    )
    assert result.added == 2
    got = sorted((a.start_ms, a.themes, a.tags) for a in annotations.list_for_recording(ctx, recording_id))
    assert got == [(1200, ("thema.doel",), ()), (14321, (), ("RAAK",))]


def test_unaligned_time_slots_are_spread_like_elan_does(case_setup, recording_id):
    ctx = case_setup["ctx"]
    exchange_eaf.import_eaf(
        ctx, recording_id, DATA / "elan_onderzoekers.eaf", tier_map={"Woorden KM": case_setup["reviewer"].id}
    )
    got = [(a.start_ms, a.end_ms, a.observation) for a in annotations.list_for_recording(ctx, recording_id)]
    assert got == [(10000, 11000, "wat deed"), (11000, 12000, "dat met"), (12000, 13000, "jou")]


def test_describe_lists_tiers_for_the_mapping_dialog():
    tiers = {t.id: t for t in exchange_eaf.describe_eaf(DATA / "elan_onderzoekers.eaf")}
    assert tiers["Code A"].parent == "Observatie A" and tiers["Code A"].vocabulary == (
        "DOEL",
        "META",
        "RAAK",
        "WEER",
    )
    assert tiers["Observatie B"].participant == "Onderzoeker B" and tiers["Observatie B"].annotations == 2


def test_refusals_write_nothing(case_setup, recording_id):
    ctx = case_setup["ctx"]
    path = DATA / "elan_onderzoekers.eaf"
    before = row_counts(ctx)
    with pytest.raises(BadInput, match="--tier-map"):
        exchange_eaf.import_eaf(ctx, recording_id, path)
    short = add_recording_row(ctx, case_setup["conversation"].id, duration_ms=10_000)
    before = row_counts(ctx)
    with pytest.raises(BadInput, match="0 annotaties lopen door en 1 beginnen na het einde"):
        exchange_eaf.import_eaf(ctx, short, path, tier_map={"Observatie A": case_setup["coach"].id})
    with pytest.raises(BadInput, match="onbekend thema"):
        exchange_eaf.import_eaf(
            ctx,
            recording_id,
            path,
            tier_map={"Observatie A": case_setup["coach"].id},
            theme_map={"RAAK": "thema.bestaat_niet"},
        )
    stranger = people.add_reviewer(ctx, "Niet Genoemd", "researcher")
    with pytest.raises(NotAllowed, match="niet genoemd"):
        exchange_eaf.import_eaf(ctx, recording_id, path, tier_map={"Transcript KM": stranger.id})
    assert row_counts(ctx) == before | {
        "reviewers": before["reviewers"] + 1,
        "audit_log": before["audit_log"] + 1,
    }


def test_a_still_name_that_is_a_path_is_refused(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _fill(case_setup, recording_id)
    path = exchange_eaf.export_eaf(ctx, recording_id, tmp_path / "g.eaf").path
    path.write_text(path.read_text(encoding="utf-8").replace("still-1.png", "../../geheim.png"), encoding="utf-8")
    target = add_recording_row(ctx, case_setup["conversation"].id)
    before = row_counts(ctx)
    with pytest.raises(BadInput, match="still"):
        exchange_eaf.import_eaf(ctx, target, path)
    assert row_counts(ctx) == before


def test_a_recording_erased_after_the_export_was_asked_for_is_not_found(case_setup, recording_id):
    """The file is built in a later read than the export's own check of the recording: erased in between,
    the export says the recording is gone instead of failing with a traceback."""
    ctx = case_setup["ctx"]
    build = exchange_eaf.eaf_build(ctx, recording_id)
    erasure.erase_recording(ctx, recording_id)
    with ctx.store.read() as session, pytest.raises(NotFound, match=f"Opname {recording_id} bestaat niet"):
        build(session)
