"""The media vault: recordings stored once, by content hash, under `root/<sha256>.<ext>`, sealed.

Every vault file is a sealed file (kijkwijzer/crypto/sealed.py) under the recording's own content key: the
plaintext SHA-256 that names it is computed while the copy is sealed, so the plain recording never reaches
the disk. Imports are all-or-nothing (probe the user's file first, seal into a temporary file, fsync, atomic
rename) and erasure overwrites the bytes before unlinking. The temporary file is locked while it is written,
and the renamed file stays locked until the caller has stored its key (`hold`): what a killed import leaves
is told apart from a running one and erased at the next open (services/leftovers.py).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kijkwijzer.crypto.sealed import SealedReader, SealedWriter
from kijkwijzer.errors import BadInput, DiskFull, KijkwijzerError, NotFound
from kijkwijzer.files import create_locked, fsync_dir, open_regular, release, shred_file
from kijkwijzer.media.probe import MediaInfo, probe
from kijkwijzer.media.source import MediaSource

CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TEMP_PREFIX = ".import-"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
KeepExisting = Callable[[str, Path], bool]


class ImportCancelled(KijkwijzerError):
    """The user stopped an import; nothing was kept."""

    def __init__(self, name: str) -> None:
        super().__init__(f"Importeren van {name} is afgebroken.", f"Importing {name} was cancelled.")


@dataclass(frozen=True)
class VaultEntry:
    sha256: str
    path: Path
    size: int  # of the recording (plaintext), not of the sealed file
    info: MediaInfo
    created: bool = True  # False: the file was already in the vault and is kept (with its own key)


def sha256_of(path: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks; `cancel` returning True raises ImportCancelled."""
    path = Path(path)
    total = path.stat().st_size
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if cancel is not None and cancel():
                raise ImportCancelled(path.name)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _check_hash(sha256: str) -> str:
    if not _SHA256.match(sha256):
        raise BadInput(
            f"Ongeldige inhoudscode (sha256): {sha256!r}", f"Invalid content hash (sha256): {sha256!r}"
        )
    return sha256


def _suffix(src: Path) -> str:
    suffix = src.suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ".bin"


class MediaVault:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._held: dict[Path, int] = {}

    def path_for(self, sha256: str) -> Path | None:
        """The stored file for a hash, whatever its extension; None when it is not (or no longer) here."""
        _check_hash(sha256)
        for candidate in sorted(self.root.glob(f"{sha256}.*")):
            if candidate.is_file():
                return candidate
        return None

    def import_file(
        self,
        src: Path,
        key: bytes,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        *,
        keep_existing: KeepExisting | None = None,
        hold: bool = False,
    ) -> VaultEntry:
        """Seal a recording into the vault with `key`. Rejects unusable media before writing a single byte;
        `progress(done, total)` is called per chunk and `cancel()` is polled per chunk. When the vault already
        holds the same content, that file stays (`created` False) unless `keep_existing(sha256, path)` says it
        is of no use (sealed under a key that was never stored). `hold` keeps the new file locked, so no
        clean-up takes it for a leftover before its key is stored; `release(entry)` lets go."""
        src = Path(src)
        info = probe(src)  # raises BadInput naming the file and the reason
        total = src.stat().st_size
        digest = hashlib.sha256()
        done = 0
        tmp, fd = create_locked(self.root, _TEMP_PREFIX, ".part")
        held = False
        try:
            with open_regular(src) as reader, os.fdopen(os.dup(fd), "wb") as raw:
                writer = SealedWriter(raw, key)
                try:
                    while chunk := reader.read(CHUNK):
                        if cancel is not None and cancel():
                            raise ImportCancelled(src.name)
                        digest.update(chunk)
                        writer.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                    writer.close()  # the last chunk, which makes the file complete
                except BaseException:
                    io.RawIOBase.close(writer)  # abandoned without its last chunk: the partial copy goes below
                    raise
                raw.flush()
                os.fsync(raw.fileno())
            sha256 = digest.hexdigest()
            existing = self.path_for(sha256)
            if existing is not None and (keep_existing is None or keep_existing(sha256, existing)):
                return VaultEntry(sha256, existing, done, info, created=False)
            final = self.root / f"{sha256}{_suffix(src)}"
            os.replace(tmp, final)
            if existing is not None and existing != final:
                shred_file(existing)
            fsync_dir(self.root)
            if hold:
                self._held[final] = fd
                held = True
            return VaultEntry(sha256, final, done, info)
        except OSError as error:
            if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise DiskFull(f"De schijf is vol: {src.name} past niet in de kluis; er is niets bewaard.",
                               f"The disk is full: {src.name} does not fit in the vault; nothing was kept.") from error
            raise
        finally:
            if not held:
                release(tmp, fd)  # a partial copy is overwritten before it goes

    def release(self, entry: VaultEntry) -> None:
        """Let go of the lock `import_file(hold=True)` kept on a new vault file."""
        fd = self._held.pop(entry.path, None)
        if fd is not None:
            os.close(fd)

    def source(self, sha256: str, key: bytes | None, name: str | None = None) -> MediaSource:
        """The stored recording as a MediaSource; NotFound when its file is not (or no longer) here."""
        path = self.path_for(sha256)
        if path is None:
            raise NotFound(f"Het bestand van opname {name or sha256[:12]} ontbreekt in de kluis.",
                           f"The file of recording {name or sha256[:12]} is missing from the vault.")
        return MediaSource(path, key, name)

    def open(
        self, sha256: str, key: bytes | None, name: str | None = None
    ) -> SealedReader | io.BufferedReader:
        """The stored recording for reading (a SealedReader; SealBroken when it is damaged or the key is wrong)."""
        return self.source(sha256, key, name).open()

    def stored(self) -> list[tuple[str, Path]]:
        """Every stored recording as (sha256, path)."""
        found = []
        for path in sorted(self.root.glob("*.*")):
            sha256 = path.name.split(".", 1)[0]
            if _SHA256.match(sha256) and path.is_file():
                found.append((sha256, path))
        return found

    def erase(self, sha256: str, derived: Iterable[Path] = ()) -> int:
        """Overwrite and remove the stored recording and files made from it (stills, waveform cache);
        returns how many files were erased (0 when the hash is not in the vault)."""
        targets = [p for p in self.root.glob(f"{_check_hash(sha256)}.*") if p.is_file()]
        targets += [Path(p) for p in derived if Path(p).is_file()]
        for target in targets:
            shred_file(target)  # zeros, fsync, unlink
        if targets:
            fsync_dir(self.root)
        return len(targets)

    def leftovers(self) -> list[Path]:
        """Temporary files of imports that were killed mid-copy (power cut); safe to erase at startup."""
        return sorted(self.root.glob(f"{_TEMP_PREFIX}*.part"))

    @staticmethod
    def find_by_hash(sha256: str, search_dirs: Iterable[Path], size: int | None = None) -> Path | None:
        """Look for a moved original by content. Give `size` when known: only same-size files are hashed."""
        _check_hash(sha256)
        for directory in search_dirs:
            for dirpath, _dirnames, filenames in os.walk(directory):
                for name in sorted(filenames):
                    candidate = Path(dirpath) / name
                    try:
                        if not candidate.is_file() or (size is not None and candidate.stat().st_size != size):
                            continue
                        if sha256_of(candidate) == sha256:
                            return candidate
                    except OSError:
                        continue
        return None
