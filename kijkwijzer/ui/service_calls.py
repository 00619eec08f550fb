"""One service call made from a widget: its result, or None when the service refused (a KijkwijzerError), with
the refusal's message said where that widget says things (its `message` signal, the status bar) in the UI's
language. Other errors are not caught: the application's error hook reports them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from kijkwijzer.errors import KijkwijzerError

from .i18n import current_lang

T = TypeVar("T")


def call_or_say(say: Callable[[str], object], fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """`fn(*args, **kwargs)`; on a KijkwijzerError `say(its message)` and None."""
    try:
        return fn(*args, **kwargs)
    except KijkwijzerError as error:
        say(error.message(current_lang()))
        return None
