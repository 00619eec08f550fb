"""The Gespreksverloop (issue 13): who speaks how much, turns, silences, interruptions and the wait after a
question, for the main window to open as a panel:

- `open_flow_panel(window, review)`: the panel of the open recording (Gesprek > Gespreksverloop, Ctrl+Shift+G).
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "FlowPanel": "flow_panel",
    "open_flow_panel": "flow_dock",
})
