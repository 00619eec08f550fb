"""The user's answer to the list of replacements every export shows before it writes anything: wait for the
dialog, read it, click Exporteren or Annuleren as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


def preview_dialog(qtbot, timeout: int = 60_000) -> QDialog:
    """The replacement list on screen (deduce may still be loading the first time in a process)."""

    def shown() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "replacementPreview" and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=timeout)
    return shown()[0]


def confirm_preview(qtbot, timeout: int = 60_000):
    """Click Exporteren; returns what the dialog listed (an ExportPreview)."""
    dialog = preview_dialog(qtbot, timeout)
    listed = dialog.preview
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return listed


def cancel_preview(qtbot, timeout: int = 60_000):
    """Click Annuleren; returns what the dialog listed."""
    dialog = preview_dialog(qtbot, timeout)
    listed = dialog.preview
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    return listed
