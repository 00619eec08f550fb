"""XLSX workbook and long-format events table: typed cells, Dutch headers, one sheet per table, one row per
annotation per theme, several recordings or a whole case in one file, pseudonymised and consent-gated."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import annotations, cases, consent
from kijkwijzer.services.exchange import tables
from kijkwijzer.store.models import AuditEntry
from tests.support.cli import run_cli
from tests.support.rows import add_recording_row

REAL = "Echte Naam"


def _annotate(ctx, recording_id):
    first = annotations.add(
        ctx,
        AnnotationDraft(
            recording_id, 61_500, 70_250,
            themes=("thema.raakmomenten", "thema.echtheid"),
            pillars=("pijler.begrijpen", "pijler.kunnen"),
            level="niveau.gevoel",
            observation=f"{REAL} zucht; kijkt weg.\n=SOM(A1) staat op het bord",
            quote=f"ik ben {REAL.split()[0]}",
            tags=("keerpunt", "stilte"),
        ),
    )
    moment = annotations.add(ctx, AnnotationDraft(recording_id, 5_000, None, observation="-- een moment"))
    return first, moment


def _rows(sheet):
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return header, [dict(zip(header, r, strict=True)) for r in rows]


def _every_cell(path) -> list[object]:
    book = load_workbook(path)
    return [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row]


def test_workbook_has_a_typed_sheet_per_table(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    first, moment = _annotate(ctx, recording_id)
    result = tables.export_xlsx(ctx, tmp_path / "tabellen.xlsx", recording_ids=[recording_id])
    assert result.items == 2 and result.format == "xlsx"

    book = load_workbook(result.path)
    assert book.sheetnames == ["Opnamen", "Annotaties", "Gebeurtenissen"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", "header row frozen"
        assert not sheet.merged_cells.ranges
        assert sheet.column_dimensions["A"].width >= len(str(sheet["A1"].value))

    header, recs = _rows(book["Opnamen"])
    assert header[:5] == ["opname_id", "gesprek_id", "casus_id", "client_pseudoniem", "gespreksdatum"]
    (rec,) = recs
    assert rec["opname_id"] == recording_id and isinstance(rec["opname_id"], int)
    assert isinstance(rec["gespreksdatum"], datetime)  # a date cell (openpyxl reads dates as datetimes)
    assert rec["gespreksdatum"].date() == case_setup["conversation"].held_on
    assert rec["duur_s"] == 600 and rec["annotaties"] == 2
    duration = book["Opnamen"].cell(row=2, column=header.index("duur_s") + 1)
    assert duration.data_type == "n" and duration.number_format == "0.000", "seconds as a number"

    header, rows = _rows(book["Annotaties"])
    assert header[:4] == ["annotatie_id", "gesprek_id", "opname_id", "client_pseudoniem"]
    by_id = {r["annotatie_id"]: r for r in rows}
    row = by_id[first.id]
    assert isinstance(row["annotatie_id"], int) and isinstance(row["kijker_id"], int)
    assert row["begin_s"] == 61.5 and row["eind_s"] == 70.25 and row["duur_s"] == 8.75
    assert isinstance(row["begin_s"], float)
    assert row["begin"] == time(0, 1, 1, 500_000) and row["eind"] == time(0, 1, 10, 250_000)
    assert isinstance(row["aangemaakt"], datetime)
    assert row["themas"] == "thema.echtheid | thema.raakmomenten" and row["labels"] == "keerpunt | stilte"
    assert row["client_pseudoniem"] == case_setup["client"].pseudonym
    assert row["observatie"].endswith("=SOM(A1) staat op het bord")
    ws = book["Annotaties"]
    observation_cell = ws.cell(row=2 + rows.index(row), column=header.index("observatie") + 1)
    assert observation_cell.data_type == "s", "text, never a formula"
    mom = by_id[moment.id]
    assert mom["eind_s"] is None and mom["duur_s"] is None and mom["observatie"] == "-- een moment"


def test_long_table_has_one_row_per_annotation_per_theme(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    first, moment = _annotate(ctx, recording_id)
    third = annotations.add(ctx, AnnotationDraft(recording_id, 2_000, 3_250, themes=("thema.echtheid",)))
    result = tables.export_events(ctx, tmp_path / "lang.xlsx", fmt="xlsx", recording_ids=[recording_id])
    book = load_workbook(result.path)
    assert book.sheetnames == ["Gebeurtenissen"]
    header, rows = _rows(book["Gebeurtenissen"])
    assert result.items == len(rows) == 4  # 2 themes + 1 theme + the moment without theme
    assert {"opname_id", "begin_s", "eind_s", "duur_s", "kijker", "kijker_rol", "gespreksniveau", "labels",
            "observatie", "pijler_begrijpen", "pijler_willen", "pijler_kunnen"} <= set(header)
    pairs = sorted((r["annotatie_id"], r["thema"]) for r in rows)
    assert pairs == sorted([(first.id, "thema.echtheid"), (first.id, "thema.raakmomenten"),
                            (third.id, "thema.echtheid"), (moment.id, None)])
    durations = {(r["annotatie_id"], r["thema"]): r["duur_s"] for r in rows}
    assert durations[(first.id, "thema.raakmomenten")] == 8.75 and durations[(third.id, "thema.echtheid")] == 1.25
    assert durations[(moment.id, None)] is None
    row = next(r for r in rows if r["annotatie_id"] == first.id)
    assert (row["pijler_begrijpen"], row["pijler_willen"], row["pijler_kunnen"]) == (1, 0, 1)
    assert row["kijker_rol"] == "professional" and row["gespreksniveau"] == "niveau.gevoel"

    as_csv = tables.export_events(ctx, tmp_path / "lang.csv", fmt="csv", recording_ids=[recording_id])
    raw = as_csv.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    csv_header, *csv_rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert csv_header == header and len(csv_rows) == 4
    by = {(r[header.index("annotatie_id")], r[header.index("thema")]): r for r in csv_rows}
    assert by[(str(third.id), "thema.echtheid")][header.index("duur_s")] == "1.250"
    assert by[(str(moment.id), "")][header.index("observatie")] == "'-- een moment"  # formula guard as the CSV


def test_a_whole_case_in_one_file_and_only_consented_conversations(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _annotate(ctx, recording_id)
    later = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 12, 1), goal="vervolg")
    consent.grant(ctx, later.id, "recording", date(2026, 12, 1))
    consent.grant(ctx, later.id, "analysis", date(2026, 12, 1), reviewer_ids=(case_setup["coach"].id,))
    second = add_recording_row(ctx, later.id)
    annotations.add(ctx, AnnotationDraft(second, 1_000, 2_000, themes=("thema.echtheid",)))
    refused = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 12, 8), goal="zonder analyse")
    consent.grant(ctx, refused.id, "recording", date(2026, 12, 8))
    hidden = add_recording_row(ctx, refused.id)

    result = tables.export_xlsx(ctx, tmp_path / "casus.xlsx", case_id=case_setup["case"].id)
    book = load_workbook(result.path)
    _, recs = _rows(book["Opnamen"])
    assert [r["opname_id"] for r in recs] == [recording_id, second]  # not the one without analysis consent
    _, events = _rows(book["Gebeurtenissen"])
    assert {r["opname_id"] for r in events} == {recording_id, second} and hidden not in {r["opname_id"] for r in events}
    assert result.conversation_ids == (case_setup["conversation"].id, later.id)
    with ctx.store.read() as session:
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert sorted(e.object_id for e in audited) == sorted(result.conversation_ids)
    assert {e.detail for e in audited} == {"xlsx: onderdelen 3, vervangen 2"}  # counts only, as the CSV's

    several = tables.export_events(ctx, tmp_path / "twee.csv", recording_ids=[recording_id, second])
    assert several.items == 3 + 1


def test_the_clients_real_name_is_in_no_cell(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _annotate(ctx, recording_id)
    result = tables.export_xlsx(ctx, tmp_path / "t.xlsx", recording_ids=[recording_id])
    texts = [str(c) for c in _every_cell(result.path) if c is not None]
    assert any(case_setup["client"].pseudonym in t for t in texts)
    for part in (REAL, *REAL.split()):
        assert not [t for t in texts if part.casefold() in t.casefold()], part
    assert result.replaced == 2


def test_no_tables_without_analysis_consent(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    conv = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 9), goal="vervolg")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 9))
    rec = add_recording_row(ctx, conv.id)
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(NotAllowed, match="analyse"):
        tables.export_xlsx(ctx, folder / "niet.xlsx", recording_ids=[rec])
    with pytest.raises(NotAllowed, match="analyse"):
        tables.export_events(ctx, folder / "niet.csv", recording_ids=[rec])
    assert not list(folder.iterdir())
    with ctx.store.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is None


def test_cli_exports_xlsx_and_events(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    _annotate(ctx, recording_id)
    ws = ctx.workspace
    base = ("--workspace", str(ws.root)) if ws.db_url.startswith("sqlite") else (
        "--db", ws.db_url, "--media", str(ws.media_dir))
    out = tmp_path / "cli.xlsx"
    done = run_cli(*base, "export", "xlsx", "--recording", recording_id, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "2 annotaties" in done.stdout and load_workbook(out).sheetnames[0] == "Opnamen"
    events = tmp_path / "cli.csv"
    done = run_cli(*base, "export", "events", "--format", "csv", "--case", case_setup["case"].id, "--out", events)
    assert done.returncode == 0, done.stderr
    assert "3 rijen" in done.stdout and events.read_bytes().startswith(b"\xef\xbb\xbf")
    shown = run_cli(*base, "export", "events", "--recording", recording_id, "--preview")
    assert shown.returncode == 0 and "2 vervangingen" in shown.stdout
    both = run_cli(*base, "export", "xlsx", "--recording", recording_id, "--case", 1, "--out", out)
    assert both.returncode == 2  # one scope or the other
