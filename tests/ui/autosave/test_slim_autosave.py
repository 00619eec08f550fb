"""The SLIM panel has no 'Analyse opslaan': a new analysis is created by its first choice (with the phase and
times typed before it), every later change updates it, typing after a pause or when the panel is closed.
Confirming the verdict stays an explicit decision. Read back on a second, fresh connection."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kijkwijzer.services import slim
from kijkwijzer.ui.slim import SlimPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def fresh_slim(workspace, case_setup):
    """The analyses of the conversation as a new connection to the same store reads them."""
    from kijkwijzer.services.open_workspace import open_context

    opened = []

    def read():
        ctx = open_context(workspace)
        opened.append(ctx)
        return slim.list_for_conversation(ctx.as_actor(case_setup["ctx"].actor), case_setup["conversation"].id)

    yield read
    for ctx in opened:
        ctx.store.dispose()


@pytest.fixture
def panel(qtbot, case_setup):
    made = SlimPanel(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_first_choice_creates_the_analysis_and_later_ones_update_it(qtbot, panel, fresh_slim):
    editor = panel.editor
    assert "Analyse opslaan" not in [b.text() for b in panel.findChildren(QPushButton)]
    qtbot.keyClicks(editor.phase, "eerste deel")
    qtbot.keyClicks(editor.start, "00:05")
    qtbot.keyClicks(editor.end, "01:00")
    qtbot.wait(500)  # a phase and times alone are not an analysis yet
    assert fresh_slim() == []
    editor.picks["slim.zelfbeeld.wil_maar_kan_niet"].setChecked(True)
    [made] = fresh_slim()
    assert (made.phase, made.start_ms, made.end_ms, made.zelfbeeld) == (
        "eerste deel", 5_000, 60_000, ("slim.zelfbeeld.wil_maar_kan_niet",))
    qtbot.waitUntil(lambda: panel.chooser.currentData() == made.id)
    assert not editor.start.isEnabled()  # the span is fixed once stored
    editor.picks["slim.rol.pedagogisch"].setChecked(True)
    editor.values["slim.niveau.micro"][1].setChecked(True)
    [updated] = fresh_slim()
    assert updated.id == made.id and updated.rol == ("slim.rol.pedagogisch",)
    assert updated.dimensions == {"slim.dimensie.micro_meso_macro": ("slim.niveau.micro",)}
    editor.analysis.setFocus()
    qtbot.keyClicks(editor.analysis, "Wil wel, maar loopt vast op de regels")
    qtbot.waitUntil(lambda: fresh_slim()[0].analysis == "Wil wel, maar loopt vast op de regels", timeout=3000)
    assert panel.saved.text() == "Opgeslagen"
    qtbot.keyClicks(editor.analysis, ".")  # typing on after the commit came back: nothing reset
    assert editor.analysis.toPlainText() == "Wil wel, maar loopt vast op de regels."
    assert len(fresh_slim()) == 1


def test_closing_straight_after_typing_loses_nothing(qtbot, panel, fresh_slim):
    editor = panel.editor
    editor.picks["slim.zelfbeeld.opgegeven"].setChecked(True)
    qtbot.waitUntil(lambda: panel.chooser.currentData() is not None)
    qtbot.keyClicks(editor.analysis, "Heeft het opgegeven")
    qtbot.keyClicks(editor.phase, "begin")
    assert panel.autosave.timer.isActive()
    panel.close()
    [stored] = fresh_slim()
    assert (stored.analysis, stored.phase) == ("Heeft het opgegeven", "begin")


def test_typing_the_analysis_first_creates_it_when_closed(qtbot, panel, fresh_slim):
    qtbot.keyClicks(panel.editor.analysis, "Eerst in eigen woorden")
    panel.close()
    [stored] = fresh_slim()
    assert stored.analysis == "Eerst in eigen woorden" and stored.zelfbeeld == ()


def test_confirming_stays_an_explicit_decision_on_what_was_just_chosen(qtbot, panel, fresh_slim):
    editor = panel.editor
    for item in ("slim.zelfbeeld.wil_en_kan", "slim.rol.faciliteren", "slim.logica.kansen_bieden"):
        editor.picks[item].setChecked(True)
    qtbot.waitUntil(lambda: panel.accept.isEnabled())
    assert fresh_slim()[0].verdict is None  # nothing confirmed by itself
    qtbot.keyClicks(editor.analysis, "Past goed")
    panel.accept.click()  # pending typing is committed before the decision
    [stored] = fresh_slim()
    assert (stored.verdict, stored.analysis) == ("slim.oordeel.match", "Past goed")


def test_what_could_not_be_stored_is_not_dropped_by_choosing_another(qtbot, case_setup, fresh_slim):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    earlier = slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.andere_plannen"])
    panel = SlimPanel(ctx, conv.id)
    qtbot.addWidget(panel)
    assert panel.chooser.currentData() is None  # a new analysis
    panel.editor.start.setText("later")  # not a time
    panel.editor.picks["slim.zelfbeeld.opgegeven"].setChecked(True)
    assert "tijdcode" in panel.error.text() and len(fresh_slim()) == 1
    panel.chooser.setCurrentIndex(panel.chooser.findData(earlier.id))
    assert panel.chooser.currentData() is None  # stays on the new analysis, the error in view
    assert panel.editor.picks["slim.zelfbeeld.opgegeven"].isChecked()
    panel.editor.start.clear()
    panel.editor.picks["slim.rol.bij_de_hand_nemen"].setChecked(True)
    assert {v.zelfbeeld for v in fresh_slim()} == {("slim.zelfbeeld.andere_plannen",), ("slim.zelfbeeld.opgegeven",)}
