"""Small helpers the exchange widgets share: the remembered folder, file choosers, and the result or
failure of an import/export shown in a box that does not block (so a test or a busy window goes on)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError

from ..i18n import current_lang

FOLDER_KEY = "exchange/folder"  # the same key the window's Bestand menu uses: one remembered folder


def _folder() -> Path:
    return Path(str(QSettings().value(FOLDER_KEY, str(Path.home()))))


def ask_save(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(_folder() / suggested), filters)
    if not chosen:
        return None
    QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
    return Path(chosen)


def ask_open(parent: QWidget | None, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(_folder()), filters)
    if not chosen:
        return None
    QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
    return Path(chosen)


def error_text(error: BaseException) -> str:
    """The user's language for our own errors; the system's words for a disk or permission problem."""
    if isinstance(error, KijkwijzerError):
        return error.message(current_lang())
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return QCoreApplication.translate("ExportActions", "Onverwachte fout: {error}").format(error=error)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path can be copied
    return box


def show_error(parent: QWidget | None, title: str, text: str, name: str = "exchangeError") -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, name)
    box.open()
    return box


def show_done(
    parent: QWidget | None, title: str, text: str, folder: Path | None = None, name: str = "exchangeDone"
) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text, name)
    if folder is not None:
        button = box.addButton(
            QCoreApplication.translate("ExportActions", "Map openen"), QMessageBox.ButtonRole.ActionRole
        )
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box
