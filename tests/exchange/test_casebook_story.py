"""The casebook through the anonymised case story export: each of 004's cases comes back in its own shape, the
profile, each conversation with its fragments and quotes, the waterline, the client's words, SLIM with its verdict,
the aandachtspunten and leerpunten, and the outcome at the end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kijkwijzer.content import load_content
from kijkwijzer.content.casebook import CasebookCase, case_files, load_casebook
from kijkwijzer.formats.case_story import md
from kijkwijzer.services.casebook import load_into
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.open_workspace import open_context

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "casebook_example"
BOOK = None if case_files() else EXAMPLE  # the real casebook when its files are there


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    from tests.support.workspace_keys import encrypted_workspace

    root = tmp_path_factory.mktemp("casebook")
    workspace = encrypted_workspace(root / "werkmap")
    ctx = open_context(workspace)
    summary = load_into(ctx, BOOK)
    book = load_casebook(ctx.content, BOOK)
    out = {}
    for case, case_id in zip(book, summary.case_ids, strict=True):
        result = exchange_report.export_story(ctx, case_id, root / f"casus-{case.number}.md")
        out[case.number] = (case, result.paths[0].read_text(encoding="utf-8"))
    ctx.store.dispose()
    return out


def _flat(markdown: str) -> str:
    return re.sub(r"\s+", " ", markdown.replace("  \n", " "))


def _at(story: str, text: str, after: int = 0) -> int:
    """Where (the start of) `text` stands in the story, at or after `after`; fails the test when it is not there."""
    flat = _flat(md(text.split("\n")[0]))
    for snippet in (flat[:45].strip(), flat[-45:].strip()):  # its end, where a name finder took a word of its start
        found = story.find(snippet, after)
        if found >= 0:
            return found
    raise AssertionError(f"not in the story after {after}: {flat[:45]!r}")


NUMBERS = [c.number for c in load_casebook(load_content(), BOOK)]


@pytest.mark.parametrize("number", NUMBERS)
def test_each_case_story_has_the_cases_structure_in_order(stories, number) -> None:
    case, markdown = stories[number]
    story = _flat(markdown)
    assert story.startswith(f"# Casus: {md(case.title)}")
    assert "de de cliënt" not in story.lower()  # the word cliënt is never taken for a name
    at = _at(story, case.profile)
    if case.reason:
        at = _at(story, case.reason, at)
    for sequence, conv in enumerate(case.recorded, 1):
        at = story.index(f"## Gesprek {sequence} —", at)
        end = story.find("## Gesprek ", at + 1)
        end = len(story) if end < 0 else end
        if conv.goal:
            _at(story, conv.goal, at)
        first = None
        for fragment in conv.fragments:
            here = _at(story, fragment.quote or fragment.observation or fragment.below_waterline, at)
            first = here if first is None else min(first, here)
            for text in (fragment.quote, fragment.observation, fragment.below_waterline, fragment.felt_unsaid,
                         fragment.above_waterline, fragment.client_words):
                if text:
                    assert at <= _at(story, text, at) < end, text
        for interview in conv.interviews:
            assert at <= _at(story, interview.words, at) < end, interview.words
        for box in conv.slim:
            slim_at = story.index("### SLIM", at)
            assert slim_at < end and (first is None or first < slim_at)
            assert f"Oordeel: **{load_content().verdict(box.verdict).label}**" in story[slim_at:end]
            if box.analysis:
                assert slim_at <= _at(story, box.analysis, slim_at) < end
        at = end if end < len(story) else at
    _points_and_outcome(case, story)


def _points_and_outcome(case: CasebookCase, story: str) -> None:
    first_conversation = story.index("## Gesprek 1 —")
    events_at = story.find("## Verloop en afloop")
    conversations_end = len(story) if events_at < 0 else events_at
    for entry in case.reflections:
        for point in (*entry.aandachtspunten, *entry.leerpunten):
            assert first_conversation < _at(story, point.text, first_conversation) < conversations_end, point.text
    outcomes = [e for e in case.events if e.kind == "outcome"]
    if case.events:
        assert events_at > first_conversation
    for event in case.events:
        assert _at(story, event.text, events_at) > events_at
    if outcomes:  # the outcome closes the story, as it closes the case in 004
        others = [_at(story, e.text, events_at) for e in case.events if e.kind != "outcome"]
        assert _at(story, outcomes[-1].text, events_at) > max(others, default=events_at)
