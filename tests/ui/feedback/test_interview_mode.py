"""Client-interview mode: plays a playlist's fragments with the real (headless) VLC, asks for the client's
reaction after each, then the two feedback questions; never shows a reviewer's annotation; refuses without
consent and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kijkwijzer.services import client_feedback
from kijkwijzer.ui.feedback.interview_mode import ClientInterviewWindow
from tests.support.cases import MARKER

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in the window: labels, buttons, fields, titles, tooltips."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.accessibleName()]
        for name in ("text", "toPlainText", "placeholderText", "currentText", "title"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
    return texts


def headless_player():
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=True)


def test_interview_walks_two_fragments_and_never_shows_annotations(qtbot, cycle_workspace):
    ws = cycle_workspace
    ws.grant_interview()
    window = ClientInterviewWindow(ws.as_researcher, ws.playlist.id, headless_player)
    qtbot.addWidget(window)
    window.show()
    leaks: list[str] = []

    def sample() -> None:
        leaks.extend(t for t in visible_texts(window) if MARKER in t)

    sampler = QTimer()
    sampler.setInterval(25)
    sampler.timeout.connect(sample)
    sampler.start()
    try:
        assert "2 korte fragmenten" in window.message.text()
        window.message_button.click()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
        assert window.counter.text() == "Fragment 1 van 2"
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.reaction, timeout=10000)
        assert "Fragment 1 van 2" in window.reaction.heading.text()
        qtbot.keyClicks(window.reaction.fields["words"], "Hier voelde ik me gehoord")
        window.reaction.next.click()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
        assert window.counter.text() == "Fragment 2 van 2"
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.reaction, timeout=10000)
        qtbot.keyClicks(window.reaction.fields["feeling"], "Spannend")
        qtbot.keyClicks(window.reaction.fields["addition"], "Ze mocht wel doorvragen")
        window.reaction.next.click()
        assert window.pages.currentWidget() is window.scores
        relation, goal = window.scores.rows.values()
        relation.group.button(7).click()
        qtbot.keyClicks(relation.words, "We begrijpen elkaar beter")
        goal.group.button(5).click()
        window.scores.finish.click()
        assert "Dank u wel" in window.message.text()
        sample()
    finally:
        sampler.stop()
    assert leaks == []
    assert window.player is None  # released after the last fragment
    first, second = ws.fragments
    assert client_feedback.get_reaction(ws.as_pro, first.id).words == "Hier voelde ik me gehoord"
    reaction = client_feedback.get_reaction(ws.as_pro, second.id)
    assert (reaction.words, reaction.feeling, reaction.addition) == ("", "Spannend", "Ze mocht wel doorvragen")
    scores = client_feedback.scores(ws.as_pro, ws.conversation.id)
    assert [(s.question_id, s.score, s.words) for s in scores] == [
        ("feedback.werkrelatie", 7, "We begrijpen elkaar beter"), ("feedback.doel", 5, "")]
    window.close()


def test_interview_refuses_without_consent_and_says_why(qtbot, cycle_workspace):
    made = []
    window = ClientInterviewWindow(cycle_workspace.as_researcher, cycle_workspace.playlist.id,
                                   lambda: made.append(1))
    qtbot.addWidget(window)
    window.show()
    assert window.refusal is not None and "cliëntinterview" in window.refusal
    assert "geen toestemming" in window.message.text()
    assert window.message_button.text() == "Sluiten"
    assert made == [] and window.player is None
    assert all(MARKER not in t for t in visible_texts(window))
    window.message_button.click()
    assert not window.isVisible()
