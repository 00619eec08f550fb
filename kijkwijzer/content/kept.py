"""The validated content kept between starts (issue 16, start-up). Reading content/'s TOML files, building their
items and validating them took 25-60 ms of every start of the window, for files that change only with a new
version. The finished `Content` is pickled in the user's own cache folder under a key made of everything the load
reads: the content files' bytes, the seed files' names, sizes and times (the seed references are checked against
them), and the code that builds and validates (its sources; in a bundle, the program file). A changed input is a new
key, so what is found under a key is what a fresh load of the same inputs gives; a missing, unreadable or foreign
file is loaded afresh and written again. The folder is the user's alone (0700, files 0600): whoever can write there
can already run anything as the user.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from kijkwijzer.content.catalog import Content

log = logging.getLogger(__name__)

CACHE_ENV = "KIJKWIJZER_CACHE_DIR"  # where it is kept; default: the platform's user cache folder
_CODE = ("model", "catalog", "loader", "validate", "seedtext", "kept")  # the modules that decide what a load gives


def cache_dir() -> Path:
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Kijkwijzer", appauthor=False))


def key(directory: Path, file_names: list[str], seeds: Path | None) -> str:
    """The hash of every input of a load of `directory` with `seeds` (see the module's text)."""
    digest = hashlib.sha256()
    for name in file_names:
        path = directory / name
        digest.update(f"\0file {name}\0".encode())
        digest.update(path.read_bytes() if path.is_file() else b"\0absent")
    digest.update(f"\0seeds {seeds}\0".encode())
    if seeds is not None:
        for entry in sorted(os.scandir(seeds), key=lambda e: e.name):
            if entry.is_file():
                info = entry.stat()
                digest.update(f"{entry.name} {info.st_size} {info.st_mtime_ns}\n".encode())
    digest.update(_code_fingerprint())
    return digest.hexdigest()[:40]


def _code_fingerprint() -> bytes:
    here = Path(__file__).resolve().parent
    sources = [here / f"{name}.py" for name in _CODE]
    if all(path.is_file() for path in sources):
        return b"".join(path.read_bytes() for path in sources)
    program = Path(sys.executable).stat()  # a bundle (no sources): its program file changes with every build
    return f"frozen {sys.executable} {program.st_size} {program.st_mtime_ns}".encode()


def load_kept(directory: Path, file_names: list[str], seeds: Path | None, load: Callable[[], Content]) -> Content:
    """The Content `load()` gives, from the cache when it holds one under this key (else loaded, then kept).
    What `load` raises (ContentError on bad content) is raised as before: nothing is kept then."""
    try:
        path = cache_dir() / f"inhoud-{key(directory, file_names, seeds)}.pickle"
    except OSError as error:  # an unreadable content or seed folder: the load itself says what is wrong
        log.info("content not kept: %r", error)
        return load()
    found = _read(path)
    if found is not None:
        return found
    content = load()
    _write(path, content)
    return content


def _read(path: Path) -> Content | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        found = pickle.loads(data)
    except Exception as error:  # noqa: BLE001 - a half-written or foreign file: loaded afresh and replaced
        log.info("kept content unreadable, loaded afresh: %r", error)
        return None
    return found if isinstance(found, Content) else None


def _write(path: Path, content: Content) -> None:
    from kijkwijzer.files import make_private_dir

    temporary = path.with_name(f".{path.name}.{os.getpid()}.deel")
    try:
        make_private_dir(path.parent)
        with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle:
            pickle.dump(content, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)  # whole or not at all: a reader never sees half of it
    except OSError as error:  # a read-only or full cache folder: the next start loads afresh
        log.info("content not kept: %r", error)
        with contextlib.suppress(OSError):
            temporary.unlink()
        return
    for older in path.parent.glob("inhoud-*.pickle"):  # what an earlier version kept
        if older != path:
            older.unlink(missing_ok=True)
