"""The research tables as menu items: Excel workbook and long-format events table, for the open recording or a
whole case. Ask a file name, show what pseudonymisation replaces, then export (ExportFlow, export_flow.py);
consent, access, pseudonymising and the audit row are the service's business (services/exchange/tables.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange import pseudonymise, tables

from .export_actions import _written
from .export_flow import ExportFlow
from .messages import ask_save


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableActions", text)


def _scope(recording_id: int | None, case_id: int | None) -> tuple[dict, str]:
    if case_id is not None:
        return {"case_id": case_id}, f"casus-{case_id}"
    return {"recording_ids": (recording_id,)}, f"opname-{recording_id}"


def _flow(ctx: Context, parent: QWidget, kind: str, scope: dict, job) -> ExportFlow:
    return ExportFlow(
        parent,
        lambda: tables.preview_tables(ctx, kind, **scope),
        job,
        _written,  # type: ignore[arg-type]
        _tr("Export niet gelukt"),
        _tr("Exporteren…"),
    )


def export_xlsx(
    ctx: Context, parent: QWidget, *, recording_id: int | None = None, case_id: int | None = None
) -> ExportFlow | None:
    """Opnamen, annotaties and gebeurtenissen as one Excel workbook (a sheet each)."""
    pseudonymise.prepare()
    scope, stem = _scope(recording_id, case_id)
    out = ask_save(parent, _tr("Exporteren naar Excel"), f"{stem}-tabellen.xlsx", _tr("Excel-werkmap (*.xlsx)"))
    if out is None:
        return None
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    return _flow(ctx, parent, "xlsx", scope, lambda: tables.export_xlsx(ctx, out, **scope))


def export_events(
    ctx: Context, parent: QWidget, *, recording_id: int | None = None, case_id: int | None = None
) -> ExportFlow | None:
    """The long table (one row per annotation per theme); a name ending in .csv gives CSV, else Excel."""
    pseudonymise.prepare()
    scope, stem = _scope(recording_id, case_id)
    out = ask_save(
        parent,
        _tr("Gebeurtenissentabel exporteren"),
        f"{stem}-gebeurtenissen.xlsx",
        _tr("Excel-werkmap (*.xlsx);;Spreadsheet (*.csv)"),
    )
    if out is None:
        return None
    fmt = "csv" if out.suffix.lower() == ".csv" else "xlsx"
    if fmt == "xlsx" and out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    return _flow(ctx, parent, "events", scope, lambda: tables.export_events(ctx, out, fmt=fmt, **scope))
