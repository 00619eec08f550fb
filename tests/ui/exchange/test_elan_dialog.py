"""The ELAN import dialog on a file two researchers made in ELAN: tiers mapped to reviewers named in the
consent, vocabulary values to themes, a preview of the count, and one transaction (all or nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kijkwijzer.services import annotations
from kijkwijzer.ui.exchange import ElanImportDialog
from tests.support.rows import add_recording_row, row_counts

EAF = Path(__file__).resolve().parents[2] / "exchange" / "data" / "elan_onderzoekers.eaf"
THEMES = {
    "RAAK": "thema.raakmomenten",
    "WEER": "thema.weerstand",
    "DOEL": "thema.doel",
    "META": "thema.metacommunicatie",
}


@pytest.fixture
def dialog(qtbot, exchange_setup):
    made = ElanImportDialog(exchange_setup.ctx, exchange_setup.recording_id, EAF)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def test_maps_tiers_and_values_and_imports_the_expected_count(dialog, exchange_setup, qtbot):
    ctx, coach, pro = exchange_setup.ctx, exchange_setup.coach, exchange_setup.reviewer
    tiers = [dialog.tier_table.item(row, 0).text().strip() for row in range(dialog.tier_table.rowCount())]
    assert tiers == [
        "Observatie A",
        "↳ Code A",
        "↳ Commentaar A",
        "Observatie B",
        "↳ Code B",
        "Transcript KM",
        "↳ Woorden KM",
    ]
    offered = [
        dialog.tier_boxes["Observatie A"].itemData(i)
        for i in range(dialog.tier_boxes["Observatie A"].count())
    ]
    assert offered == [None, pro.id, coach.id], "only 'niet importeren' and the reviewers the consent allows"
    assert sorted(dialog.value_boxes) == ["DOEL", "META", "RAAK", "WEER"]
    assert (
        not dialog.ok_button.isEnabled()
        and dialog.problem_label.text() == "Kies bij minstens één laag een kijker."
    )

    dialog.set_tier("Observatie A", coach.id)
    assert not dialog.ok_button.isEnabled()
    assert "DOEL, RAAK" in dialog.problem_label.text() and "--" not in dialog.problem_label.text()
    dialog.set_tier("Observatie B", pro.id)
    for value, theme in THEMES.items():
        dialog.set_theme(value, theme)
    preview = dialog.preview()
    assert (preview.annotations, dict(preview.per_reviewer)) == (4, {coach.id: 2, pro.id: 2})
    assert dialog.preview_label.text() == (
        "Wordt ingelezen: 4 annotaties (Sanne de Vries 2, Joost Bakker 2)\nNiet ingelezen: Transcript KM, Woorden KM"
    )
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.imported is not None and dialog.imported.added == 4
    assert dialog.summary() == "4 annotaties ingelezen"
    got = sorted(
        (a.reviewer_id, a.start_ms, a.end_ms, a.themes)
        for a in annotations.list_for_recording(ctx, exchange_setup.recording_id)
    )
    assert got == sorted(
        [
            (coach.id, 1200, 4870, ("thema.doel",)),
            (coach.id, 14321, 20007, ("thema.raakmomenten",)),
            (pro.id, 2040, 5000, ("thema.weerstand",)),
            (pro.id, 9999, 14321, ("thema.metacommunicatie",)),
        ]
    )


def test_a_refusal_at_import_time_is_shown_and_nothing_is_half_imported(qtbot, exchange_setup):
    """The recording is 10 s; the coach's second annotation starts at 14.3 s. The first one would fit, but the
    file goes in whole or not at all."""
    ctx = exchange_setup.ctx
    short = add_recording_row(ctx, exchange_setup.conversation.id, duration_ms=10_000)
    dialog = ElanImportDialog(ctx, short, EAF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_tier("Observatie A", exchange_setup.coach.id)
    dialog.set_theme("DOEL", THEMES["DOEL"])
    dialog.set_theme("RAAK", THEMES["RAAK"])
    assert dialog.preview().annotations == 2 and dialog.ok_button.isEnabled()
    before = row_counts(ctx)

    dialog.ok_button.click()
    boxes = [b for b in dialog.findChildren(QMessageBox, "elanImportError") if b.isVisible()]
    assert len(boxes) == 1 and "na het einde van de opname" in boxes[0].text()
    assert dialog.isVisible() and dialog.imported is None, "the dialog stays open to try another mapping"
    assert "14321 ms" in dialog.problem_label.text()
    assert row_counts(ctx) == before
    boxes[0].close()
    dialog.close()


def test_a_file_that_is_not_elan_is_refused_in_the_dialog(qtbot, exchange_setup, tmp_path):
    broken = tmp_path / "half.eaf"
    broken.write_bytes(EAF.read_bytes()[:1500])  # truncated XML
    dialog = ElanImportDialog(exchange_setup.ctx, exchange_setup.recording_id, broken)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() and dialog.tier_table.isHidden()
    dialog.close()
