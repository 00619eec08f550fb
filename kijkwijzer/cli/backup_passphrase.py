"""The backup passphrase on the command line: read from an environment variable (`--passphrase-env VAR`, for
scripts; never an argument, which every account could read in the process list) or typed on a terminal
without echo (twice for a new backup). Without either the command stops with exit 3 and says how."""

from __future__ import annotations

import getpass
import os
import sys

from kijkwijzer.errors import BadInput

TRIES = 3
OPTION_HELP = ("wachtwoord van de reservekopie uit deze omgevingsvariabele (anders gevraagd in de terminal) / "
               "read the backup passphrase from this environment variable (otherwise asked on the terminal)")
LOST_WARNING = ("Let op: wie dit wachtwoord kwijtraakt, kan de reservekopie nooit meer terugzetten; niemand "
                "kan het herstellen. / Note: whoever loses this passphrase can never restore the backup; "
                "nobody can recover it.")
PLAIN_NOTICE = ("Let op: deze reservekopie was niet versleuteld (gemaakt met een eerdere versie). / Note: this "
                "backup was not encrypted (made by an earlier version).")


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def add_option(parser) -> None:
    parser.add_argument("--passphrase-env", metavar="VAR", help=OPTION_HELP)


def _from_environment(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise BadInput(f"De omgevingsvariabele {name} bestaat niet of is leeg: er is geen wachtwoord.",
                       f"The environment variable {name} is missing or empty: there is no passphrase.")
    return value


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError as error:
        raise BadInput("Geen wachtwoord ingevoerd.", "No passphrase entered.") from error


def _no_terminal(what_nl: str, what_en: str) -> BadInput:
    return BadInput(
        f"{what_nl}: geef --passphrase-env VAR (een omgevingsvariabele met het wachtwoord) of start de "
        "opdracht in een terminal.",
        f"{what_en}: give --passphrase-env VAR (an environment variable holding the passphrase) or run the "
        "command in a terminal.",
    )


def new_passphrase(args) -> str:
    """The passphrase for a new backup, checked against the minimum (at least 10 characters); on a terminal
    typed twice, with TRIES attempts."""
    from kijkwijzer.services.exchange import backup as exchange_backup  # loaded by the backup commands only

    if args.passphrase_env:
        passphrase = _from_environment(args.passphrase_env)
        exchange_backup.check_passphrase(passphrase)
        return passphrase
    if sys.stdin is None or not sys.stdin.isatty():
        raise _no_terminal("Een reservekopie wordt versleuteld met een wachtwoord",
                           "A backup is encrypted with a passphrase")
    _say(LOST_WARNING)
    for attempt in range(TRIES):
        try:
            passphrase = _ask("Wachtwoord voor de reservekopie / Backup passphrase: ")
            exchange_backup.check_passphrase(passphrase)
            if _ask("Nog een keer / Once more: ") != passphrase:
                raise BadInput("De twee wachtwoorden verschillen; er is niets geschreven.",
                               "The two passphrases differ; nothing was written.")
            return passphrase
        except BadInput as error:
            if attempt == TRIES - 1:
                raise
            _say(error.bilingual())
    raise AssertionError("unreachable")


def passphrase_to_open(args, path) -> str | None:
    """The passphrase of the backup at `path`, or None for a plain backup of an earlier version (which
    needs none). A missing file or a FIFO is refused here already, before anything is asked; on a terminal
    a wrong passphrase is asked again (TRIES attempts)."""
    from kijkwijzer.services.exchange import backup as exchange_backup

    if not exchange_backup.is_encrypted(path):
        return None
    if args.passphrase_env:
        passphrase = _from_environment(args.passphrase_env)
        exchange_backup.check_backup_passphrase(path, passphrase)  # before a new workspace is made for it
        return passphrase
    if sys.stdin is None or not sys.stdin.isatty():
        raise _no_terminal("Deze reservekopie is versleuteld", "This backup is encrypted")
    for attempt in range(TRIES):
        passphrase = _ask("Wachtwoord van de reservekopie / Backup passphrase: ")
        try:
            exchange_backup.check_backup_passphrase(path, passphrase)
            return passphrase
        except BadInput as error:
            if attempt == TRIES - 1:
                raise
            _say(error.bilingual())
    raise AssertionError("unreachable")
