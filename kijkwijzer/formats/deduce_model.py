"""The one `deduce` model of this process (Dutch de-identification): loaded on first use, or in the background
as soon as an export is about to be asked for; never on import; once per process, by one thread while the
others wait.

Loading reads deduce's lookup structures (first names, surnames, streets, places, institutions: millions
of small objects) from the cache `scripts/prepare_deduce.py` builds at install time. The cyclic garbage
collector is paused while they are read (3 s instead of 8 s, and no second-long pauses of the window's
thread) and they are frozen afterwards, so later collections never walk them again.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from typing import Any

from kijkwijzer.errors import BadInput

log = logging.getLogger(__name__)

_lock = threading.Lock()
_model: Any = None
_failure: BaseException | None = None
_seconds: float | None = None
_loader: threading.Thread | None = None


class DeduceMissing(BadInput):
    """Exports are refused rather than sent out with only the known names replaced."""


def _import_deduce() -> Any:
    """Import deduce without the logging set-up it does on import (DEBUG lines to stdout, which would end up
    in the command line's --json output)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return deduce


def _load() -> Any:
    try:
        deduce = _import_deduce()
    except ImportError as error:
        raise DeduceMissing(
            "Exporteren kan niet: het onderdeel dat namen, adressen en nummers herkent (deduce) ontbreekt in "
            "deze installatie.",
            "Exporting is not possible: the part that recognises names, addresses and numbers (deduce) is "
            "missing from this installation.",
        ) from error
    collecting = gc.isenabled()
    gc.disable()
    try:
        model = deduce.Deduce()
    finally:
        if collecting:
            gc.enable()
    gc.freeze()  # the lookup structures live as long as the process: never walk them again
    return model


def model() -> Any:
    """The loaded model; loads it (seconds) when nobody has yet. Raises DeduceMissing without deduce."""
    global _model, _failure, _seconds
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            if isinstance(_failure, DeduceMissing):
                raise _failure
            started = time.perf_counter()
            try:
                _model = _load()
            except BaseException as error:
                _failure = error
                raise
            _seconds = time.perf_counter() - started
            log.info("deduce loaded in %.1f s", _seconds)
    return _model


def start_loading() -> None:
    """Load in a background thread unless loaded or loading (the window calls this when an export starts)."""
    global _loader
    with _lock:
        if _model is not None or (_loader is not None and _loader.is_alive()):
            return
        _loader = threading.Thread(target=_load_quietly, name="deduce-laden", daemon=True)
        _loader.start()


def _load_quietly() -> None:
    try:
        model()
    except Exception as error:  # noqa: BLE001 - the export that needs it says so in the user's words
        log.warning("deduce not loaded: %r", error)


def loaded() -> bool:
    return _model is not None


def load_seconds() -> float | None:
    """How long this process took to load the model (None while not loaded)."""
    return _seconds
