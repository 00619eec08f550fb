"""Build deduce's lookup structures once, at install time (`make venv`), so that no export and no test pays the
one-time build (about two minutes) and every later load reads the cache (a few seconds).

    .venv/bin/python scripts/prepare_deduce.py           # build when missing or outdated, then load once
    .venv/bin/python scripts/prepare_deduce.py --check   # exit 0 when the cache is there and current, 1 if not

deduce keeps the cache beside its word lists (deduce/data/lookup/cache/lookup_structs.pickle) and rebuilds it
by itself when a list is newer or deduce's version changed; this script only makes that happen now.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from pathlib import Path


def _quiet_import():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import deduce  # configures DEBUG logging to stdout on import

    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    return deduce


def cache_file(deduce) -> Path:
    return Path(deduce.__file__).parent / "data" / "lookup" / "cache" / "lookup_structs.pickle"


def is_current(deduce) -> bool:
    """The cache exists and no word list is newer (deduce also checks its version when it loads)."""
    cache = cache_file(deduce)
    if not cache.is_file():
        return False
    built = cache.stat().st_mtime
    sources = Path(deduce.__file__).parent / "data" / "lookup" / "src"
    return all(p.stat().st_mtime <= built for p in sources.glob("**/*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the cache is there and current")
    args = parser.parse_args(argv)
    try:
        deduce = _quiet_import()
    except ImportError:
        print("deduce is niet geïnstalleerd / deduce is not installed", file=sys.stderr)
        return 1
    if args.check:
        current = is_current(deduce)
        print("deduce-cache " + ("aanwezig / present" if current else "ontbreekt of is verouderd / missing or outdated"))
        return 0 if current else 1
    cache = cache_file(deduce)
    before = cache.stat().st_mtime if cache.is_file() else None
    started = time.perf_counter()
    gc.disable()  # millions of small objects: the cyclic collector only slows the build and the load down
    deduce.Deduce()  # builds and writes the cache when it is missing or outdated, else reads it
    gc.enable()
    seconds = time.perf_counter() - started
    after = cache.stat().st_mtime if cache.is_file() else None
    built = after is not None and after != before
    print(f"deduce {deduce.__version__}: {'opgebouwd / built' if built else 'al klaar / ready'} in {seconds:.1f} s "
          f"({cache})")
    return 0 if after is not None else 1


if __name__ == "__main__":
    sys.exit(main())
