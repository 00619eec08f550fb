"""The Qt user interface. Nothing below this package imports PySide6."""

from .pyside_guard import make_singletons_immortal

make_singletons_immortal()
