"""What packaging/kijkwijzer.spec does to dist/kijkwijzer/_internal after PyInstaller has collected it: leave out the
libraries nothing shipped needs any more, stamp deduce's cache as current, and write VLC's plugin cache for the
plugins shipped. See docs/packaging.md."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBDIR = Path("/usr/lib/x86_64-linux-gnu")
# Libraries the code opens itself with ctypes (python-vlc, through the runtime hook): no other file names them.
OPENED_BY_NAME = ("libvlc.so.5",)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(4) == b"\x7fELF"


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return _NEEDED.findall(out)


def prune_unreachable(internal: Path, programs: list[Path]) -> list[str]:
    """PyInstaller collects the libraries of every Qt plugin it sees, also of the plugins the spec leaves out
    (the virtual keyboard brings Qt Quick and QML, the GTK theme GTK). The shared libraries at the top of
    `_internal` and in PySide6/Qt/lib that no kept program, extension module or plugin needs, directly or
    through another library, are removed. Libraries inside other packages' folders are never touched (a package
    may open its own with ctypes). Returns the names removed."""
    folders = {internal, internal / "PySide6" / "Qt" / "lib"}
    prunable: dict[str, Path] = {}
    roots = [*programs, *(internal / name for name in OPENED_BY_NAME)]
    for path in sorted(internal.rglob("*"), key=lambda p: (p.parent != internal, str(p))):
        if not (path.is_file() and _is_elf(path)):
            continue
        library = path.name.startswith("lib") and ".so" in path.name and ".cpython-" not in path.name \
            and not path.name.endswith(".abi3.so")
        if path.parent in folders and library:
            prunable.setdefault(path.name, path)  # the top's symlink before PySide6/Qt/lib's file of that name
        elif not path.is_symlink():
            roots.append(path)  # programs, extension modules, plugins, packages' own libraries
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name in prunable and name not in reached:
                reached.add(name)
                todo.append(prunable[name].resolve())
    removed = sorted(name for name in prunable if name not in reached and name not in OPENED_BY_NAME
                     and not name.startswith("libpython"))
    for name in removed:
        path = prunable[name]
        target = path.resolve()
        path.unlink()
        if target != path and target.parent in folders and target.is_file() and target.name not in reached:
            target.unlink()
    return removed


def stamp_deduce_cache(internal: Path) -> None:
    """deduce rebuilds its lookup cache (two minutes, written beside its lists) when any folder of its word lists
    is newer than the cache; in a bundle every folder is as new as the copy (or the installation). The lists in a
    bundle never change, so the copied cache is stamped as saved at the end of time."""
    cache = internal / "deduce" / "data" / "lookup" / "cache" / "lookup_structs.pickle"
    if not cache.is_file():
        raise SystemExit(f"deduce's cache is missing in the bundle ({cache}); run scripts/prepare_deduce.py")
    cache.unlink()  # a symlink or hard link to the venv's copy must not be rewritten in place
    source = ROOT / ".venv" / "lib" / "python3.11" / "site-packages" / cache.relative_to(internal)
    with open(source, "rb") as stream:
        data = pickle.load(stream)
    data["saved_datetime"] = "9999-12-31 00:00:00"
    with open(cache, "wb") as stream:
        pickle.dump(data, stream, protocol=pickle.HIGHEST_PROTOCOL)


def refresh_vlc_cache(internal: Path) -> None:
    """VLC's plugins.dat for the plugins shipped (the system's lists plugins that are not there, with other
    dates, which makes VLC open every plugin at each start)."""
    plugins = internal / "vlc" / "plugins"
    (plugins / "plugins.dat").unlink(missing_ok=True)
    generator = LIBDIR / "vlc" / "vlc-cache-gen"
    if generator.is_file():
        env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
        subprocess.run([str(generator), str(plugins)], env=env, check=True, capture_output=True)


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
