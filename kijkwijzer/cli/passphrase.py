"""Where the command line gets a workspace's passphrase: KIJKWIJZER_PASSPHRASE (scripts, CI), the OS keyring,
else asked on the terminal (getpass, three tries). Without a terminal and without the variable it stops with
one clear line and exit 3. A new workspace gets its passphrase chosen twice, after the warning that a lost
passphrase means lost data.
"""

from __future__ import annotations

import getpass
import os
import sys

from kijkwijzer.crypto import workspace_key
from kijkwijzer.errors import BadInput
from kijkwijzer.workspace import Workspace

NEW_PASSPHRASE_ENV = "KIJKWIJZER_NEW_PASSPHRASE"
TRIES = 3
LOSS_WARNING = ("Let op: wie dit wachtwoord kwijtraakt, raakt de gegevens van deze werkmap kwijt; niemand kan "
                "het herstellen. / Note: if you lose this passphrase, the data of this workspace is lost; "
                "nobody can recover it.")


def has_terminal() -> bool:
    """True when a person can be asked: the process has a controlling terminal."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return bool(sys.stdin and sys.stdin.isatty())
    os.close(fd)
    return True


def _no_terminal(workspace: Workspace, new: bool) -> BadInput:
    what_nl, what_en = ("een nieuw wachtwoord", "a new passphrase") if new else ("het wachtwoord", "the passphrase")
    return BadInput(
        f"De werkmap {workspace.root} is versleuteld en er is geen terminal om {what_nl} te vragen: "
        f"zet {workspace_key.PASSPHRASE_ENV} of start vanaf een terminal.",
        f"The workspace {workspace.root} is encrypted and there is no terminal to ask for {what_en}: "
        f"set {workspace_key.PASSPHRASE_ENV} or run from a terminal.",
    )


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def unlock(workspace: Workspace) -> bytes:
    """The key of an encrypted workspace: quietly if possible, else asked on the terminal."""
    key = workspace_key.unlock_quietly(workspace)
    if key is not None:
        return key
    if not has_terminal():
        raise _no_terminal(workspace, new=False)
    last: BadInput | None = None
    for _try in range(TRIES):
        text = getpass.getpass(f"Wachtwoord voor de werkmap / passphrase for the workspace {workspace.root}: ")
        try:
            return workspace_key.unlock(workspace, text)
        except workspace_key.WrongPassphrase as error:
            last = error
            _say(error.bilingual())
    assert last is not None
    raise last


def current_passphrase(workspace: Workspace) -> str:
    """The current passphrase, checked (for changing it): the variable, else asked."""
    env = os.environ.get(workspace_key.PASSPHRASE_ENV)
    if env:
        workspace_key.unlock(workspace, env, source=workspace_key.PASSPHRASE_ENV)
        return env
    if not has_terminal():
        raise _no_terminal(workspace, new=False)
    for attempt in range(TRIES):
        text = getpass.getpass("Huidig wachtwoord / current passphrase: ")
        try:
            workspace_key.unlock(workspace, text)
            return text
        except workspace_key.WrongPassphrase as error:
            if attempt == TRIES - 1:
                raise
            _say(error.bilingual())
    raise AssertionError("unreachable")


def choose_new(workspace: Workspace, env_name: str = workspace_key.PASSPHRASE_ENV) -> str:
    """A new passphrase that meets the rule: from `env_name`, else chosen twice on the terminal."""
    name = workspace_key.workspace_name(workspace)
    env = os.environ.get(env_name)
    if env:
        workspace_key.check_new_passphrase(env, name)
        return env
    if not has_terminal():
        raise _no_terminal(workspace, new=True)
    _say(LOSS_WARNING)
    _say(f"Minstens {workspace_key.MIN_PASSPHRASE} tekens, niet de naam van de werkmap. / "
         f"At least {workspace_key.MIN_PASSPHRASE} characters, not the workspace's name.")
    for attempt in range(TRIES):
        first = getpass.getpass("Nieuw wachtwoord / new passphrase: ")
        try:
            workspace_key.check_new_passphrase(first, name)
            if getpass.getpass("Nog een keer / once more: ") != first:
                raise BadInput("De twee wachtwoorden zijn niet gelijk.", "The two passphrases differ.")
            return first
        except BadInput as error:
            if attempt == TRIES - 1:
                raise
            _say(error.bilingual())
    raise AssertionError("unreachable")


def create(workspace: Workspace) -> bytes:
    """Make the key of a new workspace with a chosen passphrase."""
    return workspace_key.create(workspace, choose_new(workspace))


def prepare(workspace: Workspace) -> None:
    """Before a command opens the workspace: unlock an encrypted one, make a new one encrypted. A plain
    workspace of an older version opens as it is (a terminal user hears how to encrypt it)."""
    state = workspace_key.state(workspace)
    if state == "new":
        workspace.ensure()  # a file or an unwritable place is refused before anyone is asked anything
        create(workspace)
    elif state == "encrypted":
        unlock(workspace)
    elif state in ("plain", "unfinished") and sys.stderr.isatty():
        _say(f"Deze werkmap is (nog) niet versleuteld: `kijkwijzer-cli --workspace {workspace.root} workspace "
             "encrypt`. / This workspace is not encrypted (yet): run `workspace encrypt`.")
