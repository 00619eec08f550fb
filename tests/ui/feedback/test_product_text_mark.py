"""Issue 14, item 2: text Kijkwijzer wrote itself is marked where it could be taken for the method's: the
caption "Tekst van het programma, niet uit de methode" under the consent dialog's form and leaflet, and on the
client interview's reaction form (its three questions per fragment are the product's), the same words in the
tooltips of those questions, of the document buttons and of the rating scale's anchors. The interview
screens the client sees speak with "u" only (tests/content/test_form_of_address.py scans the texts)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kijkwijzer.content import load_content
from kijkwijzer.ui.feedback.interview_forms import ReactionForm, ScoreForm
from kijkwijzer.ui.privacy.consent_dialog import ConsentDialog
from kijkwijzer.ui.product_text import OBJECT_NAME
from tests.content.test_form_of_address import FORMS

pytestmark = pytest.mark.gui

MARK = "Tekst van het programma, niet uit de methode"


def shown_marks(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel, OBJECT_NAME) if label.isVisible()]


def texts_of(root: QWidget) -> list[str]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        out.append(widget.toolTip())
        for name in ("text", "placeholderText", "title"):
            getter = getattr(widget, name, None)
            if callable(getter):
                value = getter()
                if isinstance(value, str):
                    out.append(value)
    return [t for t in out if t]


def test_the_consent_dialog_marks_the_form_and_the_leaflet(qtbot, case_setup):
    dialog = ConsentDialog(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    marks = shown_marks(dialog)
    assert [m.text() for m in marks] == [MARK]
    assert "cliëntfolder" in marks[0].toolTip() and "niet uit de methode" in marks[0].toolTip()
    documents = [b for b in dialog.findChildren(QPushButton) if "(PDF)" in b.text()]
    assert len(documents) == 2 and all(MARK in b.toolTip() for b in documents)
    dialog.close()


def test_the_reaction_form_marks_its_questions_and_says_u(qtbot):
    content = load_content()
    form = ReactionForm(content, lambda *_args: None)
    qtbot.addWidget(form)
    form.show()
    form.show_for(fragment_id=1, number=1, total=2, reaction=None)
    assert [m.text() for m in shown_marks(form)] == [MARK]
    questions = {q.question for q in content.interview_questions}
    labels = [label for label in form.findChildren(QLabel, "interviewQuestion") if label.text() in questions]
    assert len(labels) == 3 and all(MARK in label.toolTip() for label in labels)
    said = texts_of(form)
    assert "Fragment 1 van 2: hoe was dit voor u?" in said
    assert not [t for t in said if FORMS["jij"].search(t)]
    form.close()


def test_the_score_form_marks_the_scale_anchors_not_the_seed_questions(qtbot):
    content = load_content()
    form = ScoreForm(content, lambda *_args: None)
    qtbot.addWidget(form)
    form.show()
    scale = content.rating_scale
    anchors = [a for a in form.findChildren(QLabel, "scaleAnchor") if a.text() in (scale.low_label, scale.high_label)]
    assert len(anchors) == 4 and all(MARK in a.toolTip() for a in anchors)  # two questions, two anchors each
    seed_questions = {q.question for q in content.feedback_questions}  # "Begrijpen we elkaar beter?" (004)
    shown = [label for label in form.findChildren(QLabel) if label.text() in seed_questions]
    assert len(shown) == 2 and not any(MARK in label.toolTip() for label in shown)
    assert "Tot slot twee vragen over uw gesprekken" in texts_of(form)
    assert not [t for t in texts_of(form) if FORMS["jij"].search(t)]
    form.close()
