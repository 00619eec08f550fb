"""Transcripts, ELAN import and the export/backup actions as widgets and functions the main window hooks in.

Entry points: `TranscriptPanel`, `ElanImportDialog`, and the functions of `export_actions`.
"""

from __future__ import annotations

from .elan_dialog import ElanImportDialog
from .export_actions import (
    backup_create,
    backup_restore,
    export_csv,
    export_eaf,
    export_report,
    export_srt,
    export_story,
    import_eaf,
)
from .transcript_panel import TranscriptPanel

__all__ = [
    "ElanImportDialog",
    "TranscriptPanel",
    "backup_create",
    "backup_restore",
    "export_csv",
    "export_eaf",
    "export_report",
    "export_srt",
    "export_story",
    "import_eaf",
]
