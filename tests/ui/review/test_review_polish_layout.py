"""The review fits a 1280x720 screen and uses a 1920x1080 one, in Dutch and English: the annotation list shows
number, time, themes, reviewer and text side by side without scrolling sideways, and the annotation editor
is never wider than its panel (long English theme names wrap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.ui import i18n
from kijkwijzer.ui.review.annotation_table import COLUMNS

LONG = ("De cliënt vertelt uitgebreid over de brieven van de gemeente en de professional luistert zonder te "
        "onderbreken, ook als het stil valt.")
MIN_WIDTH = {"themes": 90, "reviewer": 80, "text": 120}


@pytest.fixture
def open_window(qtbot, review_workspace):
    """A main window of a given size and language on the fixture workspace, with annotations to show."""
    from kijkwijzer.media.player_factory import create_player
    from kijkwijzer.ui.main_window import MainWindow

    ctx, rec = review_workspace.as_pro, review_workspace.recording
    annotations.add(ctx, AnnotationDraft(rec.id, 1000, 5400, themes=("thema.raakmomenten", "thema.echtheid",
                                                                      "thema.zelfbeeld"),
                                         level="niveau.gevoel", pillars=("pijler.begrijpen", "pijler.willen"),
                                         observation=LONG))
    annotations.add(ctx, AnnotationDraft(rec.id, 2500, themes=("thema.taal",), observation="kort"))
    made = []

    def build(width: int, height: int, lang: str):
        i18n.install(lang)
        win = MainWindow(review_workspace.ctx, create_player(headless=True))
        qtbot.addWidget(win)
        made.append(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_recording(rec.id)
        qtbot.wait(100)  # the default layout is applied just after the first show
        QCoreApplication.processEvents()
        return win

    yield build
    for win in made:
        win.close()
        win.deleteLater()
    i18n.install("nl")


def visible_columns(win) -> dict[str, tuple[int, int]]:
    table = win.review.list.table
    return {name: (table.columnViewportPosition(n), table.columnWidth(n))
            for n, name in enumerate(COLUMNS) if not table.isColumnHidden(n)}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_1280x720_the_list_shows_time_themes_reviewer_and_text(open_window, lang):
    win = open_window(1280, 720, lang)
    table = win.review.list.table
    columns = visible_columns(win)
    assert {"number", "time", "themes", "reviewer", "text"} <= set(columns)
    for name, (x, width) in columns.items():
        assert width >= MIN_WIDTH.get(name, 20), (name, columns)
        assert 0 <= x and x + width <= table.viewport().width(), (name, columns, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0  # nothing cut off to the right
    model, metrics = win.review.list.model, table.fontMetrics()
    for row, view in enumerate(win.review.annotations):  # times and numbers are never cut short
        for name in ("number", "time"):
            text = model.display(view, name)
            assert metrics.horizontalAdvance(text) < columns[name][1], (name, text, row)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_1280x720_the_annotation_editor_fits_its_panel(open_window, lang):
    win = open_window(1280, 720, lang)
    win.review.annotate.jump_to(win.review.annotations.at(0).id)
    win.open_editor()
    QCoreApplication.processEvents()
    editor = win.review.editor
    scroll = win.editor_dock.widget()
    assert editor.width() <= scroll.viewport().width()
    assert editor.minimumSizeHint().width() <= scroll.viewport().width()
    for box in (*editor.theme_boxes.values(), *editor.pillar_boxes.values()):
        caption = box.parentWidget().caption
        right = caption.mapTo(editor, caption.rect().topRight()).x()
        assert right <= editor.width(), caption.text()
        assert caption.height() >= caption.heightForWidth(caption.width()) - 1, caption.text()  # wrapped, not cut


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_1920x1080_the_list_shows_every_column(open_window, lang):
    win = open_window(1920, 1080, lang)
    columns = visible_columns(win)
    assert set(columns) == set(COLUMNS)
    assert columns["text"][1] >= 160
    assert win.review.list.table.horizontalScrollBar().maximum() == 0
