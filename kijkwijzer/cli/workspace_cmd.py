"""`workspace init|status|passphrase|encrypt`: the workspace itself, its encryption and its passphrase."""

from __future__ import annotations

import sys

from kijkwijzer.crypto import workspace_key
from kijkwijzer.errors import BadInput
from kijkwijzer.services import workspace_upgrade
from kijkwijzer.services.open_workspace import open_context

from . import passphrase
from .common import Args, output

STATE_TEXT = {
    "encrypted": ("versleuteld", "encrypted"),
    "plain": ("onversleuteld", "plain"),
    "unfinished": ("onversleuteld, versleutelen onderbroken", "plain, encryption interrupted"),
    "new": ("bestaat nog niet", "does not exist yet"),
    "team": ("teamdatabase (server)", "team database (server)"),
}


def register(sub) -> None:
    cmd = sub.add_parser("workspace", help="de werkmap en haar versleuteling / the workspace and its encryption")
    actions = cmd.add_subparsers(dest="action", required=True)
    actions.add_parser("init", help="maak een nieuwe, versleutelde werkmap / create a new, encrypted workspace") \
        .set_defaults(func=init)
    actions.add_parser("status", help="versleuteld of niet / encrypted or not").set_defaults(func=status)
    actions.add_parser("passphrase", help="wijzig het wachtwoord / change the passphrase").set_defaults(func=change)
    actions.add_parser("encrypt", help="versleutel een oudere werkmap (hervatbaar) / encrypt an older workspace "
                       "(resumable)").set_defaults(func=encrypt)


def init(args: Args) -> int:
    workspace = args.chosen_workspace
    if workspace.db_file is None:
        raise BadInput("Een teamdatabase wordt op de server gemaakt, niet hier.",
                       "A team database is created on the server, not here.")
    if workspace_key.state(workspace) != "new":
        raise BadInput(f"Er staat al een werkmap in {workspace.root}; er is niets gewijzigd.",
                       f"There is a workspace in {workspace.root} already; nothing was changed.")
    print(passphrase.LOSS_WARNING, file=sys.stderr, flush=True)
    passphrase.create(workspace)
    open_context(workspace).store.dispose()
    output(args, {"workspace": str(workspace.root), "encrypted": True},
           [f"Versleutelde werkmap gemaakt in / encrypted workspace created in {workspace.root}"])
    return 0


def status(args: Args) -> int:
    workspace = args.chosen_workspace
    state = workspace_key.state(workspace)
    info = {"workspace": str(workspace.root), "state": state, "encrypted": state == "encrypted",
            "database": "server" if state == "team" else "sqlite"}
    if state in ("encrypted", "unfinished"):
        found = workspace_key.read(workspace)
        info.update(workspace_id=found.workspace_id, passphrase=found.has_passphrase, keyring=found.in_keyring)
    plain_media = len(workspace_upgrade.plain_media_files(workspace)) if workspace.media_dir.is_dir() else 0
    info["plain_media_files"] = plain_media
    info["upgrade_needed"] = state != "new" and (workspace_upgrade.database_pending(workspace) or plain_media > 0)
    nl, en = STATE_TEXT[state]
    lines = [f"Werkmap / workspace {workspace.root}: {nl} / {en}"]
    if plain_media:
        lines.append(f"{plain_media} mediabestanden nog onversleuteld / media files still plain")
    if info["upgrade_needed"]:
        lines.append("Versleutel met / encrypt with: kijkwijzer-cli workspace encrypt")
    output(args, info, lines)
    return 0


def change(args: Args) -> int:
    workspace = args.chosen_workspace
    if workspace_key.state(workspace) not in ("encrypted", "unfinished"):
        raise BadInput(f"De werkmap {workspace.root} is niet versleuteld: er is geen wachtwoord om te wijzigen.",
                       f"The workspace {workspace.root} is not encrypted: there is no passphrase to change.")
    found = workspace_key.read(workspace)
    old = passphrase.current_passphrase(workspace) if found.has_passphrase else None
    if old is None:
        passphrase.unlock(workspace)
    new = passphrase.choose_new(workspace, passphrase.NEW_PASSPHRASE_ENV)
    workspace_key.change_passphrase(workspace, new, old=old)
    output(args, {"workspace": str(workspace.root), "changed": True},
           [("Wachtwoord gewijzigd; de gegevens zelf zijn niet opnieuw versleuteld. / "
             "Passphrase changed; the data itself was not re-encrypted.")])
    return 0


def encrypt(args: Args) -> int:
    """Plain -> encrypted, resumable: a kill or Ctrl+C at any step, then run it again."""
    workspace = args.chosen_workspace
    state = workspace_key.state(workspace)
    if state == "new":
        raise BadInput(f"Er is geen werkmap in {workspace.root}; maak er een met `workspace init`.",
                       f"There is no workspace in {workspace.root}; create one with `workspace init`.")
    if state == "plain":
        passphrase.create(workspace)
    elif state != "team":
        passphrase.unlock(workspace)
    ctx = args.ctx  # schema upgrade and clean-up first, on the file as it is; who acts
    actor = ctx.actor
    ctx.store.dispose()

    def step(done: workspace_upgrade.Step) -> None:
        print(f"stap / step {done.kind} {done.done + 1}/{done.total}: {done.name}", file=sys.stderr, flush=True)

    result = workspace_upgrade.encrypt_workspace(workspace, actor, on_step=step)
    line = (f"Werkmap versleuteld / workspace encrypted: {workspace.root} "
            f"(database: {'ja/yes' if result.database else 'al/already'}, "
            f"{result.media} mediabestanden verzegeld / media files sealed)")
    output(args, result, [line])
    return 0
