"""The consent gates agree: without the client's analysis consent in force nobody analyses (not the case's own
professional, not the system): no annotating, fragments, playlists, reflection, aandachtspunten, transcript or
ELAN import, just as SLIM and exports are refused. A backup needs the rights of the whole workspace, and a
reviewer who may not open a recording does not learn where its file is."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select, update

from kijkwijzer.cli import main
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    cases,
    consent,
    cycle,
    fragments,
    people,
    recordings,
    reflection,
    slim,
)
from kijkwijzer.services.context import SYSTEM, Actor
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.store.models import (
    Aandachtspunt,
    Annotation,
    AuditEntry,
    Consent,
    Fragment,
    Playlist,
    ReflectionConversation,
    ReflectionItem,
    TranscriptCue,
)
from kijkwijzer.store.models.base import utcnow
from tests.support.sealed_backup import PASSPHRASE

NO_ANALYSIS_NL = "De cliënt heeft geen toestemming gegeven voor analyse door genoemde kijkers."
NO_ANALYSIS_EN = "The client has not consented to analysis by named reviewers."
SRT = "1\n00:00:00,500 --> 00:00:02,000\nKlant: Ik snap die brief niet.\n"


def _as(ctx, reviewer):
    return ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))


def _count(ctx, model, *where) -> int:
    with ctx.store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _refused(attempt) -> NotAllowed:
    with pytest.raises(NotAllowed) as raised:
        attempt()
    return raised.value


@pytest.fixture
def only_recorded(case_setup, test_video):
    """A second conversation of the case: the client consented to recording it, not to analysing it."""
    ctx = case_setup["ctx"]
    conv = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 23), goal="Vervolg")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 23))
    return conv, recordings.import_recording(ctx, conv.id, test_video)


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def test_without_analysis_consent_nobody_annotates_cuts_reflects_or_imports(case_setup, recording, only_recorded,
                                                                            tmp_path):
    pro = case_setup["ctx"]
    conv, rec = only_recorded
    annotations.add(pro, AnnotationDraft(recording.id, 1000, 2000, observation="mag wel: toestemming"))
    eaf = exchange_eaf.export_eaf(pro, recording.id, tmp_path / "gesprek.eaf").path
    srt = tmp_path / "gesprek.srt"
    srt.write_text(SRT, encoding="utf-8")
    for who, actor in (("professional", pro), ("system", pro.as_actor(SYSTEM))):
        attempts = {
            "annotate": lambda a=actor: annotations.add(a, AnnotationDraft(rec.id, 500, observation="x")),
            "annotate batch": lambda a=actor: annotations.add_many(a, [AnnotationDraft(rec.id, 500)]),
            "fragment": lambda a=actor: fragments.from_span(a, rec.id, 0, 1000),
            "playlist": lambda a=actor: fragments.create_playlist(a, rec.id, "reflection"),
            "reflection": lambda a=actor: reflection.start_reflection(a, conv.id, date(2026, 11, 30)),
            "transcript": lambda a=actor: exchange.import_transcript(a, rec.id, srt),
            "elan": lambda a=actor: exchange_eaf.import_eaf(a, rec.id, eaf),
            "slim": lambda a=actor: slim.add(a, conv.id, zelfbeeld=("wil_maar_kan_niet",),
                                             reviewer_id=case_setup["reviewer"].id),
        }
        for name, attempt in attempts.items():
            error = _refused(attempt)
            assert (error.nl, error.en) == (NO_ANALYSIS_NL, NO_ANALYSIS_EN), (who, name)
    assert _count(pro, Annotation, Annotation.recording_id == rec.id) == 0
    assert _count(pro, Fragment, Fragment.recording_id == rec.id) == 0
    assert _count(pro, Playlist, Playlist.recording_id == rec.id) == 0
    assert _count(pro, TranscriptCue, TranscriptCue.recording_id == rec.id) == 0
    assert _count(pro, ReflectionConversation, ReflectionConversation.conversation_id == conv.id) == 0
    # The cycle says the same: recorded, but annotating, fragments and reflection are not open for it.
    later = cycle.case_cycle(pro, case_setup["case"].id).conversations[1]
    assert later.recording_ids == (rec.id,)
    assert not any(later.step(key).available for key in ("annotations", "fragments", "reflection"))
    # Following up an earlier point there is the professional's own account (no fragment of it): allowed.
    refl = reflection.start_reflection(pro, case_setup["conversation"].id, date(2026, 11, 9))
    point = aandachtspunten.add_aandachtspunt(pro, refl.id, "Open vraag, dan stil zijn")
    assert aandachtspunten.record_followup(pro, point.id, conv.id, "ja").followups[0].conversation_id == conv.id
    # Granting the consent opens them all.
    consent.grant(pro, conv.id, "analysis", date(2026, 11, 23))
    assert annotations.add(pro, AnnotationDraft(rec.id, 500, observation="nu wel")).recording_id == rec.id
    assert exchange.import_transcript(pro, rec.id, srt).added == 1
    assert cycle.case_cycle(pro, case_setup["case"].id).conversations[1].step("annotations").available


def test_what_was_made_under_consent_cannot_be_changed_once_it_is_no_longer_in_force(case_setup, recording):
    pro, conv = case_setup["ctx"], case_setup["conversation"]
    note = annotations.add(pro, AnnotationDraft(recording.id, 1000, 2500, observation="raakmoment"))
    fragment = fragments.from_annotation(pro, note.id)
    spare = fragments.from_span(pro, recording.id, 4000, 5000, "Reserve")
    playlist = fragments.create_playlist(pro, recording.id, "reflection", "Agenda", (fragment.id,))
    refl = reflection.start_reflection(pro, conv.id, date(2026, 11, 9), playlist_id=playlist.id)
    point = aandachtspunten.add_aandachtspunt(pro, refl.id, "Open vraag, dan stil zijn", "thema.beurten")
    later = cases.add_conversation(pro, case_setup["case"].id, date(2026, 11, 23))
    consent.grant(pro, later.id, "analysis", date(2026, 11, 23))
    # No consent in force any more, its rows left in place (the app's own withdrawal would erase them).
    with pro.transaction() as db:
        db.execute(update(Consent).where(Consent.conversation_id == conv.id, Consent.purpose == "analysis")
                   .values(superseded_at=utcnow()))
    attempts = {
        "annotation update": lambda: annotations.update(pro, note.id, observation="anders"),
        "annotation delete": lambda: annotations.delete(pro, note.id),
        "fragment from annotation": lambda: fragments.from_annotation(pro, note.id),
        "fragment update": lambda: fragments.update(pro, fragment.id, title="Nieuw"),
        "fragment delete": lambda: fragments.delete_fragment(pro, fragment.id),
        "playlist add": lambda: fragments.add_to_playlist(pro, playlist.id, spare.id),
        "agenda add": lambda: reflection.add_to_agenda(pro, refl.id, spare.id),
        "agenda remove": lambda: reflection.remove_from_agenda(pro, refl.id, fragment.id),
        "agenda reorder": lambda: reflection.reorder_agenda(pro, refl.id, [fragment.id]),
        "reflection notes": lambda: reflection.note_reflection(pro, refl.id, "notitie"),
        "item notes": lambda: reflection.note_item(pro, refl.id, fragment.id, notes="notitie"),
        "new reflection": lambda: reflection.start_reflection(pro, conv.id, date(2026, 11, 10)),
        "aandachtspunt": lambda: aandachtspunten.add_aandachtspunt(pro, refl.id, "Nog een"),
        "leerpunt": lambda: aandachtspunten.record_leerpunt(pro, point.id, "Geleerd"),
        "reopen": lambda: aandachtspunten.reopen(pro, point.id),
        "followup": lambda: aandachtspunten.record_followup(pro, point.id, later.id, "ja"),
    }
    for name, attempt in attempts.items():
        error = _refused(attempt)
        assert (error.nl, error.en) == (NO_ANALYSIS_NL, NO_ANALYSIS_EN), name
    assert [a.observation for a in annotations.list_for_recording(pro, recording.id)] == ["raakmoment"]
    assert [f.title for f in fragments.list_for_recording(pro, recording.id)] == [fragment.title, "Reserve"]
    assert _count(pro, ReflectionItem, ReflectionItem.reflection_id == refl.id) == 1
    assert _count(pro, ReflectionConversation) == 1 and _count(pro, Aandachtspunt) == 1


def _backups(ctx) -> int:
    return _count(ctx, AuditEntry, AuditEntry.action == "backup")


def test_only_the_system_or_the_workspaces_own_professional_makes_a_backup(case_setup, recording, tmp_path):
    pro = case_setup["ctx"]
    out = tmp_path / "kopieen"  # not the workspace folder (tmp_path holds it on SQLite)
    out.mkdir()
    coach = _as(pro, case_setup["coach"])  # named in the analysis consent: may analyse, not take everything
    refused = {
        "coach": coach,
        "colleague": _as(pro, people.add_reviewer(pro, "Onbekende collega", "colleague")),
        "researcher": _as(pro, people.add_reviewer(pro, "Onderzoeker", "researcher")),
        "learning group": _as(pro, people.add_reviewer(pro, "Leergroep Noord", "learning_group")),
    }
    for name, actor in refused.items():
        error = _refused(lambda a=actor: exchange_backup.create_backup(a, out / "kopie.zip", passphrase=PASSPHRASE,
                                                                       include_media=True))
        assert "reservekopie" in error.nl and "backup" in error.en, name
        assert actor.actor.name in error.nl, name
    assert not any(out.iterdir()) and _backups(pro) == 0
    made = exchange_backup.create_backup(pro, out / "van-sanne.zip", passphrase=PASSPHRASE, include_media=True)
    assert made.path.is_file() and made.files >= 1
    assert exchange_backup.create_backup(pro.as_actor(SYSTEM), out / "systeem.zip", passphrase=PASSPHRASE).path.is_file()
    # Once the workspace also holds another professional's case, only the system backs up everything.
    other, _reviewer = people.add_professional(pro, "Pieter Jansen")
    client = people.add_client(pro)
    cases.add_case(pro, other.id, client.id, "Andere casus")
    error = _refused(lambda: exchange_backup.create_backup(pro, out / "te-veel.zip", passphrase=PASSPHRASE))
    assert "andere professional" in error.nl and "another professional" in error.en
    assert not (out / "te-veel.zip").exists()
    assert exchange_backup.create_backup(pro.as_actor(SYSTEM), out / "alles.zip", passphrase=PASSPHRASE).path.is_file()
    assert _backups(pro) == 3


def _cli_list(ctx, actor_id: int, capsys) -> list[dict]:
    ws = ctx.workspace
    where = (["--workspace", str(ws.root)] if ws.db_url.startswith("sqlite")
             else ["--db", ws.db_url, "--media", str(ws.media_dir)])
    code = main([*where, "--as", str(actor_id), "--json", "recordings", "list"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_a_reviewer_who_may_not_open_a_recording_does_not_see_where_it_is(case_setup, recording, capsys):
    pro = case_setup["ctx"]
    vault_name = recording.path.name
    stranger = people.add_reviewer(pro, "Onbekende collega", "colleague")
    group = people.add_reviewer(pro, "Leergroep Noord", "learning_group")
    for reviewer in (stranger, group):
        (row,) = recordings.list_recordings(_as(pro, reviewer))
        assert (row.id, row.original_name, row.duration_ms) == (recording.id, recording.original_name,
                                                                recording.duration_ms)
        assert (row.path, row.sha256, row.may_open, row.available) == (None, None, False, False)
        assert recordings.get(_as(pro, reviewer), recording.id).path is None
        listed = _cli_list(pro, reviewer.id, capsys)
        assert [r["id"] for r in listed] == [recording.id]
        assert vault_name not in json.dumps(listed) and recording.sha256 not in json.dumps(listed)
    for reviewer in (case_setup["coach"], case_setup["reviewer"]):  # named in the consent; the professional
        (row,) = recordings.list_recordings(_as(pro, reviewer), case_setup["conversation"].id)
        assert row.path == recording.path and row.sha256 == recording.sha256 and row.may_open and row.available
        assert _cli_list(pro, reviewer.id, capsys)[0]["path"] == str(recording.path)
