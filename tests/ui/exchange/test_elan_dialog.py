"""The ELAN import dialog on a file two researchers made in ELAN: tiers mapped to reviewers named in the
consent, vocabulary values to themes or kept as labels, symbolic child tiers as label/quote/observation,
a choice for annotations past the recording's end, a preview of the count, and one transaction (all or
nothing) behind a progress bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kijkwijzer.services import annotations
from kijkwijzer.ui.exchange import ElanImportDialog
from tests.exchange import elan_shapes
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

    assert [dialog.value_boxes["RAAK"].itemText(0)] == ["als label bewaren"]
    dialog.set_tier("Observatie A", coach.id)
    assert dialog.ok_button.isEnabled(), "values without a theme are kept as labels, not refused"
    assert dialog.preview_label.text().endswith("\nAls label bewaard: DOEL, RAAK")
    assert dialog.tier_boxes["Code A"].itemText(0) == "mee met ‘Observatie A’"
    assert dialog.role_boxes["Code A"].currentData() == "label"
    assert dialog.role_boxes["Commentaar A"].currentData() == "observatie"
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


def test_annotations_past_the_end_get_a_choice_with_counts(qtbot, exchange_setup):
    """The recording is 10 s; the coach's second annotation starts at 14.3 s: refused until the user chooses,
    then cut (which skips an annotation starting after the end too) or skipped."""
    ctx = exchange_setup.ctx
    short = add_recording_row(ctx, exchange_setup.conversation.id, duration_ms=10_000)
    dialog = ElanImportDialog(ctx, short, EAF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overrun.isHidden()
    dialog.set_tier("Observatie A", exchange_setup.coach.id)
    assert dialog.overrun.isVisible() and dialog.overrun.choice() == "weigeren"
    assert "0 annotaties lopen door, 1 beginnen" in dialog.overrun.label.text()
    assert not dialog.ok_button.isEnabled() and "na het einde van de opname" in dialog.problem_label.text()
    dialog.overrun.set_choice("afkappen")
    assert dialog.preview().annotations == 1 and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert [(a.start_ms, a.end_ms) for a in annotations.list_for_recording(ctx, short)] == [(1200, 4870)]
    dialog.close()


def test_a_refusal_at_import_time_is_shown_and_nothing_is_half_imported(qtbot, exchange_setup, tmp_path):
    """The file changes after the dialog read it (an annotation now ends before it starts): the import is
    refused whole, the reason is shown, and the dialog stays open."""
    ctx = exchange_setup.ctx
    path = tmp_path / "onderzoek.eaf"
    path.write_bytes(EAF.read_bytes())
    dialog = ElanImportDialog(ctx, exchange_setup.recording_id, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_tier("Observatie A", exchange_setup.coach.id)
    assert dialog.preview().annotations == 2 and dialog.ok_button.isEnabled()
    path.write_bytes(EAF.read_bytes().replace(b'TIME_VALUE="20007"', b'TIME_VALUE="100"'))
    before = row_counts(ctx)

    dialog.ok_button.click()
    boxes = [b for b in dialog.findChildren(QMessageBox, "elanImportError") if b.isVisible()]
    assert len(boxes) == 1 and "eindigt vóór haar begin" in boxes[0].text()
    assert dialog.isVisible() and dialog.imported is None, "the dialog stays open to try another mapping"
    assert "eindigt vóór haar begin" in dialog.problem_label.text()
    assert row_counts(ctx) == before
    boxes[0].close()
    dialog.close()


def test_symbolic_children_as_chosen_and_time_subdivision_as_own_annotations(qtbot, exchange_setup, tmp_path):
    ctx = exchange_setup.ctx
    path = elan_shapes.language_and_pos(tmp_path / "pos.eaf")
    dialog = ElanImportDialog(ctx, exchange_setup.recording_id, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_tier("utt@A", exchange_setup.coach.id)
    assert dialog.tier_boxes["words@A"].itemText(0) == "eigen annotaties, kijker van ‘utt@A’"
    assert set(dialog.role_boxes) == {"lang@A", "pos@A", "vertaling@A"}
    assert [dialog.value_boxes[v].currentText() for v in ("en", "adj")] == ["als label bewaren"] * 2
    dialog.set_role("vertaling@A", "citaat")
    assert dialog.preview().annotations == 10
    assert "Als label bewaard: adj, en, jp, nl, noun, verb" in dialog.preview_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.progress_seen[-1] == 10
    rows = {(a.start_ms, a.end_ms): a for a in annotations.list_for_recording(ctx, exchange_setup.recording_id)}
    assert (rows[(1_000, 4_000)].quote, rows[(1_000, 4_000)].tags) == ("grote rode auto", ("en",))
    assert rows[(2_000, 3_000)].tags == ("adj",)
    dialog.close()


def test_a_file_that_is_not_elan_is_refused_in_the_dialog(qtbot, exchange_setup, tmp_path):
    broken = tmp_path / "half.eaf"
    broken.write_bytes(EAF.read_bytes()[:1500])  # truncated XML
    dialog = ElanImportDialog(exchange_setup.ctx, exchange_setup.recording_id, broken)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() and dialog.tier_table.isHidden()
    dialog.close()


def _transcript(ctx, recording_id) -> list[tuple[int, int, str, str]]:
    from kijkwijzer.services import transcripts

    return [(c.start_ms, c.end_ms, c.speaker, c.text) for c in transcripts.list_cues(ctx, recording_id)]


def _with_srt(ctx, recording_id, path: Path, text: str) -> None:
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    path.write_text(text, encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, path, replace=True)


SRT = "1\n00:00:01,000 --> 00:00:03,500\nKLANTMANAGER: Goedemorgen.\n\n2\n00:00:04,000 --> 00:00:06,000\nCLIËNT: Ja.\n"
OTHER_SRT = "1\n00:00:02,000 --> 00:00:03,000\nEen ander transcript.\n"


@pytest.mark.parametrize("replace", [False, True])
def test_a_different_transcript_is_kept_unless_the_user_ticks_replace(qtbot, exchange_setup, tmp_path, replace):
    """Our own export carries the transcript; read back into a recording whose transcript differs, the dialog
    offers to replace it (not ticked: kept, and the summary says so), and the preview counts its lines."""
    from kijkwijzer.services.exchange import eaf as exchange_eaf

    ctx = exchange_setup.ctx
    _with_srt(ctx, exchange_setup.recording_id, tmp_path / "a.srt", SRT)
    path = exchange_eaf.export_eaf(ctx, exchange_setup.recording_id, tmp_path / "eigen.eaf").path
    exported = _transcript(ctx, exchange_setup.recording_id)
    target = add_recording_row(ctx, exchange_setup.conversation.id)
    _with_srt(ctx, target, tmp_path / "b.srt", OTHER_SRT)
    own = _transcript(ctx, target)

    dialog = ElanImportDialog(ctx, target, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.transcript_choice.isVisible() and "(2 regels)" in dialog.transcript_choice.text()
    assert "transcriptregels" not in dialog.preview_label.text()
    if replace:
        dialog.transcript_choice.setChecked(True)
        assert "2 transcriptregels" in dialog.preview_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert _transcript(ctx, target) == (exported if replace else own)
    assert ("2 transcriptregels" in dialog.summary()) is replace
    assert ("eigen transcript van de opname is behouden" in dialog.summary()) is not replace
    dialog.close()


def test_the_transcript_choice_stays_hidden_when_the_recording_has_none(qtbot, exchange_setup, tmp_path):
    from kijkwijzer.services.exchange import eaf as exchange_eaf

    ctx = exchange_setup.ctx
    _with_srt(ctx, exchange_setup.recording_id, tmp_path / "a.srt", SRT)
    path = exchange_eaf.export_eaf(ctx, exchange_setup.recording_id, tmp_path / "eigen.eaf").path
    target = add_recording_row(ctx, exchange_setup.conversation.id)
    dialog = ElanImportDialog(ctx, target, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.transcript_choice.isHidden() and "2 transcriptregels" in dialog.preview_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert len(_transcript(ctx, target)) == 2
    dialog.close()
