"""Recordings into the workspace from the window, and a wrong one out again.

- `Importer(window)`: `import_into(conversation_id=None, paths=None)`, `replace(recording_id, path=None)`,
  `remove(recording_id)`; drops of local files on the window, the werkmap and the video.
- `ImportJob`: the worker thread and progress dialog (with Cancel) behind every copy.
"""

from .import_job import ImportJob, ImportStep, JobOutcome
from .importer import Importer

__all__ = ["ImportJob", "ImportStep", "Importer", "JobOutcome"]
