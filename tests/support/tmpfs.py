"""A small real file system that can be filled to the last byte: `mount -t tmpfs -o size=8m` as root.
Tests that need a full disk skip, saying why, where mounting is not permitted."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_tmpfs(folder: Path, size: str = "8m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {mounted.stderr.strip()[:200]}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Write zeros until the file system says ENOSPC; returns the filler file (delete it to free the space)."""
    filler = folder / "vulling"
    with filler.open("wb", buffering=0) as handle:
        for size in (1 << 16, 4096, 1):  # the last page byte by byte: not one byte is left
            block = bytes(size)
            try:
                while handle.write(block):
                    pass
            except OSError:
                pass
    assert os.statvfs(folder).f_bavail == 0
    return filler
