"""The SLIM editor: whose approach is judged, the main self-image of a mixed picture, verdict names from the
content and the reasoning marked as the workbench's own words (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kijkwijzer.services import slim
from kijkwijzer.ui.slim import SlimPanel


def _panel(qtbot, case_setup) -> SlimPanel:
    panel = SlimPanel(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_editor_shows_and_saves_whose_approach_is_judged(qtbot, case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    panel = _panel(qtbot, case_setup)
    editor = panel.editor
    shown = [editor.approach.itemText(i) for i in range(editor.approach.count())]
    assert shown == [a.label for a in ctx.content.slim_approaches]
    assert shown == ["de professional", "de andere betrokken professionals", "de organisatie"]
    label = next(w for w in editor.findChildren(QLabel) if w.buddy() is editor.approach)
    assert label.text() == "&Benadering van:"
    editor.approach.setCurrentIndex(editor.approach.findData("andere_professionals"))
    for item in ("slim.zelfbeeld.wil_maar_kan_niet", "slim.rol.bij_de_hand_nemen"):  # case 4 of 004 (910-930)
        editor.picks[item].setChecked(True)
    [saved] = slim.list_for_conversation(ctx, conv.id)
    assert saved.approach_of == "andere_professionals" and saved.suggested_verdict == "slim.oordeel.mismatch"
    qtbot.waitUntil(lambda: panel.chooser.currentData() == saved.id)
    editor.approach.setCurrentIndex(editor.approach.findData("organisatie"))  # a change commits at once
    assert slim.list_for_conversation(ctx, conv.id)[0].approach_of == "organisatie"
    rows = [panel.compare.verticalHeaderItem(r).text() for r in range(panel.compare.rowCount())]
    qtbot.waitUntil(lambda: panel.compare.item(rows.index("Benadering van"), 0).text() == "de organisatie")
    panel.chooser.setCurrentIndex(0)  # a new analysis starts as the professional's own approach
    assert editor.approach_of() == "professional"
    panel.chooser.setCurrentIndex(panel.chooser.findData(saved.id))  # and the stored one shows its own
    assert editor.approach.currentText() == "de organisatie"


def test_a_mixed_self_image_has_a_main_one_and_case_1_comes_out_partial(qtbot, case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    panel = _panel(qtbot, case_setup)
    editor = panel.editor
    assert not editor.main_self.isEnabled()
    for item in ("slim.zelfbeeld.wil_en_kan", "slim.rol.pedagogisch", "slim.logica.leren"):
        editor.picks[item].setChecked(True)
    assert "Voorgesteld oordeel: mismatch" in editor.verdict.text()
    editor.picks["slim.zelfbeeld.wil_maar_kan_niet"].setChecked(True)  # "Op zijn kwetsbare momenten" (004:297)
    assert editor.main_self.isEnabled() and editor.main_self.currentData() == "slim.zelfbeeld.wil_en_kan"
    partial = ctx.content.verdict("slim.oordeel.gedeeltelijke_mismatch").label
    assert f"Voorgesteld oordeel: {partial}" in editor.verdict.text()  # 004:305-306
    assert slim.list_for_conversation(ctx, conv.id)[0].suggested_verdict == "slim.oordeel.gedeeltelijke_mismatch"
    editor.main_self.setCurrentIndex(editor.main_self.findData("slim.zelfbeeld.wil_maar_kan_niet"))
    [saved] = slim.list_for_conversation(ctx, conv.id)
    assert saved.zelfbeeld[0] == "slim.zelfbeeld.wil_maar_kan_niet" and saved.suggested_verdict == "slim.oordeel.match"
    qtbot.waitUntil(lambda: panel.chooser.currentData() == saved.id)
    panel.chooser.setCurrentIndex(0)
    panel.chooser.setCurrentIndex(panel.chooser.findData(saved.id))
    assert editor.main_self.currentData() == "slim.zelfbeeld.wil_maar_kan_niet"  # the main one is shown again


def test_verdict_names_come_from_the_content_and_the_reasoning_is_marked_as_product_text(qtbot, case_setup):
    ctx = case_setup["ctx"]
    panel = _panel(qtbot, case_setup)
    names = [panel.override_verdict.itemText(i) for i in range(panel.override_verdict.count())]
    assert names == [ctx.content.verdict(v).label for v in ("slim.oordeel.match", "slim.oordeel.gedeeltelijke_mismatch",
                                                            "slim.oordeel.mismatch")]
    caption = panel.editor.reasoning_caption
    assert caption.text() == "Redenering van het programma (geen tekst uit de methode):" and caption.isVisible()
    layout = panel.editor.layout()
    assert layout.indexOf(caption) == layout.indexOf(panel.editor.reasoning) - 1  # right above the reasoning
    assert panel.editor.reasoning.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
