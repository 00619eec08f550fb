"""The one builder of "a case with people and consent" that the fixtures share (case_setup, review_workspace,
cycle_workspace, exchange_setup, the intake's `known`, the privacy tests): everything made through the services,
in one order (professional, coach, other reviewers, client, case, conversation, consent per purpose), so ids
come out the same wherever the same people are asked for.

    made = build_case(ctx, coach="Joost Bakker", client_real_name="Echte Naam")
    made.as_pro       # the context acting as the case's professional
    made.coach, made.reviewers["Niet Genoemd"], made.consents["analysis"]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

DAY = date(2026, 11, 2)
MARKER = "KIJKERSNOTITIE-9QX"  # the unique text in cycle_workspace's annotation, fragments and playlist (tests/ui)


@dataclass
class CaseWithConsent:
    ctx: Any  # the context the case was built with (the system, unless one acting as someone was given)
    as_pro: Any  # the same context acting as the case's professional
    professional: Any
    reviewer: Any  # the professional's own reviewer (role "professional")
    coach: Any | None
    reviewers: dict[str, Any]  # every other reviewer, by name (the coach too)
    client: Any
    case: Any
    conversation: Any
    consents: dict[str, Any] = field(default_factory=dict)

    def acting_as(self, reviewer) -> Any:
        """The context acting as `reviewer` (a ReviewerView)."""
        from kijkwijzer.services.context import Actor

        return self.ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))

    def as_dict(self) -> dict[str, Any]:
        """The shape of tests/conftest.py's `case_setup`."""
        return {"ctx": self.as_pro, "professional": self.professional, "reviewer": self.reviewer,
                "coach": self.coach, "client": self.client, "case": self.case, "conversation": self.conversation}


def build_case(
    ctx,
    *,
    professional: str = "Sanne de Vries",
    function: str | None = None,
    coach: str | None = "Coach Ahmed",
    others: Sequence[tuple[str, str]] = (),
    named_in_analysis: Sequence[str] | None = None,
    client_real_name: str | None = None,
    client_profile: str = "",
    title: str = "Schulden en werk",
    reason: str = "loopt vast",
    held_on: date = DAY,
    goal: str = "Samen een plan maken",
    purposes: Sequence[str] = ("recording", "analysis"),
) -> CaseWithConsent:
    """A professional (with `function`, else the service's default), a coach (None: no coach), `others` as
    (name, role), a client (pseudonymised; `client_real_name` sealed with it), a case and one conversation with
    consent given on `held_on` for each of `purposes`. The analysis consent names `named_in_analysis` (reviewer
    names; by default the coach)."""
    from kijkwijzer.services import cases, consent, people
    from kijkwijzer.services.context import Actor

    pro, pro_reviewer = (people.add_professional(ctx, professional, function) if function
                         else people.add_professional(ctx, professional))
    reviewers: dict[str, Any] = {}
    coach_view = people.add_reviewer(ctx, coach, "coach") if coach else None
    if coach_view is not None:
        reviewers[coach_view.name] = coach_view
    for name, role in others:
        reviewers[name] = people.add_reviewer(ctx, name, role)
    client = people.add_client(ctx, real_name=client_real_name, profile=client_profile)
    case = cases.add_case(ctx, pro.id, client.id, title, reason)
    conversation = cases.add_conversation(ctx, case.id, held_on, goal=goal)
    named = (coach,) if named_in_analysis is None and coach else tuple(named_in_analysis or ())
    granted = {}
    for purpose in purposes:
        ids = tuple(reviewers[name].id for name in named) if purpose == "analysis" else ()
        granted[purpose] = consent.grant(ctx, conversation.id, purpose, held_on, reviewer_ids=ids)
    as_pro = ctx.as_actor(Actor(pro_reviewer.id, pro_reviewer.name, pro_reviewer.role))
    return CaseWithConsent(ctx=ctx, as_pro=as_pro, professional=pro, reviewer=pro_reviewer, coach=coach_view,
                           reviewers=reviewers, client=client, case=case, conversation=conversation,
                           consents=granted)
