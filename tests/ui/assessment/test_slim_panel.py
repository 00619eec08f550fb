"""The SLIM panel: live suggested verdict with reasoning, confirm/override with a note, reviewers side by side."""

from __future__ import annotations

from kijkwijzer.services import slim
from kijkwijzer.services.context import Actor
from kijkwijzer.ui.slim import SlimPanel


def test_picking_items_suggests_the_verdict_and_saving_confirming_and_comparing(qtbot, case_setup):
    ctx, conv, coach = case_setup["ctx"], case_setup["conversation"], case_setup["coach"]
    panel = SlimPanel(ctx, conv.id)
    qtbot.addWidget(panel)
    panel.show()
    editor = panel.editor
    assert "geen oordeel" in editor.verdict.text()
    editor.phase.setText("eerste instantie")  # phase and times first: the first choice records the analysis
    editor.start.setText("00:00")
    editor.end.setText("01:30")
    for item in ("slim.zelfbeeld.wil_en_kan", "slim.rol.pedagogisch", "slim.logica.leren"):
        editor.picks[item].setChecked(True)
    assert "Voorgesteld oordeel: mismatch" in editor.verdict.text()
    assert "Aanwijzing: bij dit zelfbeeld past ‘Faciliteren’ en ‘Kansen bieden’." in editor.reasoning.text()
    editor.values["slim.niveau.micro"][1].setChecked(True)
    [saved] = slim.list_for_conversation(ctx, conv.id)
    assert saved.suggested_verdict == "slim.oordeel.mismatch" and saved.end_ms == 90_000
    assert saved.phase == "eerste instantie"
    assert saved.dimensions == {"slim.dimensie.micro_meso_macro": ("slim.niveau.micro",)}
    qtbot.waitUntil(lambda: panel.chooser.currentData() == saved.id)

    panel.override_verdict.setCurrentIndex(panel.override_verdict.findData("slim.oordeel.gedeeltelijke_mismatch"))
    panel.override.click()
    assert "Licht toe" in panel.error.text()
    panel.note.setText("Op kwetsbare momenten wil hij wel leren")
    panel.override.click()
    assert slim.list_for_conversation(ctx, conv.id)[0].verdict == "slim.oordeel.gedeeltelijke_mismatch"
    assert "afwijkend" in panel.state.text()

    coach_ctx = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    slim.add(coach_ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.faciliteren"],
             logica=["slim.logica.kansen_bieden"])
    qtbot.waitUntil(lambda: panel.compare.columnCount() == 2)  # refreshed after the slim.changed event
    headers = [panel.compare.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers[0].startswith("Coach Ahmed") or headers[1].startswith("Coach Ahmed")
    headers = [panel.compare.verticalHeaderItem(r).text() for r in range(panel.compare.rowCount())]
    suggested_row = headers.index("Voorgesteld")  # (was 4 + dimensions; "Benadering van" is a row now)
    texts = {panel.compare.item(suggested_row, c).text() for c in range(2)}
    assert texts == {"mismatch", "match"}


def test_a_bad_time_is_reported_on_the_panel_not_raised(qtbot, case_setup):
    panel = SlimPanel(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(panel)
    panel.editor.start.setText("later")
    panel.editor.picks["slim.zelfbeeld.opgegeven"].setChecked(True)
    assert "tijdcode" in panel.error.text() and "tijdcode" in panel.saved.text()
    assert slim.list_for_conversation(case_setup["ctx"], case_setup["conversation"].id) == []
    panel.editor.start.setText("00:10")
    panel.editor.end.setText("00:40")
    panel.editor.picks["slim.rol.pedagogisch"].setChecked(True)  # the next change stores it, times and all
    [made] = slim.list_for_conversation(case_setup["ctx"], case_setup["conversation"].id)
    assert (made.start_ms, made.end_ms, made.zelfbeeld) == (10_000, 40_000, ("slim.zelfbeeld.opgegeven",))
    assert panel.error.text() == ""
