"""Which recording the agreement dialog is about: the one open in the review, else the first recording of the
conversation chosen in the werkmap; without either, a line in the status bar says what to do. One dialog per
recording: asking again brings the open one forward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from kijkwijzer.services import recordings

from ..service_calls import call_or_say
from .agreement_dialog import AgreementDialog

if TYPE_CHECKING:
    from ..window_api import Workbench


def _recording_id(window: Workbench) -> int | None:
    current = window.current_recording()
    if current is not None:
        return current.id
    conversation_id = window.current_conversation()
    if conversation_id is not None:
        listed = call_or_say(window.show_message, recordings.list_recordings, window.ctx, conversation_id) or []
        usable = [r for r in listed if r.may_open]
        if usable:
            return usable[0].id
    return None


def open_agreement(window: Workbench) -> AgreementDialog | None:
    recording_id = _recording_id(window)
    if recording_id is None:
        window.show_message(QCoreApplication.translate(
            "Agreement", "Open eerst een opname (of kies een gesprek in de werkmap) om de overeenstemming tussen "
            "kijkers te zien."))
        return None
    for dialog in window.widget.findChildren(AgreementDialog):
        if dialog.recording_id == recording_id and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = AgreementDialog(window.ctx, recording_id, lambda rid, ms: window.open_moment(rid, ms), window.widget)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
