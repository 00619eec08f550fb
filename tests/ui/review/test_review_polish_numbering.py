"""One numbering everywhere: the review's list and editor, the PDF report and the plan's evidence name the same
annotation and fragment the same way, and adding an earlier annotation renumbers nothing."""

from __future__ import annotations

import re
import subprocess

from PySide6.QtCore import Qt

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, evidence, fragments, plan
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.ui.assessment.evidence_list import describe
from kijkwijzer.ui.review.annotation_table import COLUMNS

PILLAR = "pijler.kunnen"


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return re.sub(r"[ \t]+", " ", text)


def list_number(review, annotation_id: int) -> str:
    row = review.annotations.row_of(annotation_id)
    return review.list.model.index(row, COLUMNS.index("number")).data(Qt.ItemDataRole.DisplayRole)


def test_the_list_the_report_and_the_plan_give_one_annotation_one_name(qtbot, window, review_workspace, tmp_path):
    ctx, rec = review_workspace.as_pro, review_workspace.recording

    def add(start: int, end: int | None = None, **fields):
        return annotations.add(ctx, AnnotationDraft(rec.id, start, end, themes=("thema.raakmomenten",), **fields))

    late = add(4000, observation="laat in het gesprek")
    early = add(1000, observation="vroeg, maar later gemaakt")
    span = add(2500, 3000, observation="de cliënt zwijgt", pillars=(PILLAR,))
    review = window.review
    qtbot.waitUntil(lambda: len(review.annotations) == 3, timeout=3000)
    # made in this order: 1, 2, 3, whatever moment each marks (time order would give 3, 1, 2)
    assert [list_number(review, a.id) for a in (late, early, span)] == ["1", "2", "3"]
    review.annotate.jump_to(span.id)
    review.sync_editor()
    assert review.editor.heading.text().startswith("Annotatie 3 · ")

    fragment = fragments.from_annotation(ctx, span.id)
    items = evidence.by_pillar(ctx, review_workspace.reviewer.professional_id, PILLAR)[PILLAR]
    (item,) = items
    assert item.label() == "Annotatie 3 (gesprek.mp4)" and item.fragment_numbers == (1,)
    assert describe(item).startswith("Annotatie 3 (gesprek.mp4) · ")
    made = plan.add_plan(ctx, review_workspace.reviewer.professional_id, "Stiltes laten vallen")
    action = plan.add_action(ctx, made.id, "Tien seconden wachten", pillar_id=PILLAR,
                             links=[("annotation", span.id), ("fragment", fragment.id)])
    labels = evidence.link_labels(ctx, review_workspace.reviewer.professional_id,
                                  [(lk.kind, lk.target_id) for lk in action.links])
    assert labels == {("annotation", span.id): "Annotatie 3 (gesprek.mp4)",
                      ("fragment", fragment.id): "Fragment 1 (gesprek.mp4)"}

    report = exchange_report.export_report(ctx, review_workspace.conversation.id, tmp_path / "verslag.pdf")
    text = pdf_text(report.path)
    assert "Annotatie 1 · 00:00:04" in text and "Annotatie 2 · 00:00:01" in text  # the list's numbers
    assert "Fragment 1 · 00:00:02" in text
    assert "fragment 1 op 00:00:02" in text and "annotatie 3 op 00:00:02" in text  # the plan's evidence

    add(500, observation="nog eerder")  # an earlier moment, made last: nobody is renumbered
    qtbot.waitUntil(lambda: len(review.annotations) == 4, timeout=3000)
    assert [list_number(review, a.id) for a in (late, early, span)] == ["1", "2", "3"]
    assert review.editor.heading.text().startswith("Annotatie 3 · ")
