"""Agreement between the reviewers of a recording and between the client and the reviewers, through the services
(issue 13 parts 2 and 3): the figures and the reading a user sees, the export a researcher opens, the consent and
access rules, and the client's side per conversation and over the series."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.services import (
    annotations,
    audit,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    text_recordings,
)
from kijkwijzer.services.agreement import recording_agreement
from kijkwijzer.services.agreement_export import export_agreement
from kijkwijzer.services.client_agreement import client_agreement
from tests.support.cases import build_case

RESIST, TOUCH, LANGUAGE = "thema.weerstand", "thema.raakmomenten", "thema.taal"
LINES = [("Klantmanager", "Goedemorgen, fijn dat u er bent. " * 12), ("Cliënt", "Ja. " * 5 + "Weer een formulier. " * 20),
         ("Klantmanager", "Dat begrijp ik. " * 30)]


@pytest.fixture
def reviewed(ctx):
    """Sanne (the professional) and Joost (coach) on a written account of about a minute; Amira (researcher)
    named in the consent too but not annotating; consent for the client interview as well."""
    made = build_case(ctx, coach="Joost Bakker", others=[("Amira El Idrissi", "researcher")],
                      named_in_analysis=["Joost Bakker", "Amira El Idrissi"],
                      purposes=("recording", "analysis", "client_interview"))
    rec = text_recordings.add_text_recording(made.as_pro, made.conversation.id, LINES, "Gesprek 1")
    return made, rec


def _note(ctx, rec, start_s: float, theme: str, end_s: float | None = None):
    return annotations.add(ctx, AnnotationDraft(rec.id, int(start_s * 1000),
                                                None if end_s is None else int(end_s * 1000), themes=(theme,)))


def _annotate_both(made, rec):
    sanne, joost = made.as_pro, made.acting_as(made.coach)
    _note(sanne, rec, 20.0, RESIST)  # both see resistance, 1.2 s apart
    _note(joost, rec, 21.2, RESIST)
    _note(sanne, rec, 5.0, TOUCH)  # each sees a moment of impact, far apart
    _note(joost, rec, 40.0, TOUCH)
    _note(joost, rec, 30.0, LANGUAGE, 34.0)  # only Joost sees unclear language


def test_two_reviewers_read_in_plain_words(reviewed):
    made, rec = reviewed
    _annotate_both(made, rec)
    result = recording_agreement(made.as_pro, rec.id)
    assert [r.short for r in result.reviewers] == ["Sanne", "Joost"]  # the professional first; Amira annotated nothing
    assert [t.id for t in result.themes] == [TOUCH, RESIST, LANGUAGE]  # in the content's order
    f = result.figures
    assert f.kappa(RESIST, made.reviewer.id, made.coach.id).kappa == 1.0
    assert f.kappa(TOUCH, made.reviewer.id, made.coach.id).band in ("poor", "slight")
    assert result.reading_nl[0] == ("Sanne en Joost zien ‘weerstand, afhaken of verstarren’ vaak op dezelfde momenten; "
                                    "raakmomenten zien ze verschillend; alleen Joost annoteerde duidelijk taalgebruik.")
    assert result.reading_en[0] == ("Sanne and Joost often see ‘resistance, dropping out or freezing’ at the same "
                                    "moments; they see moments of impact differently; only Joost marked clear language.")
    worst = f.differences[0]  # Joost's 4 s of language weighs most
    assert (worst.start_ms, worst.end_ms, worst.themes_of(made.coach.id)) == (30_000, 34_000, (LANGUAGE,))
    assert {d.start_ms for d in f.differences} >= {5_000, 40_000}  # the two moments of impact
    strict = recording_agreement(made.as_pro, rec.id, tolerance_s=0)
    assert strict.figures.kappa(RESIST, made.reviewer.id, made.coach.id).kappa < 0  # 1.2 s apart: never the same second


def test_one_reviewer_is_told_what_is_needed(reviewed):
    made, rec = reviewed
    _note(made.as_pro, rec, 3.0, RESIST)
    result = recording_agreement(made.as_pro, rec.id)
    assert not result.figures.enough_reviewers and result.figures.kappas == ()
    assert result.reading_nl == (("Alleen Sanne heeft deze opname geannoteerd. Voor overeenstemming zijn annotaties "
                                 "van minstens twee kijkers nodig: laat een collega (coach, onderzoeker) dezelfde "
                                 "opname annoteren."),)
    assert result.reading_en[0].startswith("Only Sanne has annotated this recording.")


def test_access_consent_and_tolerance_are_checked(reviewed, ctx):
    made, rec = reviewed
    outsider = made.acting_as(people.add_reviewer(ctx, "Niet Genoemd", "colleague"))
    with pytest.raises(NotAllowed):
        recording_agreement(outsider, rec.id)
    with pytest.raises(BadInput):
        recording_agreement(made.as_pro, rec.id, tolerance_s=-1)
    consent.withdraw(ctx, made.consents["analysis"].id)  # the recording and its annotations are erased
    with pytest.raises(NotFound):
        recording_agreement(made.as_pro, rec.id)


def test_export_for_researchers(reviewed, tmp_path):
    made, rec = reviewed
    _annotate_both(made, rec)
    done = export_agreement(made.as_pro, rec.id, tmp_path / "overeenstemming.csv")
    rows = list(csv.DictReader(io.StringIO(done.path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == done.items
    resist = next(r for r in rows if r["maat"] == "kappa" and r["thema"] == RESIST)
    assert (resist["waarde"], resist["band"], resist["kijker_a"], resist["kijker_b"]) == (
        "1.000", "almost_perfect", "Sanne de Vries", "Joost Bakker")
    assert {r["maat"] for r in rows} >= {"kappa", "alpha", "gevonden_door_beiden", "tijdsoverlap"}
    assert "Gesprek 1" not in done.path.read_text(encoding="utf-8-sig")  # the recording by id, not by its name
    book = load_workbook(export_agreement(made.as_pro, rec.id, tmp_path / "o.xlsx").path)
    assert book.sheetnames == ["Overeenstemming", "Verschillen"]
    moments = list(book["Verschillen"].iter_rows(min_row=2, values_only=True))
    assert moments[0][1:4] == (1, 30.0, 34.0)  # rank 1: Joost's language, 30-34 s
    exports = [e for e in audit.list_entries(made.ctx) if e.action == "export"]
    assert [e.detail.split(":")[0] for e in exports] == ["overeenstemming-xlsx", "overeenstemming-csv"]
    with pytest.raises(BadInput):
        export_agreement(made.as_pro, rec.id, tmp_path / "o.pdf")


def _interview(made, rec, marks: list[str | None]):
    """A fragment per mark, each with a reaction of the client, marked as given."""
    coach = made.acting_as(made.coach)
    for i, mark in enumerate(marks):
        fragment = fragments.from_span(coach, rec.id, i * 5000, i * 5000 + 3000, f"Fragment {i}")
        client_feedback.record_reaction(coach, fragment.id, f"Reactie {i}")
        if mark is not None:
            client_feedback.mark(coach, fragment.id, mark)


def test_client_and_reviewers_per_conversation_and_over_the_series(reviewed, ctx):
    made, rec = reviewed
    _annotate_both(made, rec)
    _interview(made, rec, ["match", "match", "differ", "client_only", None])
    result = recording_agreement(made.as_pro, rec.id)
    client = result.client
    assert (client.match, client.differ, client.client_only, client.unmarked) == (2, 1, 1, 1)
    assert client.share_matching == pytest.approx(2 / 4)
    assert result.reading_nl[-1] == ("Cliënt en kijkers: van de 4 beoordeelde fragmenten komen er 2 overeen met wat "
                                     "de cliënt zei (50 %); 1 verschilt; bij 1 zag alleen de cliënt iets.")
    later = cases.add_conversation(ctx, made.case.id, date(2026, 11, 23), goal="Vervolg")
    for purpose in ("recording", "analysis"):  # no consent for a client interview this time
        consent.grant(ctx, later.id, purpose, date(2026, 11, 23), reviewer_ids=(made.coach.id,))
    series = client_agreement(made.as_pro, made.case.id)
    assert [(c.sequence, c.consent, c.share_matching) for c in series.conversations] == [
        (1, True, pytest.approx(0.5)), (2, False, None)]
