"""The Qt user interface. Nothing below this package imports PySide6."""
