"""What callers above the services (the CLI, the window) make of a failure that escaped a service call: the error
a user can act on for a full disk or a failing database, or None for a bug. The mapping itself belongs to the
store (store/failures.py); this is its one door upwards, so nothing above the services imports the store."""

from __future__ import annotations

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.store import failures


def user_error(error: BaseException) -> KijkwijzerError | None:
    return failures.user_error(error)
