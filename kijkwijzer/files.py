"""Files read from users and written for them, handled safely: only regular files are read (a FIFO would
hang), what is created is private to the user (0600/0700 on POSIX), a half-written file is locked while it is
written (so a clean-up can tell a live write from a leftover of a killed process), and a leftover is
overwritten before it is unlinked. No database, no Qt: every layer may use it.
"""

from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import time
import uuid
from pathlib import Path

from kijkwijzer.errors import BadInput, NotFound

PRIVATE_UMASK = 0o077
DIR_MODE = 0o700
FILE_MODE = 0o600
STALE_S = 600.0  # an unlocked temporary file untouched this long belongs to no live writer
_CHUNK = 1 << 20
_POSIX = os.name == "posix"
_NO_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL)


def private_umask() -> int | None:
    """Called first by the entry points (window and command line): whatever is created afterwards (database,
    vault, stills, caches, backups, exports) is readable by the user alone. A shared team folder can still
    give its group access with a default ACL, which takes precedence over the umask. Returns the old mask."""
    return os.umask(PRIVATE_UMASK) if _POSIX else None


def restore_umask(old: int | None) -> None:
    """Put back what `private_umask` replaced (for callers that run an entry point inside a test process)."""
    if old is not None:
        os.umask(old)


def make_private_dir(path: Path) -> Path:
    """A folder only its owner may enter; parents are made the same way."""
    path = Path(path)
    if not path.is_dir():
        if not path.parent.is_dir():
            make_private_dir(path.parent)
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise
    return path


# ---- reading ------------------------------------------------------------------------------------------


def _not_regular(path: Path, mode: int) -> BadInput:
    if stat.S_ISDIR(mode):
        return BadInput(f"{path} is een map, geen bestand.", f"{path} is a folder, not a file.")
    return BadInput(f"{path.name} is geen gewoon bestand (maar een pijp, apparaat of socket).",
                    f"{path.name} is not a regular file (but a pipe, device or socket).")


def require_regular_file(path: Path) -> os.stat_result:
    """The file's status, or a clear error for a missing file, a folder, a FIFO, a device or a socket."""
    path = Path(path)
    try:
        status = path.stat()
    except FileNotFoundError as error:
        raise NotFound(f"Bestand niet gevonden: {path}", f"File not found: {path}") from error
    except OSError as error:
        raise BadInput(f"{path.name} kan niet worden gelezen: {error.strerror}",
                       f"{path.name} cannot be read: {error.strerror}") from error
    if not stat.S_ISREG(status.st_mode):
        raise _not_regular(path, status.st_mode)
    return status


def open_regular(path: Path) -> io.BufferedReader:
    """Open a user's file for reading without ever blocking: a FIFO is refused, not waited on."""
    path = Path(path)
    require_regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise BadInput(f"{path.name} kan niet worden gelezen: {error.strerror}",
                       f"{path.name} cannot be read: {error.strerror}") from error
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # swapped for a FIFO after the check
        os.close(fd)
        raise _not_regular(path, mode)
    if _POSIX:
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


# ---- locked temporary files ---------------------------------------------------------------------------


def try_lock(fd: int) -> bool | None:
    """Take the exclusive lock without waiting: True taken, False held by a live writer, None unsupported
    (no fcntl, or a file system without locks). The lock dies with its process, even on SIGKILL."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES):
            return False
        if error.errno in _NO_LOCKS:
            return None
        raise
    return True


def create_locked_at(path: Path) -> int | None:
    """Create the new private file `path` and lock it; the descriptor keeps the lock until it is closed.
    None when a clean-up got hold of the name first (it will remove the file)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0), FILE_MODE)
    if try_lock(fd) is False:
        os.close(fd)
        return None
    return fd


def create_locked(folder: Path, prefix: str, suffix: str) -> tuple[Path, int]:
    """A new private file `<prefix><random><suffix>` in `folder`, locked for as long as the returned
    descriptor is open."""
    for _attempt in range(10):
        path = Path(folder) / f"{prefix}{uuid.uuid4().hex}{suffix}"
        fd = create_locked_at(path)
        if fd is not None:
            return path, fd
    raise OSError(errno.EBUSY, "no free temporary name", str(folder))


def release(path: Path, fd: int) -> None:
    """Overwrite and unlink a temporary file this process created (if still there), then close it."""
    try:
        if os.path.exists(path) and os.path.samestat(os.fstat(fd), os.stat(path)):
            try:
                overwrite_fd(fd, os.fstat(fd).st_size)
            except OSError:  # a copy-on-write disk without room for the zeros: at least the name goes
                pass
            os.unlink(path)
    finally:
        os.close(fd)


def overwrite_fd(fd: int, size: int) -> None:
    """Zeros over the first `size` bytes, flushed to disk (needs no free space)."""
    zeros = bytes(min(_CHUNK, max(size, 1)))
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < size:
        written += os.write(fd, zeros[: min(len(zeros), size - written)])
    os.fsync(fd)


def shred_abandoned(path: Path, min_age_s: float = 0.0) -> bool:
    """Overwrite and unlink a temporary file no live process is writing: not locked by its writer and, when
    locks are unknown here or the writer never locks (ffmpeg), untouched for `min_age_s` (at least STALE_S
    without locks). Returns whether it was erased."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False  # gone meanwhile, a symlink, or not ours to touch
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return False
        locked = try_lock(fd)
        if locked is False:
            return False
        age = time.time() - status.st_mtime
        if age < (max(min_age_s, STALE_S) if locked is None else min_age_s):
            return False
        overwrite_fd(fd, status.st_size)
        os.unlink(path)
        return True
    finally:
        os.close(fd)


def open_unlocked(path: Path) -> int | None:
    """Open an existing file and take its lock; None when a live process holds it, or it is gone."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    if try_lock(fd) is False:
        os.close(fd)
        return None
    return fd


def shred_file(path: Path) -> bool:
    """Overwrite a file with zeros, flush, unlink; False when it was not there (or is no regular file)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return False
        overwrite_fd(fd, status.st_size)
        os.unlink(path)
        return True
    finally:
        os.close(fd)


def shred_tree(folder: Path) -> int:
    """Overwrite every file under `folder`, then remove the folder; returns how many files were erased."""
    erased = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            erased += shred_file(Path(dirpath) / name)
    shutil.rmtree(folder, ignore_errors=True)
    return erased


def fsync_dir(directory: Path) -> None:
    if not _POSIX:  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_new(source: Path, target: Path) -> None:
    """Move a file to a name that must not exist yet: never overwrites (FileExistsError instead)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as error:  # another file system, or one without hard links: copy without clobbering
        if error.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
        with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer, _CHUNK)
            writer.flush()
            os.fsync(writer.fileno())
    os.unlink(source)
