"""What every command shares: opening the workspace, choosing the acting reviewer, printing output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from kijkwijzer.errors import BadInput, UsageError
from kijkwijzer.services import people
from kijkwijzer.services.context import SYSTEM, Actor, Context
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace


class Args:
    """Parsed arguments plus a lazily opened service context."""

    def __init__(self, ns: argparse.Namespace) -> None:
        self.ns = ns

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ns, name)

    @cached_property
    def chosen_workspace(self) -> Workspace:
        """The workspace named on the command line, not opened and not unlocked."""
        if self.ns.db and not self.ns.media:
            raise UsageError("Geef bij --db ook --media.", "With --db also give --media.")
        return Workspace.choose(self.ns.workspace, self.ns.db, self.ns.media)

    @cached_property
    def workspace(self) -> Workspace:
        """The workspace ready to open: unlocked when encrypted, made (encrypted) when new."""
        from .passphrase import prepare

        workspace = self.chosen_workspace
        if workspace.db_file is not None:
            prepare(workspace)
        return workspace

    @cached_property
    def ctx(self) -> Context:
        ctx = open_context(self.workspace)
        if ctx.identity_fixed and self.ns.actor is None:  # a team member is who their login is
            return ctx
        return ctx.as_actor(self._actor(ctx))

    def _actor(self, ctx: Context) -> Actor:
        chosen = self.ns.actor or reviewer_from_environment()
        if chosen is None:
            pros = [r for r in people.list_reviewers(ctx) if r.role == "professional"]
            if not pros:
                return SYSTEM
            reviewer = pros[0]
        else:
            reviewer = people.get_reviewer(ctx, chosen)
        return Actor(reviewer.id, reviewer.name, reviewer.role)


def reviewer_from_environment() -> int | None:
    """KIJKWIJZER_REVIEWER as a reviewer id; anything but a whole number is refused in one line."""
    value = os.environ.get("KIJKWIJZER_REVIEWER", "").strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise BadInput(f"KIJKWIJZER_REVIEWER moet een kijker-id (een getal) zijn, niet {value[:20]!r}.",
                       f"KIJKWIJZER_REVIEWER must be a reviewer id (a number), not {value[:20]!r}.")
    return int(value)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def emit_json(value: Any) -> None:
    print(json.dumps(_plain(value), ensure_ascii=False), flush=True)


def output(args: Args, value: Any, lines: list[str]) -> None:
    """JSON with --json, otherwise the human lines."""
    if args.json:
        emit_json(value)
    else:
        for line in lines:
            print(line)
    sys.stdout.flush()


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise UsageError(f"Ongeldige datum {text!r} (gebruik JJJJ-MM-DD)", f"Invalid date {text!r} (use YYYY-MM-DD)") from error
