"""Bestand > Exporteren / Importeren / Back-up: the menu entries, wired to the exchange widgets of
ui/exchange (file dialog, service call, long work in the background behind a progress dialog, result box).

Exports act on the open recording, its conversation or its case, as the chosen reviewer (consent, access
and the audit row are the services' business). A restore goes into a new, empty folder, which is then opened.
`finished(object)` carries each result (or exception), for the status bar and for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases
from kijkwijzer.services.context import Context

from .docks import FixedDock
from .i18n import current_lang
from .service_calls import call_or_say

if TYPE_CHECKING:
    from .exchange.transcript_panel import TranscriptPanel
    from .window_api import Workbench


class ExchangeActions(QObject):
    finished = Signal(object)  # the service's result, or the exception

    def __init__(self, window: Workbench, transcript: TranscriptPanel,
                 open_workspace: Callable[[str], None]) -> None:
        super().__init__(window.widget)
        self.window = window
        self.transcript = transcript
        self.open_workspace = open_workspace  # a restored backup's new folder is opened

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
        self._add_tables(export)
        imp = menu.addMenu(self.tr("&Importeren"))
        imp.setObjectName("menu_import")
        for name, text in (("transcript", self.tr("Transcript (SRT of WebVTT)…")),
                           ("eaf", self.tr("ELAN-bestand (.eaf)…"))):
            action = imp.addAction(text, lambda n=name: self.import_(n))
            action.setObjectName(f"action_import_{name}")
        backup = menu.addAction(self.tr("Back-up maken…"), self.backup)
        backup.setObjectName("action_backup")
        restore = menu.addAction(self.tr("Back-up terugzetten in een nieuwe werkmap…"), self.restore)
        restore.setObjectName("action_restore")

    def _add_tables(self, export: QMenu) -> None:
        """Excel and the long events table: for the open recording, and for the case chosen in the werkmap
        (reachable without any recording open)."""
        export.addSeparator()
        for kind, text in (("xlsx", self.tr("Excel (XLSX)…")), ("events", self.tr("Gebeurtenissentabel (lang formaat)…"))):
            action = export.addAction(text, lambda k=kind: self.export_table(k, case=False))
            action.setObjectName(f"action_export_{kind}")
        whole = export.addMenu(self.tr("Hele &casus"))
        whole.setObjectName("menu_export_case")
        for kind, text in (("xlsx", self.tr("Excel (XLSX)…")), ("events", self.tr("Gebeurtenissentabel (lang formaat)…"))):
            action = whole.addAction(text, lambda k=kind: self.export_table(k, case=True))
            action.setObjectName(f"action_export_case_{kind}")

    # --- what it acts on --------------------------------------------------------------------------------------
    @property
    def ctx(self) -> Context:
        return self.window.ctx

    def _recording(self):
        recording = self.window.current_recording()
        if recording is None:
            self.window.show_message(self.tr("Open eerst een opname."))
        return recording

    def _report(self, outcome: object) -> object:
        """A quick job's result, or a BackgroundTask or ExportFlow whose result comes later; all end in `finished`."""
        from .exchange.background import BackgroundTask
        from .exchange.export_flow import ExportFlow

        if isinstance(outcome, (BackgroundTask, ExportFlow)):
            outcome.finished.connect(self._finished)
        elif outcome is not None:
            self._finished(outcome)
        return outcome

    def _finished(self, result: object) -> None:
        if result is None:  # an export cancelled at its preview
            self.window.show_message(self.tr("Export geannuleerd: er is niets geschreven."))
        elif isinstance(result, KijkwijzerError):
            self.window.show_message(result.message(current_lang()))
        elif not isinstance(result, BaseException):
            self.window.show_message(describe(result))
        self.finished.emit(result)

    # --- the menu entries -------------------------------------------------------------------------------------
    def export(self, kind: str) -> object:
        from .exchange import export_actions

        recording = self._recording()
        if recording is None:
            return None
        ctx, window = self.ctx, self.window.widget
        if kind == "csv":
            return self._report(export_actions.export_csv(ctx, recording.id, window))
        if kind == "srt":
            return self._report(export_actions.export_srt(ctx, recording.id, window))
        if kind == "eaf":
            return self._report(export_actions.export_eaf(ctx, recording.id, window))
        if kind == "report":
            return self._report(export_actions.export_report(ctx, recording.conversation_id, window))
        conversation = call_or_say(self.window.show_message, cases.get_conversation, ctx, recording.conversation_id)
        if conversation is None:
            return None
        return self._report(export_actions.export_story(ctx, conversation.case_id, window))

    def export_table(self, kind: str, *, case: bool) -> object:
        """`kind` 'xlsx' or 'events', of the open recording or (`case`) of the case chosen in the werkmap."""
        from .exchange import table_actions

        export = table_actions.export_xlsx if kind == "xlsx" else table_actions.export_events
        if not case:
            recording = self._recording()
            return None if recording is None else self._report(export(self.ctx, self.window.widget,
                                                                      recording_id=recording.id))
        case_id = self.window.current_case()
        if case_id is None:
            self.window.show_message(self.tr("Kies eerst een casus in de werkmap."))
            return None
        return self._report(export(self.ctx, self.window.widget, case_id=case_id))

    def import_(self, kind: str) -> object:
        from .exchange import export_actions

        recording = self._recording()
        if recording is None:
            return None
        if kind == "transcript":  # the transcript panel reads the file and shows the cues at once
            self.window.docks.bring_forward(FixedDock.TRANSCRIPT)
            return self._report(self.transcript.choose_and_import())
        return self._report(export_actions.import_eaf(self.ctx, recording.id, self.window.widget))

    def backup(self) -> object:
        from .exchange import backup_actions

        return self._report(backup_actions.backup_create(self.ctx, self.window.widget))

    def restore(self) -> object:
        from .exchange import backup_actions

        def opened(folder) -> None:
            self.open_workspace(str(folder))

        return self._report(backup_actions.backup_restore(self.window.widget, actor=self.ctx.actor,
                                                          on_restored=opened))

    def shutdown(self) -> None:
        """Closing the window: let a running export or backup finish (its file is half-written otherwise)."""
        from .exchange.background import BackgroundTask
        from .exchange.export_flow import ExportFlow

        window = self.window.widget
        for task in [*window.findChildren(BackgroundTask), *window.findChildren(ExportFlow)]:
            task.workers.wait(60_000)


def describe(result: object) -> str:
    """One line for the status bar about what an exchange service did (the box says it in full)."""
    from PySide6.QtCore import QCoreApplication

    paths = getattr(result, "paths", None)
    if paths:
        return QCoreApplication.translate("ExchangeActions", "Geschreven: {files}").format(
            files=", ".join(str(p) for p in paths))
    if hasattr(result, "items") and hasattr(result, "path"):
        return QCoreApplication.translate("ExchangeActions", "Geschreven: {path} ({n} items)").format(
            path=result.path, n=result.items)
    if hasattr(result, "added"):
        return QCoreApplication.translate("ExchangeActions", "Ingelezen: {added} nieuw, {skipped} al aanwezig").format(
            added=result.added, skipped=getattr(result, "skipped", 0))
    if hasattr(result, "rows"):
        return QCoreApplication.translate("ExchangeActions", "Back-up {path}: {rows} rijen, {files} bestanden").format(
            path=result.path, rows=result.rows, files=result.files)
    return QCoreApplication.translate("ExchangeActions", "Klaar.")
