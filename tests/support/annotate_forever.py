"""Crash-test child: adds annotations through the GUI's service as fast as it can, printing each id
only after its commit returned. Killed with SIGKILL by tests/store/test_crash.py."""

import sys

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace


def main() -> None:
    root, recording_id, reviewer_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    ctx = open_context(Workspace.at(root)).as_actor(Actor(reviewer_id, "crash", "professional"))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        view = annotations.add(ctx, AnnotationDraft(recording_id, n % 6000, observation=f"crash {n}"))
        print(view.id, flush=True)


if __name__ == "__main__":
    main()
