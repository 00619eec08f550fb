"""Bestand > Back-up maken / terugzetten: ask what goes in and where, the passphrase (chosen twice for a new
backup, entered and checked for a restore), then the service on a worker thread behind a progress dialog;
the returned `BackgroundTask`'s `finished(object)` carries the result. A plain backup of an earlier version is
restored too, and the result box says it was not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.context import SYSTEM, Actor, Context
from kijkwijzer.services.exchange import backup as exchange_backup

from .background import BackgroundTask
from .messages import ask_open, ask_save, error_text, show_error
from .passphrase_dialog import choose_passphrase, enter_passphrase


def _ask_media(parent: QWidget) -> bool | None:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up maken"),
        QCoreApplication.translate(
            "ExportActions",
            "Ook de opnamen zelf in de back-up? Dat wordt een groot bestand; zonder opnamen bevat het alle "
            "gegevens, stills en toestemmingsformulieren.\n\nDe back-up wordt versleuteld met een wachtwoord "
            "dat u zo kiest.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def backup_create(ctx: Context, parent: QWidget, include_media: bool | None = None) -> BackgroundTask | None:
    """The whole workspace in one encrypted file; asks whether the recordings go in too (unless
    `include_media` is given), where it goes, and the passphrase (nothing is written without one)."""
    if include_media is None:
        include_media = _ask_media(parent)
        if include_media is None:
            return None
    chosen = ask_save(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up maken"),
        "kijkwijzer-backup.kwbackup",
        QCoreApplication.translate("ExportActions", "Versleutelde back-up (*.kwbackup)"),
    )
    if chosen is None:
        return None
    try:  # refused (who may, where) before the user types a passphrase
        out = exchange_backup.prepare_backup(ctx, chosen)
    except KijkwijzerError as error:
        show_error(
            parent, QCoreApplication.translate("ExportActions", "Back-up niet gemaakt"), error_text(error)
        )
        return None
    passphrase = choose_passphrase(parent)
    if passphrase is None:
        return None
    media = bool(include_media)

    def describe(result: object) -> tuple[str, str, Path]:
        text = QCoreApplication.translate(
            "ExportActions",
            "Versleutelde back-up geschreven: {path}\n{rows} rijen, {files} bestanden\n\n"
            "Bewaar het wachtwoord goed: zonder wachtwoord is deze back-up onbruikbaar.",
        ).format(path=out, rows=getattr(result, "rows", 0), files=getattr(result, "files", 0))
        return QCoreApplication.translate("ExportActions", "Back-up klaar"), text, out.parent

    return BackgroundTask(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up maken…"),
        lambda: exchange_backup.create_backup(ctx, out, passphrase=passphrase, include_media=media),
        describe,
        QCoreApplication.translate("ExportActions", "Back-up niet gemaakt"),
    )


def _passphrase_for(source: Path, parent: QWidget) -> tuple[bool, str | None]:
    """(go on, passphrase): the passphrase of an encrypted backup, None for a plain one; (False, None) when
    the file cannot be used (shown) or the user cancels."""
    try:
        encrypted = exchange_backup.is_encrypted(source)
    except KijkwijzerError as error:
        show_error(
            parent, QCoreApplication.translate("ExportActions", "Back-up niet teruggezet"), error_text(error)
        )
        return False, None
    if not encrypted:
        return True, None
    passphrase = enter_passphrase(
        parent, lambda typed: exchange_backup.check_backup_passphrase(source, typed)
    )
    return passphrase is not None, passphrase


def backup_restore(
    parent: QWidget, *, actor: Actor = SYSTEM, on_restored: Callable[[Path], None] | None = None
) -> BackgroundTask | None:
    """Restore a backup into a new, empty folder (a workspace that holds anything is refused by the service),
    opened through the normal workspace opening path (unlock/flow.py `ready`, then `open_context`): a new
    folder becomes an encrypted workspace with a passphrase of its own, asked before the work starts.
    `on_restored(folder)` is called after success, e.g. to open the restored workspace."""
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace

    source = ask_open(
        parent,
        QCoreApplication.translate("ExportActions", "Back-up terugzetten"),
        QCoreApplication.translate("ExportActions", "Back-up (*.kwbackup *.zip);;Alle bestanden (*)"),
    )
    if source is None:
        return None
    go_on, passphrase = _passphrase_for(source, parent)
    if not go_on:
        return None
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("ExportActions", "Lege map voor de teruggezette werkmap"),
        str(source.parent),
    )
    if not chosen:
        return None
    folder = Path(chosen)
    from ..unlock import flow as unlock_flow

    try:  # as when a workspace is opened: a new one is made with its own (workspace) passphrase, here and now
        if not unlock_flow.ready(Workspace.at(folder), parent):
            return None
    except KijkwijzerError as error:
        show_error(parent, QCoreApplication.translate("ExportActions", "Back-up niet teruggezet"), error_text(error))
        return None

    def job() -> object:
        ctx = open_context(Workspace.at(folder), actor)
        try:
            return exchange_backup.restore_backup(ctx, source, passphrase)
        finally:
            ctx.store.dispose()

    def describe(result: object) -> tuple[str, str, Path]:
        text = QCoreApplication.translate(
            "ExportActions", "Teruggezet in {folder}\n{rows} rijen, {files} bestanden"
        ).format(folder=folder, rows=getattr(result, "rows", 0), files=getattr(result, "files", 0))
        if not getattr(result, "encrypted", True):
            text += "\n\n" + QCoreApplication.translate(
                "ExportActions",
                "Let op: deze back-up was niet versleuteld (gemaakt met een eerdere versie). "
                "Maak een nieuwe, versleutelde back-up en wis het oude bestand.",
            )
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
