"""Export and import as one function per menu item: ask a file name, call the exchange service,
say in a box what happened (written file, or the service's reason in Dutch/English).

Every export first shows what its pseudonymisation replaces and is written only when the user confirms
(`ExportFlow`, export_flow.py: its `finished(object)` carries the result, the error, or None on cancel); deduce
starts loading in the background the moment an export is chosen, while the user picks a file name. Backups and
restores (with their passphrase) are in backup_actions.py. Consent, access, pseudonymising and the audit row are
the services' business.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.exchange import pseudonymise
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.exchange.csv_and_subtitles import ExportResult, ImportResult
from kijkwijzer.services.exchange.preview import preview_export

from .export_flow import ExportFlow
from .messages import ask_open, ask_save, error_text, show_done, show_error


def _written(result: ExportResult) -> tuple[str, str, Path]:
    text = (QCoreApplication.translate("ExportActions", "Geschreven: {path}\n(1 onderdeel)") if result.items == 1
            else QCoreApplication.translate("ExportActions", "Geschreven: {path}\n({n} onderdelen)")).format(
        path=result.path, n=result.items
    )
    return QCoreApplication.translate("ExportActions", "Export klaar"), text, result.path.parent


def _checked(
    ctx: Context,
    parent: QWidget | None,
    kind: str,
    target_id: int,
    job: Callable[[], object],
    describe: Callable[[object], tuple[str, str, object]] = _written,  # type: ignore[assignment]
    *,
    failure: str | None = None,
    working: str | None = None,
) -> ExportFlow:
    """What would be replaced first; the export itself only once the user confirms (export_flow.py)."""
    return ExportFlow(
        parent,  # type: ignore[arg-type]
        lambda: preview_export(ctx, kind, target_id),
        job,
        describe,
        failure or QCoreApplication.translate("ExportActions", "Export niet gelukt"),
        working or QCoreApplication.translate("ExportActions", "Exporteren…"),
    )


def _conversation_of(ctx: Context, recording_id: int, parent: QWidget | None) -> int | None:
    try:
        return recordings.get(ctx, recording_id).conversation_id
    except KijkwijzerError as error:
        show_error(
            parent, QCoreApplication.translate("ExportActions", "Export niet gelukt"), error_text(error)
        )
        return None


# --- exports, each previewed first --------------------------------------------------------------------------
def export_csv(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportFlow | None:
    """Every annotation of the recording's conversation as a spreadsheet (opens in Excel nl-NL and LibreOffice)."""
    pseudonymise.prepare()
    conversation_id = _conversation_of(ctx, recording_id, parent)
    if conversation_id is None:
        return None
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Annotaties exporteren als spreadsheet"),
        f"gesprek-{conversation_id}-annotaties.csv",
        QCoreApplication.translate("ExportActions", "Spreadsheet (*.csv)"),
    )
    if out is None:
        return None
    return _checked(ctx, parent, "csv", conversation_id, lambda: exchange.export_csv(ctx, conversation_id, out))


def export_srt(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportFlow | None:
    """The recording's annotations as subtitles, to play next to the video in any player."""
    pseudonymise.prepare()
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Annotaties exporteren als ondertitels"),
        f"opname-{recording_id}-annotaties.srt",
        QCoreApplication.translate("ExportActions", "Ondertitels (*.srt)"),
    )
    if out is None:
        return None
    return _checked(ctx, parent, "srt", recording_id, lambda: exchange.export_srt(ctx, recording_id, out))


def export_eaf(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportFlow | None:
    """The recording's annotations, fragments and client reactions as an ELAN file."""
    pseudonymise.prepare()
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Exporteren naar ELAN"),
        f"opname-{recording_id}.eaf",
        QCoreApplication.translate("ExportActions", "ELAN (*.eaf)"),
    )
    if out is None:
        return None
    return _checked(ctx, parent, "eaf", recording_id, lambda: exchange_eaf.export_eaf(ctx, recording_id, out))


def import_eaf(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ImportResult | None:
    """Ask for an .eaf file, let the user map its tiers and values (ElanImportDialog), import in one go."""
    from .elan_dialog import ElanImportDialog

    source = ask_open(
        parent,
        QCoreApplication.translate("ExportActions", "ELAN-bestand inlezen"),
        QCoreApplication.translate("ExportActions", "ELAN (*.eaf);;Alle bestanden (*)"),
    )
    if source is None:
        return None
    dialog = ElanImportDialog(ctx, recording_id, source, parent)
    try:
        dialog.exec()
        if dialog.imported is not None:
            show_done(
                parent,
                QCoreApplication.translate("ExportActions", "ELAN-bestand ingelezen"),
                dialog.summary(),
            )
        return dialog.imported
    finally:
        dialog.deleteLater()


# --- long work in the background -------------------------------------------------------------------------------
def export_report(ctx: Context, conversation_id: int, parent: QWidget) -> ExportFlow | None:
    """The reflection report of a conversation as a PDF (stills are made on the way, which takes a while)."""
    pseudonymise.prepare()
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Reflectieverslag opslaan"),
        f"reflectieverslag-gesprek-{conversation_id}.pdf",
        QCoreApplication.translate("ExportActions", "PDF (*.pdf)"),
    )
    if out is None:
        return None
    return _checked(
        ctx,
        parent,
        "report",
        conversation_id,
        lambda: exchange_report.export_report(ctx, conversation_id, out),
        failure=QCoreApplication.translate("ExportActions", "Verslag niet gemaakt"),
        working=QCoreApplication.translate("ExportActions", "Reflectieverslag maken: {name}…").format(name=out.name),
    )


def export_story(ctx: Context, case_id: int, parent: QWidget) -> ExportFlow | None:
    """The anonymised case story: Markdown at the chosen name and a PDF beside it (same name, .pdf)."""
    pseudonymise.prepare()
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Casusverhaal opslaan"),
        f"casusverhaal-{case_id}.md",
        QCoreApplication.translate("ExportActions", "Markdown (*.md)"),
    )
    if out is None:
        return None
    if out.suffix.lower() != ".md":
        out = out.with_name(out.name + ".md")

    def describe(result: object) -> tuple[str, str, Path]:
        paths = getattr(result, "paths", ())
        files = "\n".join(str(p) for p in paths)
        return (
            QCoreApplication.translate("ExportActions", "Casusverhaal klaar"),
            QCoreApplication.translate("ExportActions", "Geschreven:\n{files}").format(files=files),
            out.parent,
        )

    return _checked(
        ctx,
        parent,
        "story",
        case_id,
        lambda: exchange_report.export_story(ctx, case_id, out, pdf=out.with_suffix(".pdf")),
        describe,
        failure=QCoreApplication.translate("ExportActions", "Casusverhaal niet gemaakt"),
        working=QCoreApplication.translate("ExportActions", "Casusverhaal maken…"),
    )
