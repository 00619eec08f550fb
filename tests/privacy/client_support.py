"""A client with everything the workbench can hold about them, each text unique, for the erasure tests: real
name, pseudonym, profile, a case (title, reason, goal, profile, an event), two conversations (goal, setting, an
interpreter), consents with a signed form, a recording with everything derived from it, a reflection conversation,
an aandachtspunt with its follow-up and leerpunt, and a plan action that points at it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kijkwijzer.services import (
    aandachtspunten,
    cases,
    consent,
    content_keys,
    people,
    plan,
    recordings,
    reflection,
)
from kijkwijzer.services.context import Context
from kijkwijzer.services.recordings import RecordingView
from kijkwijzer.store.models import Client

from .support import Derived, derive_everything

DAY = date(2026, 11, 2)
TEXTS = ("profile", "title", "reason", "goal", "case_profile", "event", "conversation_goal", "setting",
         "participant", "second_goal", "reflection", "aandachtspunt", "effect", "leerpunt")


@dataclass(frozen=True)
class FilledClient:
    client_id: int
    case_id: int
    conversation_ids: tuple[int, int]
    pseudonym: str
    real_name: str
    texts: dict[str, str]  # label -> a text only this client's data holds
    form: bytes  # the signed form as the professional scanned it
    sealed_name: bytes  # the real name as stored (sealed with the key `client:<id>`)
    name_key: bytes
    recording: RecordingView
    derived: Derived
    plan_action_id: int

    def needles(self) -> dict[str, bytes]:
        found = {f"text {k}": v.encode() for k, v in self.texts.items()}
        found |= {f"marker {m}": m.encode() for m in self.derived.markers}
        found |= {"real name": self.real_name.encode(), "pseudonym": self.pseudonym.encode(),
                  "form": self.form, "sealed name": self.sealed_name, "name key": self.name_key}
        return found


def unique_video(outside: Path, token: str) -> Path:
    """A recording no other test on the machine has: other test runs copy the standard synthetic video around
    /tmp at the same time, and the scan of /tmp must find only this client's."""
    from kijkwijzer.media.synth import make_test_video

    width = 322 + 2 * (int(token[:6], 16) % 60)
    return make_test_video(outside / f"gesprek-{token}.mp4", seconds=5, size=f"{width}x182")


def fill_client(ctx: Context, setup: dict, token: str, video: Path, outside: Path) -> FilledClient:
    """`ctx` acts as the professional of `setup` (tests/conftest.py case_setup)."""
    texts = {k: f"{k.upper()}-{token}" for k in TEXTS}
    real_name = f"Jozefien Quackenbosch-{token}"
    client = people.add_client(ctx, pseudonym=f"C-{token}", real_name=real_name, profile=texts["profile"])
    case = cases.add_case(ctx, setup["professional"].id, client.id, texts["title"], texts["reason"], texts["goal"],
                          texts["case_profile"])
    cases.add_case_event(ctx, case.id, DAY, "event", texts["event"])
    first = cases.add_conversation(ctx, case.id, DAY, goal=texts["conversation_goal"], setting=texts["setting"],
                                   participants=[("interpreter", texts["participant"])])
    form_file = outside / f"formulier-{token}.pdf"
    form = b"%PDF-1.4 handtekening " + os.urandom(2048)
    form_file.write_bytes(form)
    consent.grant(ctx, first.id, "recording", DAY, form_file=form_file)
    consent.grant(ctx, first.id, "analysis", DAY, reviewer_ids=(setup["coach"].id,), form_file=form_file)
    form_file.unlink()  # the scan must find only what the workspace keeps
    recording = recordings.import_recording(ctx, first.id, video)
    derived = derive_everything(ctx, {"conversation": first, "coach": setup["coach"]}, recording, token)
    refl = reflection.start_reflection(ctx, first.id, DAY, notes=texts["reflection"])
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, texts["aandachtspunt"])
    second = cases.add_conversation(ctx, case.id, date(2026, 12, 1), goal=texts["second_goal"])
    aandachtspunten.record_followup(ctx, point.id, second.id, "ja", effect=texts["effect"])
    aandachtspunten.record_leerpunt(ctx, point.id, texts["leerpunt"])
    own_plan = plan.add_plan(ctx, setup["professional"].id, "Vaker doorvragen")
    action = plan.add_action(ctx, own_plan.id, "Elk gesprek één open vraag meer", links=[("aandachtspunt", point.id)])
    with ctx.store.read() as db:
        sealed = bytes(db.get(Client, client.id).real_name_sealed)
        key = content_keys.find(db, content_keys.client_key_id(client.id))
    assert key is not None
    return FilledClient(client.id, case.id, (first.id, second.id), client.pseudonym, real_name, texts, form,
                        sealed, key, recording, derived, action.id)
