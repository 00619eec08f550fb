"""The main window's helpers see it only through ui/window_api.py: nothing but the composition root imports
ui.main_window (also not under TYPE_CHECKING), so no helper can reach back into the whole window again."""

from __future__ import annotations

from scripts.check_cycles import import_graph


def test_only_the_composition_root_imports_the_main_window():
    edges = import_graph()
    importers = sorted(module for module, imported in edges.items() if "kijkwijzer.ui.main_window" in imported)
    assert importers == ["kijkwijzer.app"]

