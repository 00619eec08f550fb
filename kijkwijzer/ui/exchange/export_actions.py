"""Export, import and backup as one function per menu item: ask a file name, call the exchange service,
say in a box what happened (written file, or the service's reason in Dutch/English).

Quick files (CSV, SRT, ELAN) are written while a wait cursor shows; PDF reports, the case story and backups
run on a worker thread behind a progress dialog and return the `BackgroundTask` (its `finished(object)`
signal carries the result). Consent, access, pseudonymising and the audit row are the services' business.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import exchange, exchange_backup, exchange_eaf, exchange_report, recordings
from kijkwijzer.services.context import SYSTEM, Actor, Context
from kijkwijzer.services.exchange import ExportResult, ImportResult

from .background import BackgroundTask
from .messages import ask_open, ask_save, error_text, show_done, show_error


def _written(result: ExportResult) -> tuple[str, str, Path]:
    text = (QCoreApplication.translate("ExportActions", "Geschreven: {path}\n(1 onderdeel)") if result.items == 1
            else QCoreApplication.translate("ExportActions", "Geschreven: {path}\n({n} onderdelen)")).format(
        path=result.path, n=result.items
    )
    return QCoreApplication.translate("ExportActions", "Export klaar"), text, result.path.parent


def _quick(parent: QWidget | None, job: Callable[[], ExportResult]) -> ExportResult | None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = job()
    except (KijkwijzerError, OSError) as error:
        QGuiApplication.restoreOverrideCursor()
        show_error(
            parent, QCoreApplication.translate("ExportActions", "Export niet gelukt"), error_text(error)
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    show_done(parent, *_written(result))
    return result


def _conversation_of(ctx: Context, recording_id: int, parent: QWidget | None) -> int | None:
    try:
        return recordings.get(ctx, recording_id).conversation_id
    except KijkwijzerError as error:
        show_error(
            parent, QCoreApplication.translate("ExportActions", "Export niet gelukt"), error_text(error)
        )
        return None


# --- quick exports ---------------------------------------------------------------------------------------------
def export_csv(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportResult | None:
    """Every annotation of the recording's conversation as a spreadsheet (opens in Excel nl-NL and LibreOffice)."""
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
    return _quick(parent, lambda: exchange.export_csv(ctx, conversation_id, out))


def export_srt(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportResult | None:
    """The recording's annotations as subtitles, to play next to the video in any player."""
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Annotaties exporteren als ondertitels"),
        f"opname-{recording_id}-annotaties.srt",
        QCoreApplication.translate("ExportActions", "Ondertitels (*.srt)"),
    )
    if out is None:
        return None
    return _quick(parent, lambda: exchange.export_srt(ctx, recording_id, out))


def export_eaf(ctx: Context, recording_id: int, parent: QWidget | None = None) -> ExportResult | None:
    """The recording's annotations, fragments and client reactions as an ELAN file."""
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Exporteren naar ELAN"),
        f"opname-{recording_id}.eaf",
        QCoreApplication.translate("ExportActions", "ELAN (*.eaf)"),
    )
    if out is None:
        return None
    return _quick(parent, lambda: exchange_eaf.export_eaf(ctx, recording_id, out))


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
def export_report(ctx: Context, conversation_id: int, parent: QWidget) -> BackgroundTask | None:
    """The reflection report of a conversation as a PDF (stills are made on the way, which takes a while)."""
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Reflectieverslag opslaan"),
        f"reflectieverslag-gesprek-{conversation_id}.pdf",
        QCoreApplication.translate("ExportActions", "PDF (*.pdf)"),
    )
    if out is None:
        return None
    return BackgroundTask(
        parent,
        QCoreApplication.translate("ExportActions", "Reflectieverslag maken: {name}…").format(name=out.name),
        lambda: exchange_report.export_report(ctx, conversation_id, out),
        _written,
        QCoreApplication.translate("ExportActions", "Verslag niet gemaakt"),
    )


def export_story(ctx: Context, case_id: int, parent: QWidget) -> BackgroundTask | None:
    """The anonymised case story: Markdown at the chosen name and a PDF beside it (same name, .pdf)."""
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

    return BackgroundTask(
        parent,
        QCoreApplication.translate("ExportActions", "Casusverhaal maken…"),
        lambda: exchange_report.export_story(ctx, case_id, out, pdf=out.with_suffix(".pdf")),
        describe,
        QCoreApplication.translate("ExportActions", "Casusverhaal niet gemaakt"),
    )


def backup_create(ctx: Context, parent: QWidget, include_media: bool | None = None) -> BackgroundTask | None:
    """The whole workspace in one zip; asks whether the recordings go in too (unless `include_media` is given)."""
    if include_media is None:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ExportActions", "Back-up maken"),
            QCoreApplication.translate(
                "ExportActions",
                "Ook de opnamen zelf in de back-up? Dat wordt een groot bestand; zonder opnamen "
                "bevat het alle gegevens, stills en toestemmingsformulieren.\n\nDe back-up is niet versleuteld: "
                "bewaar hem alleen waar de opnamen zelf ook mogen staan.",
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        include_media = answer == QMessageBox.StandardButton.Yes
    out = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up maken"),
        "kijkwijzer-backup.zip",
        QCoreApplication.translate("ExportActions", "Back-up (*.zip)"),
    )
    if out is None:
        return None
    media = bool(include_media)

    def describe(result: object) -> tuple[str, str, Path]:
        text = QCoreApplication.translate(
            "ExportActions", "Back-up geschreven: {path}\n{rows} rijen, {files} bestanden"
        ).format(path=out, rows=getattr(result, "rows", 0), files=getattr(result, "files", 0))
        return QCoreApplication.translate("ExportActions", "Back-up klaar"), text, out.parent

    return BackgroundTask(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up maken…"),
        lambda: exchange_backup.create_backup(ctx, out, include_media=media),
        describe,
        QCoreApplication.translate("ExportActions", "Back-up niet gemaakt"),
    )


def backup_restore(
    parent: QWidget, *, actor: Actor = SYSTEM, on_restored: Callable[[Path], None] | None = None
) -> BackgroundTask | None:
    """Restore a backup zip into a new, empty folder (a workspace that holds anything is refused by the
    service). `on_restored(folder)` is called after success, e.g. to open the restored workspace."""
    from kijkwijzer.services.context import open_context
    from kijkwijzer.workspace import Workspace

    source = ask_open(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up terugzetten"),
        QCoreApplication.translate("ExportActions", "Back-up (*.zip)"),
    )
    if source is None:
        return None
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("ExportActions", "Lege map voor de teruggezette werkmap"),
        str(source.parent),
    )
    if not chosen:
        return None
    folder = Path(chosen)

    def job() -> object:
        ctx = open_context(Workspace.at(folder), actor)
        try:
            return exchange_backup.restore_backup(ctx, source)
        finally:
            ctx.store.dispose()

    def describe(result: object) -> tuple[str, str, Path]:
        text = QCoreApplication.translate(
            "ExportActions", "Teruggezet in {folder}\n{rows} rijen, {files} bestanden"
        ).format(folder=folder, rows=getattr(result, "rows", 0), files=getattr(result, "files", 0))
        return QCoreApplication.translate("ExportActions", "Back-up teruggezet"), text, folder

    task = BackgroundTask(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up terugzetten…"),
        job,
        describe,
        QCoreApplication.translate("ExportActions", "Back-up niet teruggezet"),
    )
    if on_restored is not None:
        task.finished.connect(
            lambda result: None if isinstance(result, BaseException) else on_restored(folder)
        )
    return task
