"""Which files a user brings in: the file dialog for recordings (audio/video first, "Alle bestanden" too)
and the local files held by a drag-and-drop (only file:// URLs; web links and text are not recordings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "import/folder"
VIDEO = ("mp4", "m4v", "mov", "avi", "mkv", "webm", "mts", "m2ts", "3gp", "wmv", "mpg", "mpeg")
AUDIO = ("m4a", "mp3", "wav", "aac", "ogg", "opus", "flac", "wma", "amr")



def filters() -> str:
    def pattern(exts: tuple[str, ...]) -> str:
        return "(" + " ".join(f"*.{ext}" for ext in exts) + ")"

    kinds = ((QCoreApplication.translate("MediaFiles", "Opnamen (video en audio)"), pattern(VIDEO + AUDIO)),
             (QCoreApplication.translate("MediaFiles", "Video"), pattern(VIDEO)),
             (QCoreApplication.translate("MediaFiles", "Audio"), pattern(AUDIO)),
             (QCoreApplication.translate("MediaFiles", "Alle bestanden"), "(*)"))
    return ";;".join(f"{name} {patterns}" for name, patterns in kinds)


def _folder() -> str:
    return str(QSettings().value(FOLDER_KEY, str(Path.home())))


def choose_recordings(parent: QWidget | None, several: bool = True) -> list[str]:
    """The file dialog (Qt's own, in the user's language); remembers the folder for next time."""
    title = (QCoreApplication.translate("MediaFiles", "Opname importeren") if several
             else QCoreApplication.translate("MediaFiles", "Vervangende opname kiezen"))
    if several:
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, _folder(), filters())
    else:
        one, _ = QFileDialog.getOpenFileName(parent, title, _folder(), filters())
        chosen = [one] if one else []
    if chosen:
        QSettings().setValue(FOLDER_KEY, str(Path(chosen[0]).parent))
    return list(chosen)


def local_files(mime: QMimeData | None) -> list[str]:
    """The local files of a drag (empty when it holds anything else, such as a web link or plain text)."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [url.toLocalFile() for url in urls if url.toLocalFile()]
