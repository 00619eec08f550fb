"""The client interview: 'Verder' and 'Afronden' only move on; what the client-researcher types is in the
store after a pause, and closing the window straight after typing (or a crash a moment later) loses
nothing. Plays the fragments on the real headless VLC; read back on a second, fresh connection."""

from __future__ import annotations

import pytest

from kijkwijzer.services import client_feedback
from kijkwijzer.ui.feedback.interview_mode import ClientInterviewWindow

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def headless_player():
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=True)


@pytest.fixture
def interview(qtbot, cycle_workspace):
    ws = cycle_workspace
    ws.grant_interview()
    window = ClientInterviewWindow(ws.as_researcher, ws.playlist.id, headless_player)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.message_button.click()  # Beginnen
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()  # no need to watch it to the end here
    assert window.pages.currentWidget() is window.reaction
    yield window
    window.close()


def test_the_reaction_commits_after_a_pause_and_on_closing(qtbot, cycle_workspace, fresh, interview):
    ws, window = cycle_workspace, interview
    first = ws.fragments[0]
    form = window.reaction
    assert [form.next.text(), window.scores.finish.text()] == ["Verder", "Afronden"]
    qtbot.keyClicks(form.fields["words"], "Hier voelde ik me gehoord")
    qtbot.waitUntil(lambda: getattr(client_feedback.get_reaction(fresh(ws.as_pro), first.id), "words", None)
                    == "Hier voelde ik me gehoord", timeout=3000)
    assert form.saved.text() == "Opgeslagen"
    qtbot.keyClicks(form.fields["feeling"], "Spannend")
    assert form.autosave.timer.isActive()
    window.close()  # Esc or the window's close button, straight after typing
    reaction = client_feedback.get_reaction(fresh(ws.as_pro), first.id)
    assert (reaction.words, reaction.feeling) == ("Hier voelde ik me gehoord", "Spannend")


def test_watching_it_again_keeps_what_was_typed(qtbot, cycle_workspace, fresh, interview):
    ws, window = cycle_workspace, interview
    form = window.reaction
    qtbot.keyClicks(form.fields["addition"], "Ze mocht wel doorvragen")
    form.replay.click()
    assert client_feedback.get_reaction(fresh(ws.as_pro), ws.fragments[0].id).addition == "Ze mocht wel doorvragen"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()
    assert form.fields["addition"].toPlainText() == "Ze mocht wel doorvragen"


def test_scores_commit_at_once_and_their_words_on_closing(qtbot, cycle_workspace, fresh, interview):
    ws, window = cycle_workspace, interview
    window.reaction.next.click()  # nothing typed for the first fragment: on to the second
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()
    window.reaction.next.click()
    assert window.pages.currentWidget() is window.scores
    relation = window.scores.rows["feedback.werkrelatie"]
    assert not relation.words.isEnabled()  # the words are kept with a score
    relation.group.button(7).click()
    scores = client_feedback.scores(fresh(ws.as_pro), ws.conversation.id)
    assert [(s.question_id, s.score) for s in scores] == [("feedback.werkrelatie", 7)]
    qtbot.keyClicks(relation.words, "We begrijpen elkaar beter")
    window.close()
    scores = client_feedback.scores(fresh(ws.as_pro), ws.conversation.id)
    assert [(s.question_id, s.score, s.words) for s in scores] == [("feedback.werkrelatie", 7, "We begrijpen elkaar beter")]
