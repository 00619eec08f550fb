"""The series view's line of the client's share of the speaking time: one figure per analysed conversation, the
others said to be skipped; nothing is computed for it."""

from __future__ import annotations

from datetime import date

from kijkwijzer.services import conversation_flow, speech
from kijkwijzer.ui.series import SeriesView
from tests.support.flow_transcript import SHORT, import_transcript


def test_the_client_share_per_conversation_and_the_skipped_ones(qtbot, review_workspace, tmp_path):
    from kijkwijzer.services import cases

    ctx, rec = review_workspace.as_pro, review_workspace.recording.id
    case_id = review_workspace.conversation.case_id
    import_transcript(ctx, rec, SHORT, tmp_path / "srt")
    cases.add_conversation(ctx, case_id, date(2026, 11, 23), "Vervolg")
    view = SeriesView(ctx, case_id)
    qtbot.addWidget(view)
    assert "nog geen gesprek geanalyseerd" in view.speaking.text()
    assert speech.cached_speaker_track(ctx, rec) is None  # the series did not analyse anything
    conversation_flow.analyse(ctx, rec)
    view.refresh()
    assert view.speaking.text() == ("Spreektijd van de cliënt: gesprek 1 36 % "
                                    "(overgeslagen, nog niet geanalyseerd: gesprek 2)")
