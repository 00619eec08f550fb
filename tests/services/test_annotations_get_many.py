"""Reading a burst of annotations at once (team mode's listener): only those that exist and whose recording the
reader may open, each as `annotations.get` gives it."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, recordings
from tests.support.cases import build_case


def test_get_many_reads_what_the_reader_may_see(ctx, test_video):
    made = build_case(ctx, others=(("Niet Genoemd", "coach"),))  # the analysis consent names only the coach
    rec = recordings.import_recording(made.as_pro, made.conversation.id, test_video)
    as_coach = made.acting_as(made.coach)
    added = [annotations.add(as_coach, AnnotationDraft(rec.id, 500 * n, themes=("thema.raakmomenten",),
                                                       observation=f"notitie {n}")) for n in range(1, 4)]
    annotations.delete(as_coach, added[1].id)
    wanted = [view.id for view in added] + [99999]
    read = annotations.get_many(made.as_pro, wanted)
    assert sorted(read) == [added[0].id, added[2].id]  # the deleted one and one that never was: left out
    assert read[added[2].id] == annotations.get(made.as_pro, added[2].id)
    assert read[added[2].id].reviewer_name == "Coach Ahmed" and read[added[2].id].themes == ("thema.raakmomenten",)
    assert annotations.get_many(made.acting_as(made.reviewers["Niet Genoemd"]), wanted) == {}  # not named
    assert annotations.get_many(made.as_pro, []) == {}
