"""Bestand > Exporteren / Importeren / Back-up: a file dialog, then the exchange service in the background
with a progress dialog; the result or the service's reason goes to the status bar (errors also in a box).

Exports act on the open recording, its conversation or its case, as the chosen reviewer (consent, access
and the audit row are the services' business). A restore goes into a new, empty folder, which is then opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases
from kijkwijzer.services.context import Context

from .i18n import current_lang
from .workers import Workers

if TYPE_CHECKING:
    from .main_window import MainWindow

SETTINGS_DIR = "exchange/folder"


class ExchangeActions(QObject):
    finished = Signal(object)  # the service's result, or the exception

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workers = Workers(self, threads=1)
        self.progress: QProgressDialog | None = None
        self.busy = False

    # --- menu ---------------------------------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu) -> None:
        export = menu.addMenu(self.tr("&Exporteren"))
        export.setObjectName("menu_export")
        for name, text in (("csv", self.tr("Annotaties als spreadsheet (CSV)…")),
                           ("srt", self.tr("Annotaties als ondertitels (SRT)…")),
                           ("eaf", self.tr("ELAN-bestand (.eaf)…")),
                           ("report", self.tr("Reflectieverslag (PDF)…")),
                           ("story", self.tr("Casusverhaal (Markdown en PDF)…"))):
            action = export.addAction(text, lambda n=name: self.export(n))
            action.setObjectName(f"action_export_{name}")
        imp = menu.addMenu(self.tr("&Importeren"))
        imp.setObjectName("menu_import")
        for name, text in (("transcript", self.tr("Transcript (SRT of WebVTT)…")),
                           ("eaf", self.tr("ELAN-bestand (.eaf)…"))):
            action = imp.addAction(text, lambda n=name: self.import_(n))
            action.setObjectName(f"action_import_{name}")
        backup = menu.addAction(self.tr("Back-up maken…"), lambda: self.backup())
        backup.setObjectName("action_backup")
        restore = menu.addAction(self.tr("Back-up terugzetten in een nieuwe werkmap…"), lambda: self.restore())
        restore.setObjectName("action_restore")

    # --- what it acts on --------------------------------------------------------------------------------------
    @property
    def ctx(self) -> Context:
        return self.window.ctx

    def _recording_id(self) -> int | None:
        recording = self.window.review.recording
        if recording is None:
            self.window.show_message(self.tr("Open eerst een opname."))
            return None
        return recording.id

    def _ask_save(self, title: str, name: str, filters: str) -> Path | None:
        folder = str(QSettings().value(SETTINGS_DIR, str(Path.home())))
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(folder) / name), filters)
        if not chosen:
            return None
        QSettings().setValue(SETTINGS_DIR, str(Path(chosen).parent))
        return Path(chosen)

    def _ask_open(self, title: str, filters: str) -> Path | None:
        folder = str(QSettings().value(SETTINGS_DIR, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(self.window, title, folder, filters)
        if not chosen:
            return None
        QSettings().setValue(SETTINGS_DIR, str(Path(chosen).parent))
        return Path(chosen)

    # --- exports -------------------------------------------------------------------------------------------
    def export(self, kind: str, target: Path | None = None) -> bool:
        """Start an export of the open recording / its conversation / its case; False if nothing started."""
        from kijkwijzer.services import exchange, exchange_eaf, exchange_report

        ctx = self.ctx
        recording_id = self._recording_id()
        if recording_id is None:
            return False
        conversation_id = self.window.review.recording.conversation_id  # type: ignore[union-attr]
        jobs: dict[str, tuple[str, str, Callable[[Path], object]]] = {
            "csv": (f"gesprek-{conversation_id}-annotaties.csv", self.tr("Spreadsheet (*.csv)"),
                    lambda out: exchange.export_csv(ctx, conversation_id, out)),
            "srt": (f"opname-{recording_id}-annotaties.srt", self.tr("Ondertitels (*.srt)"),
                    lambda out: exchange.export_srt(ctx, recording_id, out)),
            "eaf": (f"opname-{recording_id}.eaf", self.tr("ELAN (*.eaf)"),
                    lambda out: exchange_eaf.export_eaf(ctx, recording_id, out)),
            "report": (f"reflectieverslag-gesprek-{conversation_id}.pdf", self.tr("PDF (*.pdf)"),
                       lambda out: exchange_report.export_report(ctx, conversation_id, out)),
        }
        if kind == "story":
            try:
                case_id = cases.get_conversation(ctx, conversation_id).case_id
            except KijkwijzerError as error:
                self.window.show_message(error.message(current_lang()))
                return False
            jobs["story"] = (f"casusverhaal-{case_id}.md", self.tr("Markdown (*.md)"),
                             lambda out: exchange_report.export_story(ctx, case_id, out, pdf=out.with_suffix(".pdf")))
        name, filters, job = jobs[kind]
        target = target or self._ask_save(self.tr("Exporteren"), name, filters)
        if target is None:
            return False
        return self.run(self.tr("Bezig met exporteren naar {name}…").format(name=target.name), lambda: job(target))

    # --- imports -------------------------------------------------------------------------------------------
    def import_(self, kind: str, source: Path | None = None, *, replace: bool = False,
                tier_map: dict[str, int] | None = None, theme_map: dict[str, str] | None = None) -> bool:
        from kijkwijzer.services import exchange, exchange_eaf

        ctx = self.ctx
        recording_id = self._recording_id()
        if recording_id is None:
            return False
        if kind == "transcript":
            source = source or self._ask_open(self.tr("Transcript inlezen"),
                                              self.tr("Transcript (*.srt *.vtt);;Alle bestanden (*)"))
            if source is None:
                return False
            return self.run(self.tr("Transcript inlezen…"),
                            lambda: exchange.import_transcript(ctx, recording_id, source, replace=replace))
        source = source or self._ask_open(self.tr("ELAN-bestand inlezen"), self.tr("ELAN (*.eaf)"))
        if source is None:
            return False
        if tier_map is None:
            mapping = self._ask_mapping(source)
            if mapping is None:
                return False
            tier_map, theme_map = mapping
        return self.run(self.tr("ELAN-bestand inlezen…"), lambda: exchange_eaf.import_eaf(
            ctx, recording_id, source, tier_map=tier_map, theme_map=theme_map or {}))

    def _ask_mapping(self, source: Path) -> tuple[dict[str, int], dict[str, str]] | None:
        from kijkwijzer.services import exchange_eaf, people

        from .eaf_mapping_dialog import EafMappingDialog

        try:
            tiers = exchange_eaf.describe_eaf(source)
            reviewers = people.list_reviewers(self.ctx)
        except KijkwijzerError as error:
            self._failed(error)
            return None
        dialog = EafMappingDialog(source.name, tiers, reviewers, self.ctx.content.themes, self.window)
        try:
            if not dialog.exec():
                return None
            return dialog.tier_map(), dialog.theme_map()
        finally:
            dialog.deleteLater()

    # --- backup --------------------------------------------------------------------------------------------
    def backup(self, target: Path | None = None, include_media: bool | None = None) -> bool:
        from kijkwijzer.services import exchange_backup

        ctx = self.ctx
        if include_media is None:
            answer = QMessageBox.question(
                self.window, self.tr("Back-up maken"),
                self.tr("Ook de opnamen zelf in de back-up? (Groot bestand; zonder opnamen alleen de gegevens, "
                        "stills en toestemmingsformulieren.)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            include_media = answer == QMessageBox.StandardButton.Yes
        target = target or self._ask_save(self.tr("Back-up maken"), "kijkwijzer-backup.zip", self.tr("Back-up (*.zip)"))
        if target is None:
            return False
        media = bool(include_media)
        return self.run(self.tr("Back-up maken…"), lambda: exchange_backup.create_backup(ctx, target, include_media=media))

    def restore(self, source: Path | None = None, folder: Path | None = None) -> bool:
        from kijkwijzer.services import exchange_backup
        from kijkwijzer.services.context import open_context
        from kijkwijzer.workspace import Workspace

        source = source or self._ask_open(self.tr("Back-up terugzetten"), self.tr("Back-up (*.zip)"))
        if source is None:
            return False
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Lege map voor de teruggezette werkmap"),
                                                      str(source.parent))
            if not chosen:
                return False
            folder = Path(chosen)

        def job() -> object:
            ctx = open_context(Workspace.at(folder))
            try:
                return exchange_backup.restore_backup(ctx.as_actor(self.ctx.actor), source)
            finally:
                ctx.store.dispose()

        def open_it(result: object) -> None:
            if not isinstance(result, Exception) and self.window.on_open_workspace is not None:
                self.window.on_open_workspace(str(folder))

        return self.run(self.tr("Back-up terugzetten…"), job, then=open_it)

    # --- running -------------------------------------------------------------------------------------------
    def run(self, label: str, job: Callable[[], object], then: Callable[[object], None] | None = None) -> bool:
        if self.busy:
            self.window.show_message(self.tr("Wacht even: er loopt nog een export of import."))
            return False
        self.busy = True
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("exchangeProgress")
        progress.setWindowTitle(self.tr("Even geduld"))
        progress.setCancelButton(None)  # the services finish what they start (a file appears only when done)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)
        self.progress = progress

        def finish(result: object) -> None:
            self.busy = False
            if self.progress is not None:
                self.progress.reset()
                self.progress.deleteLater()
                self.progress = None
            if isinstance(result, Exception):
                self._failed(result)
            else:
                self.window.show_message(describe(result))
            if then is not None:
                then(result)
            self.finished.emit(result)

        self.workers.run(job, finish, finish)
        return True

    def _failed(self, error: Exception) -> None:
        text = error.message(current_lang()) if isinstance(error, KijkwijzerError) else str(error)
        self.window.show_message(text)
        box = QMessageBox(QMessageBox.Icon.Warning, "Kijkwijzer", text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setObjectName("exchangeError")
        box.open()

    def shutdown(self) -> None:
        self.workers.shutdown()


def describe(result: object) -> str:
    """One line for the status bar about what an exchange service did."""
    from PySide6.QtCore import QCoreApplication

    paths = getattr(result, "paths", None)
    if paths:
        return QCoreApplication.translate("ExchangeActions", "Geschreven: {files}").format(files=", ".join(str(p) for p in paths))
    if hasattr(result, "items") and hasattr(result, "path"):
        return QCoreApplication.translate("ExchangeActions", "Geschreven: {path} ({n} items)").format(path=result.path, n=result.items)
    if hasattr(result, "added"):
        return QCoreApplication.translate("ExchangeActions", "Ingelezen: {added} nieuw, {skipped} al aanwezig").format(
            added=result.added, skipped=getattr(result, "skipped", 0))
    if hasattr(result, "rows"):
        return QCoreApplication.translate("ExchangeActions", "Back-up {path}: {rows} rijen, {files} bestanden").format(
            path=result.path, rows=result.rows, files=result.files)
    return QCoreApplication.translate("ExchangeActions", "Klaar.")
