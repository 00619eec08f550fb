"""Which cases and clients a reviewer is shown, in a single-user workspace too: the same rule as the team database's
row-level security (the professional's own cases, and those whose analysis consent in force names the reviewer).
A learning group or a reviewer named nowhere sees no case, no client."""

from __future__ import annotations

from kijkwijzer.services import cases, consent, people
from tests.support.cases import build_case


def test_cases_and_clients_shown_per_reviewer(ctx):
    made = build_case(ctx, others=(("Lea Leergroep", "learning_group"), ("Rita Onderzoek", "researcher")))
    lea, rita = made.reviewers["Lea Leergroep"], made.reviewers["Rita Onderzoek"]
    shown = {name: [c.id for c in cases.list_cases(made.acting_as(r))]
             for name, r in (("pro", made.reviewer), ("coach", made.coach), ("lea", lea), ("rita", rita))}
    assert shown == {"pro": [made.case.id], "coach": [made.case.id], "lea": [], "rita": []}
    assert [c.id for c in cases.list_cases(ctx)] == [made.case.id]  # the system sees every case
    assert people.list_clients(made.acting_as(rita)) == []
    assert [c.id for c in people.list_clients(made.acting_as(made.coach))] == [made.client.id]
    analysis = made.consents["analysis"]
    consent.withdraw(made.as_pro, analysis.id)  # the coach's view of the case ends with the consent
    assert cases.list_cases(made.acting_as(made.coach)) == []
