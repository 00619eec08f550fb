"""CSV export: one row per annotation, every field, in a form Excel (nl-NL) and LibreOffice open as is."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotAllowed
from kijkwijzer.formats.csv_export import COLUMNS
from kijkwijzer.services import annotations, cases, consent
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.store.models import AuditEntry
from tests.support.rows import add_recording_row


def _annotate(ctx, recording_id):
    first = annotations.add(
        ctx,
        AnnotationDraft(
            recording_id,
            61_500,
            70_250,
            themes=("thema.raakmomenten", "thema.echtheid"),
            pillars=("pijler.begrijpen",),
            level="niveau.gevoel",
            observation='Echte Naam zucht; kijkt weg.\nDan: "ik wist het al"',
            quote="ik wist al wat er ging komen",
            below_waterline="wil begrepen worden",
            felt_unsaid="daar gaan we weer",
            tags=("keerpunt", "stilte"),
        ),
    )
    second = annotations.add(
        ctx, AnnotationDraft(recording_id, 5_000, None, observation="-- begint met een streep")
    )
    return first, second


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM so Excel picks the encoding"
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_every_field_one_row_each(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    first, second = _annotate(ctx, recording_id)
    result = exchange.export_csv(ctx, case_setup["conversation"].id, tmp_path / "annotaties.csv")
    assert result.items == 2
    header, *rows = _read(result.path)
    assert header == [name for name, _ in COLUMNS]
    by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in rows}
    row = by_id[first.id]
    pseudonym = case_setup["client"].pseudonym
    assert row["client_pseudoniem"] == pseudonym
    assert row["observatie"] == f'{pseudonym} zucht; kijkt weg.\nDan: "ik wist het al"'
    assert row["begin_ms"] == "61500" and row["eind_ms"] == "70250" and row["duur_ms"] == "8750"
    assert row["begin"] == "00:01:01.500"
    assert row["themas"] == "thema.echtheid | thema.raakmomenten"
    assert row["thema_titels"] == "Echtheid | Raakmomenten"
    assert row["pijlers"] == "pijler.begrijpen" and row["gespreksniveau"] == "niveau.gevoel"
    assert row["citaat"] == "ik wist al wat er ging komen"
    assert row["onder_de_waterlijn"] == "wil begrepen worden"
    assert row["gevoeld_niet_gezegd"] == "daar gaan we weer"
    assert row["labels"] == "keerpunt | stilte"
    assert row["kijker"] == "Sanne de Vries" and row["kijker_rol"] == "professional"
    assert row["aangemaakt"]
    moment = by_id[second.id]
    assert moment["eind_ms"] == "" and moment["observatie"] == "'-- begint met een streep"
    assert "Echte Naam" not in result.path.read_text(encoding="utf-8-sig")


def test_export_is_audited(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _annotate(ctx, recording_id)
    result = exchange.export_csv(ctx, case_setup["conversation"].id, tmp_path / "a.csv")
    with ctx.store.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.object_type == "conversation" and entry.object_id == case_setup["conversation"].id
    assert entry.detail == "csv: onderdelen 2, vervangen 1" and "Sanne de Vries" in entry.actor  # counts only
    assert result.replaced == 1  # "Echte Naam" in the first observation


def test_no_export_without_analysis_consent(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conv = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 9), goal="vervolg")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 9))
    rec = add_recording_row(ctx, conv.id)
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(NotAllowed, match="analyse"):
        exchange.export_csv(ctx, conv.id, folder / "niet.csv")
    with pytest.raises(NotAllowed):
        exchange.export_srt(ctx, rec, folder / "niet.srt")
    assert not list(folder.iterdir())
    with ctx.store.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is None


def test_srt_export_reads_back_with_reviewer_as_speaker(case_setup, recording_id, tmp_path):
    from kijkwijzer.formats.srt import parse_srt

    ctx = case_setup["ctx"]
    _annotate(ctx, recording_id)
    result = exchange.export_srt(ctx, recording_id, tmp_path / "annotaties.srt")
    cues = parse_srt(result.path.read_text(encoding="utf-8"))
    assert [(c.start_ms, c.end_ms, c.speaker) for c in cues] == [
        (5000, 7000, "Sanne de Vries"),
        (61_500, 70_250, "Sanne de Vries"),
    ]
    assert cues[1].text.startswith("[Echtheid, Raakmomenten] C-")
    assert cues[1].text.endswith("“ik wist al wat er ging komen”")
    assert "Echte Naam" not in result.path.read_text(encoding="utf-8")
