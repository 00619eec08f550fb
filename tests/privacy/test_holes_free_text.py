"""Issue 11, item 5: free text has sane limits. A 10 MB annotation text, a NUL byte or another control
character used to be stored as given; one rule below the UI (domain/free_text.py) now refuses them in every
service that takes free text, while newlines and tabs stay and Windows line ends become plain newlines."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.domain.free_text import MAX_TEXT, free_line, free_text
from kijkwijzer.errors import BadInput
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    client_feedback,
    consent,
    fragments,
    plan,
    recordings,
    reflection,
)

TEN_MB = "x" * (10 * 1024 * 1024)


@pytest.mark.parametrize(("value", "reason"), [
    (TEN_MB, "te lang"), ("a\x00b", "U+0000"), ("kleur \x1b[31mrood", "U+001B"), ("\x7f", "U+007F"),
    ("\x85", "U+0085"), ("\x0b", "U+000B"), ("los \ud800", "surrogaat"), (b"bytes", "verwacht tekst"),
])
def test_the_rule_refuses(value, reason):
    with pytest.raises(BadInput, match=re.escape(reason)) as refused:
        free_text(value, "Observatie", "Observation")
    assert refused.value.en.startswith("Observation")


def test_the_rule_keeps_what_text_is():
    assert free_text("regel 1\r\nregel 2\r\tingesprongen", "T", "T") == "regel 1\nregel 2\n\tingesprongen"
    assert free_text("é ü ß — “aanhalingstekens” 🙂", "T", "T") == "é ü ß — “aanhalingstekens” 🙂"
    assert len(free_text("y" * MAX_TEXT, "T", "T")) == MAX_TEXT
    with pytest.raises(BadInput, match="stuurteken"):
        free_line("twee\nregels", "Titel", "Title")


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_annotations_refuse_huge_or_control_text_and_store_nothing(case_setup, recording):
    ctx = case_setup["ctx"]
    for bad in (AnnotationDraft(recording.id, 100, observation=TEN_MB),
                AnnotationDraft(recording.id, 100, quote="a\x00b"),
                AnnotationDraft(recording.id, 100, tags=("één\ntwee",))):
        with pytest.raises(BadInput):
            annotations.add(ctx, bad)
    assert annotations.list_for_recording(ctx, recording.id) == []
    view = annotations.add(ctx, AnnotationDraft(recording.id, 100, observation="goed\r\nzo\tdus"))
    assert view.observation == "goed\nzo\tdus"
    with pytest.raises(BadInput, match="te lang"):
        annotations.update(ctx, view.id, observation=TEN_MB)
    assert annotations.get(ctx, view.id).observation == "goed\nzo\tdus"


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_every_service_that_takes_free_text_applies_the_rule(case_setup, recording):
    ctx = case_setup["ctx"]
    conversation = case_setup["conversation"]
    consent.grant(ctx, conversation.id, "client_interview", date(2026, 11, 2))
    fragment = fragments.from_span(ctx, recording.id, 1000, 3000, title="een\nfragment")
    assert fragment.title == "een fragment"
    refl = reflection.start_reflection(ctx, conversation.id, date(2026, 11, 3), fragment_ids=(fragment.id,))
    my_plan = plan.add_plan(ctx, case_setup["professional"].id, "luisteren")
    calls = {
        "fragment title": lambda: fragments.from_span(ctx, recording.id, 1000, 3000, title="t" * 301),
        "client reaction": lambda: client_feedback.record_reaction(ctx, fragment.id, words="ja\x00nee"),
        "reflection notes": lambda: reflection.note_reflection(ctx, refl.id, TEN_MB),
        "agenda notes": lambda: reflection.note_item(ctx, refl.id, fragment.id, tips="\x1b"),
        "aandachtspunt": lambda: aandachtspunten.add_aandachtspunt(ctx, refl.id, "doel\x00"),
        "plan": lambda: plan.add_plan(ctx, case_setup["professional"].id, TEN_MB),
        "plan action": lambda: plan.add_action(ctx, my_plan.id, "actie", who="ik\nen jij"),
    }
    for name, call in calls.items():
        with pytest.raises(BadInput):
            call()
            pytest.fail(f"{name}: stored")
    assert client_feedback.get_reaction(ctx, fragment.id) is None
    assert reflection.get_reflection(ctx, refl.id).notes == ""
    assert aandachtspunten.list_aandachtspunten(ctx, case_setup["case"].id) == []
    assert [p.id for p in plan.list_plans(ctx, case_setup["professional"].id)] == [my_plan.id]
