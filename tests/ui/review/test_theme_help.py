"""The method's own words reach the reviewer while coding: every theme button's tooltip gives its key
question, "waarom belangrijk?" and illustrative cases; "?" / Shift+F1 opens the theme help with 004's
introduction to the theme table; the annotation editor shows the chosen themes' key questions and why, the
level's example and the waterline's texts; the list's filters carry the same tooltips. thema.taal's key
question, rebuilt where the seed lost it, is marked "(gereconstrueerd)" wherever it is shown.
All expected texts are read from the content, never written here."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations

TAAL = "thema.taal"


def _plain(text: str) -> str:
    """What the user reads: rich text rendered to plain text, whitespace runs as one space."""
    document = QTextDocument()
    document.setHtml(text)
    return " ".join(document.toPlainText().replace("\u2028", " ").split())


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_theme_button_tooltip_gives_key_question_why_and_cases(window):
    content = window.review.content
    pad = window.review.coding_pad
    for theme in content.themes:
        tip = _plain(pad.buttons[theme.id].toolTip())
        assert _words(theme.key_question) in tip, theme.id
        assert _words(theme.why) in tip, theme.id
        numbers = ", ".join(str(n) for n in theme.cases) if theme.cases else ("alle" if theme.cases_all else "—")
        assert f"Illustratieve interacties: {numbers}" in tip, theme.id
        if theme.cases_note:
            assert _words(theme.cases_note) in tip, theme.id
    assert sum(1 for t in content.themes if t.cases) >= 4  # the numbers really are there for most themes


def test_shift_f1_opens_the_theme_help_with_the_table_introduction_and_the_hovered_theme(qtbot, window):
    content = window.review.content
    pad = window.review.coding_pad
    assert pad.help is not None and not pad.help_visible()
    assert "Shift+F1" in pad.help_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(pad.help_visible)
    assert pad.help.hasFocus() and pad.help_button.isChecked()
    shown = _words(pad.help.toPlainText())
    intro = content.passage("themas.inleiding")
    assert shown.startswith(_words("Over de thema's (Van Kijken naar Zien) " + intro.text))
    for theme in content.themes:  # the full text of every theme, scrollable with the keyboard
        assert _words(theme.why) in shown and _words(theme.key_question) in shown, theme.id

    theme = content.theme("thema.beleving")
    QApplication.sendEvent(pad.buttons[theme.id], QEvent(QEvent.Type.Enter))  # the mouse over its button
    assert pad.help.current == theme.id
    html = pad.help.toHtml()
    after = content.themes[content.themes.index(theme) + 1]
    mark = html.index("#fff6d6")  # the hovered theme is marked: its block, not the next one, is on the colour
    assert html.index(theme.title, mark) < html.index(after.title, mark) and html.count("#fff6d6") == 1

    qtbot.keyClick(pad.help, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not pad.help_visible())
    assert window.review.timeline.canvas.hasFocus()  # back to the video, as Escape does
    pad.help_button.click()  # the "?" button does the same by mouse
    assert pad.help_visible()
    pad.help_button.click()


def test_theme_help_is_in_the_help_menu_with_its_key(window):
    action = window.actions_by_name["theme_help"]
    assert action.shortcut().toString() == "Shift+F1" and "Shift+F1" in action.toolTip()


def test_reconstructed_key_question_is_marked_in_the_pad_and_its_help(window):
    pad = window.review.coding_pad
    taal = window.review.content.theme(TAAL)
    assert "key_question" in taal.reconstructed_fields
    tip = _plain(pad.buttons[TAAL].toolTip())
    assert f"{taal.key_question} (gereconstrueerd)" in tip
    assert "kop van dit thema verloren" in tip
    assert f"{taal.key_question} (gereconstrueerd)" in _words(pad.help.toPlainText())
    for theme in window.review.content.themes:  # only the rebuilt one carries the mark
        if theme.id != TAAL:
            assert "gereconstrueerd" not in pad.buttons[theme.id].toolTip(), theme.id


def test_editor_shows_the_chosen_themes_why_level_example_and_waterline_texts(qtbot, window, review_workspace):
    content = window.review.content
    level = next(lv for lv in content.levels if lv.example)
    note = annotations.add(review_workspace.as_pro, AnnotationDraft(
        review_workspace.recording.id, 1500, themes=("thema.raakmomenten", TAAL), level=level.id))
    window.review.select(note.id)
    window.open_editor()
    editor = window.review.editor
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.id == note.id)
    raak, taal = content.theme("thema.raakmomenten"), content.theme(TAAL)

    help_ = editor.theme_help
    questions = _plain(help_.questions.text())
    assert _words(raak.key_question) in questions
    assert f"{taal.key_question} (gereconstrueerd)" in questions
    assert "kop van dit thema verloren" in help_.questions.toolTip()
    assert help_.questions.isVisible() and not help_.why.isVisible()
    help_.toggle.click()  # "Waarom belangrijk?" folds open
    assert help_.why.isVisible()
    why = _plain(help_.why.text())
    assert _words(raak.why) in why and _words(taal.why) in why
    assert "Illustratieve interacties: " + ", ".join(str(n) for n in raak.cases) in why
    for theme in content.themes:  # each check box: key question and why in its tooltip
        assert _words(theme.why) in _plain(editor.theme_boxes[theme.id].toolTip())
    editor.theme_boxes["thema.raakmomenten"].setChecked(False)  # a choice changes the help at once
    assert _words(raak.key_question) not in _plain(help_.questions.text())

    assert level.example in editor.level_hint.text() and editor.level_hint.isVisible()
    assert level.example in editor.level.toolTip()
    for index in range(editor.level.count()):
        level_id = editor.level.itemData(index)
        if level_id and content.level(level_id).example:
            assert content.level(level_id).example in editor.level.itemData(index, Qt.ItemDataRole.ToolTipRole)
    editor.level.setCurrentIndex(0)  # no level: the hint names the model the levels come from
    assert content.passage("niveau.bron").text in editor.level_hint.text()

    lines = {w.id: w for w in content.waterlines}
    for field, line_id in ((editor.below_waterline, "waterlijn.onder"), (editor.felt_unsaid, "waterlijn.niet_gezegd"),
                           (editor.observation, "waterlijn.boven")):
        tip = _plain(field.toolTip())
        assert _words(lines[line_id].text) in tip and _words(lines[line_id].example) in tip, line_id
    for name, line_id in (("below_waterline", "waterlijn.onder"), ("felt_unsaid", "waterlijn.niet_gezegd")):
        hint = editor.waterline_hints[name]
        assert hint is not None and lines[line_id].example in hint.text() and hint.isVisible(), line_id


def test_list_filters_carry_theme_and_level_tooltips(window):
    content = window.review.content
    listing = window.review.list
    level = next(lv for lv in content.levels if lv.example)
    index = listing.level_filter.findData(level.id)
    assert level.example in listing.level_filter.itemData(index, Qt.ItemDataRole.ToolTipRole)
    taal = content.theme(TAAL)
    tip = _plain(listing.theme_filter.itemData(listing.theme_filter.findData(TAAL), Qt.ItemDataRole.ToolTipRole))
    assert _words(taal.why) in tip and re.search(r"\(gereconstrueerd\)", tip)
