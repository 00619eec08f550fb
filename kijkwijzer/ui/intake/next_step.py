"""What to do next in a case, for the welcome page: a first conversation, consent for the latest one,
importing its recording, or opening it, with the cycle's next step (services/cycle.py, the same as the case's
"Waar sta ik" view says). Read through the services, nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from kijkwijzer.services import cases, consent, cycle, recordings
from kijkwijzer.services.cases import CaseView, ConversationView
from kijkwijzer.services.context import Context


@dataclass(frozen=True)
class NextStep:
    kind: str  # conversation | consent | import | open
    case: CaseView
    conversation: ConversationView | None = None
    recording_id: int | None = None
    conversations: int = 0
    recordings: int = 0
    # with kind "open": the cycle's next step (conversation number, step key), None when every step is done
    cycle_step: tuple[int, str] | None = None


def next_step(ctx: Context, case: CaseView) -> NextStep:
    conversations = cases.list_conversations(ctx, case.id)
    if not conversations:
        return NextStep("conversation", case)
    latest = conversations[-1]
    counted = {c.id: recordings.list_recordings(ctx, c.id) for c in conversations}
    total = sum(len(found) for found in counted.values())
    consented = any(c.active and c.purpose == "recording" for c in consent.list_for_conversation(ctx, latest.id))
    if not counted[latest.id]:
        kind = "import" if consented else "consent"
        return NextStep(kind, case, latest, None, len(conversations), total)
    found = cycle.case_cycle(ctx, case.id).next_step
    sequence = {c.id: c.sequence for c in conversations}
    step = (sequence[found[0]], found[1]) if found is not None and found[0] in sequence else None
    return NextStep("open", case, latest, counted[latest.id][-1].id, len(conversations), total, step)
