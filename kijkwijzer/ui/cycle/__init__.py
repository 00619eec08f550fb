"""'Waar sta ik': the cycle view of a case, its home.

- `CycleView(ctx, case_id)`: the case, its events and its conversations with their steps (a panel dock).
- `CycleNavigator(window)`: opens it (key "cycle:<case id>") and takes the user to each step.
"""

from .cycle_view import CycleView
from .navigator import CycleNavigator

__all__ = ["CycleNavigator", "CycleView"]
