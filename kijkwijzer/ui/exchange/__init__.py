"""Transcripts, ELAN import and the export/backup actions as widgets and functions the main window hooks in.

Entry points: `TranscriptPanel`, `ElanImportDialog`, `ExportFlow` (preview, confirm, export) and the functions
of `export_actions`.
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "ElanImportDialog": "elan_dialog",
    "ExportFlow": "export_flow",
    "ReplacementPreview": "preview_dialog",
    "TranscriptPanel": "transcript_panel",
    "backup_create": "backup_actions",
    "backup_restore": "backup_actions",
    "export_csv": "export_actions",
    "export_eaf": "export_actions",
    "export_report": "export_actions",
    "export_srt": "export_actions",
    "export_story": "export_actions",
    "import_eaf": "export_actions",
})
