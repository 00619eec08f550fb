"""The reflection conversation shows, beside each theme's questions, why that theme matters ("waarom
belangrijk?" of 004's theme table, read from the content), and marks thema.taal's rebuilt key question."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, reflection
from kijkwijzer.ui.reflection import ReflectionView

pytestmark = pytest.mark.gui
TAAL = "thema.taal"


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().replace("\u2028", " ").split())


def test_questions_carry_the_why_of_their_theme(qtbot, cycle_workspace):
    ws = cycle_workspace
    ctx = ws.as_pro
    content = ctx.content
    annotations.add(ctx, AnnotationDraft(ws.recording.id, 3200, themes=(TAAL,)))  # inside the second fragment
    refl = reflection.start_reflection(ctx, ws.conversation.id, date(2026, 11, 9))
    reflection.add_to_agenda(ctx, refl.id, ws.fragments[1].id)

    raak, taal = content.theme("thema.raakmomenten"), content.theme(TAAL)
    questions = reflection.questions_for(ctx, ("thema.raakmomenten", TAAL))
    assert {(q.theme_id, q.why, q.reconstructed) for q in questions} == {
        (raak.id, raak.why, False), (taal.id, taal.why, True)}

    view = ReflectionView(ctx, refl.id)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: view.current_item() is not None)
    shown = _plain(view.questions.text())
    for theme in (raak, taal):
        assert " ".join(theme.why.split()) in shown, theme.id
    assert f"{taal.key_question} (gereconstrueerd)" in shown
    assert f"{raak.key_question} (gereconstrueerd)" not in shown
    assert "kop van dit thema verloren" in view.questions.toolTip()
    # each theme's why stands with its own questions: raakmomenten's block comes first (content order)
    assert shown.index(raak.key_question) < shown.index(" ".join(raak.why.split())) < shown.index(taal.key_question)
