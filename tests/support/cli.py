"""kijkwijzer-cli for tests: `run_cli` calls `kijkwijzer.cli.main(argv)` in this process, `run_cli_process` starts
`python -m kijkwijzer.cli` as a user does. Both return what a finished process gives (returncode, stdout,
stderr).

In-process is the default: a child process pays the interpreter's start, the imports, the workspace key's
Argon2 run and (for exports) loading deduce, every time. It runs the same parser, the same commands and the
same exit codes on the same workspace on disk; stdin, stdout and stderr are streams of its own (stdin with its
bytes), the environment is changed only for the call, log records and Python warnings reach that stderr as
they would a fresh process's (no handler on the root logger: logging's last resort prints WARNING and above;
the interpreter's default warning filters), and the contexts the command opened are closed afterwards, as
the end of a process would. What only a real process shows stays a subprocess test: the exit status and stderr of
`python -m kijkwijzer.cli` itself (tests/cli/test_cli_basics.py), a terminal (getpass on a pty), a passphrase
read from the environment by a process that has not unlocked the workspace yet, and kills.
"""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[2]


@dataclass(frozen=True)
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def _argv(args: tuple[object, ...], workspace: Path | str | None) -> list[str]:
    prefix = ["--workspace", str(workspace)] if workspace is not None else []
    return [*prefix, *(str(a) for a in args)]


# The interpreter's own warning filters (python -W default would show more; a plain start shows these).
_PROCESS_WARNING_FILTERS = (
    ("default", DeprecationWarning, "__main__"),
    ("ignore", DeprecationWarning, None),
    ("ignore", PendingDeprecationWarning, None),
    ("ignore", ImportWarning, None),
    ("ignore", ResourceWarning, None),
)


@contextmanager
def _like_a_fresh_process() -> Iterator[None]:
    """Logging and warnings as a new interpreter has them, for the duration (pytest's capture is put back)."""
    import logging
    import warnings

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    for handler in handlers:
        root.removeHandler(handler)
    root.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.resetwarnings()
            for action, category, module in reversed(_PROCESS_WARNING_FILTERS):
                warnings.filterwarnings(action, category=category, module=module or "")
            yield
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


@contextmanager
def _environment(env: Mapping[str, str | None] | None) -> Iterator[None]:
    before = {name: os.environ.get(name) for name in (env or {})}
    try:
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class _Stream(io.TextIOWrapper):
    """A text stream with a `.buffer`, like sys.stdin/stdout of a process (the CLI reads stdin's bytes)."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", newline=None, write_through=True)

    def text(self) -> str:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue().decode("utf-8", "replace")


def run_cli(*args: object, stdin: str | bytes = "", env: Mapping[str, str | None] | None = None,
            workspace: Path | str | None = None) -> CliResult:
    """`kijkwijzer-cli [--workspace W] ARGS` in this process (see the module docstring)."""
    from kijkwijzer.cli import common, main

    opened: list = []
    real_open = common.open_context

    def open_and_remember(*a, **k):
        ctx = real_open(*a, **k)
        opened.append(ctx)
        return ctx

    data = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8", "surrogatepass")
    out, err, inp = _Stream(), _Stream(), _Stream(data)
    saved_stdin = sys.stdin
    code: int | None = 1
    common.open_context = open_and_remember
    try:
        with _environment(env), redirect_stdout(out), redirect_stderr(err), _like_a_fresh_process():
            sys.stdin = inp
            try:
                code = main(_argv(args, workspace))
            except SystemExit as stop:  # argparse's --help
                code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        sys.stdin = saved_stdin
        common.open_context = real_open
        for ctx in opened:
            ctx.store.dispose()
        if code != 0:  # a failed command's traceback holds its database connections in reference cycles:
            gc.collect()  # the end of a process collects them, closing each (SQLite removes an empty -wal)
    return CliResult(int(code), out.text(), err.text())


def run_cli_process(*args: object, stdin: str | None = None, env: Mapping[str, str] | None = None,
                    workspace: Path | str | None = None, timeout: float = 180) -> CliResult:
    """`python -m kijkwijzer.cli [--workspace W] ARGS` as a child process (stdin closed unless given)."""
    done = subprocess.run([sys.executable, "-m", "kijkwijzer.cli", *_argv(args, workspace)],
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False,
                          env=None if env is None else {**os.environ, **env})
    return CliResult(done.returncode, done.stdout, done.stderr)
