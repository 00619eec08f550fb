"""Export actions: the file dialog's answer goes to the service, the result or the reason is shown.

The one stand-in here is the file dialog's answer (`stub_save_dialog`): a native dialog cannot be clicked in a
headless test. The services, the database and the files are real.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import annotations, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.ui.exchange import export_csv, export_report
from tests.support.export_preview import confirm_preview
from tests.support.rows import row_counts


@pytest.fixture
def stub_save_dialog(monkeypatch, tmp_path):
    """STUB: QFileDialog.getSaveFileName answers with a path in tmp_path (the only stub in these tests)."""
    asked: list[str] = []

    def answer(name: str):
        def get_save_file_name(parent, caption="", directory="", filters="", *args, **kwargs):
            asked.append(directory)
            return str(tmp_path / name), filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
        return tmp_path / name

    answer.asked = asked
    return answer


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def shown(parent: QWidget, name: str) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(boxes) == 1, f"expected one {name} on screen, got {len(boxes)}"
    return boxes[0]


def annotate(ctx, recording_id: int, observation: str) -> None:
    annotations.add(
        ctx,
        AnnotationDraft(
            recording_id,
            1500,
            4000,
            ("thema.raakmomenten",),
            (),
            None,
            observation,
            "ik wist al wat er ging komen",
        ),
    )


def test_export_csv_writes_the_file_and_says_where(exchange_setup, stub_save_dialog, parent, qtbot):
    ctx = exchange_setup.ctx
    annotate(ctx, exchange_setup.recording_id, "Echte Naam leunt achterover; daarna een vraag naar beleving.")
    out = stub_save_dialog("annotaties.csv")

    flow = export_csv(ctx, exchange_setup.recording_id, parent)
    assert flow is not None and not out.exists(), "nothing is written before the user has seen the replacements"
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        listed = confirm_preview(qtbot)
    result = done.args[0]

    assert listed.total == 1 and listed.rows[0].replacement.found == "Echte Naam"
    assert result is not None and result.path == out and result.items == 1 and result.replaced == 1
    assert stub_save_dialog.asked[0].endswith(f"gesprek-{exchange_setup.conversation.id}-annotaties.csv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so Excel nl-NL reads the accents"
    text = data.decode("utf-8-sig")
    assert "leunt achterover" in text and "Echte Naam" not in text, "pseudonymised"
    box = shown(parent, "exchangeDone")
    assert str(out) in box.text() and "(1 onderdeel)" in box.text()  # not "(1 items)"
    box.close()


def test_an_export_that_is_not_allowed_says_why_and_writes_nothing(exchange_setup, stub_save_dialog, parent,
                                                                    qtbot):
    stranger = exchange_setup.stranger
    ctx = exchange_setup.ctx.as_actor(Actor(stranger.id, stranger.name, stranger.role))
    out = stub_save_dialog("niet.csv")
    before = row_counts(ctx)

    flow = export_csv(ctx, exchange_setup.recording_id, parent)
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    assert isinstance(done.args[0], NotAllowed)  # refused at the preview already
    assert not [w for w in parent.findChildren(QWidget, "replacementPreview") if w.isVisible()], \
        "no list of the client's text for someone without access"

    box = shown(parent, "exchangeError")
    assert (
        box.text()
        == "Niet Genoemd is niet genoemd in de toestemming van de cliënt voor analyse van dit gesprek."
    )
    box.close()
    assert not out.exists() and row_counts(ctx) == before


def test_the_pdf_report_is_made_in_the_background(
    exchange_setup, stub_save_dialog, parent, qtbot, test_video
):
    """A real recording (stills are taken from it with ffmpeg) on a worker thread; the window stays usable."""
    ctx = exchange_setup.ctx
    recording = recordings.import_recording(ctx, exchange_setup.conversation.id, test_video)
    annotate(ctx, recording.id, "De klantmanager vraagt door naar wat het rapport met hem deed.")
    out = stub_save_dialog("verslag.pdf")

    task = export_report(ctx, exchange_setup.conversation.id, parent)
    assert task is not None and not out.exists(), "returns at once; the work goes on in the background"
    with qtbot.waitSignal(task.finished, timeout=60_000) as done:
        confirm_preview(qtbot)
    assert not isinstance(done.args[0], BaseException), done.args[0]
    assert out.read_bytes().startswith(b"%PDF")
    box = shown(parent, "exchangeDone")
    assert str(out) in box.text()
    box.close()
