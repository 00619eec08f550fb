"""Issue 11, item 2: the audit log keeps no export file names and no other texts of the client. Every export,
import and edit of a filled case is run with the client's name in the texts and in the file names; then the
whole audit table (of the workspace and of a workspace restored from its backup) holds none of them."""

from __future__ import annotations

import shutil
import uuid
from datetime import date

from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import (
    annotations,
    cases,
    client_feedback,
    consent,
    consent_documents,
    fragments,
    people,
    plan,
    recordings,
    reflection,
    slim,
)
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.models import AuditEntry
from kijkwijzer.workspace import Workspace
from tests.support.sealed_backup import PASSPHRASE

from .client_support import fill_client


def _audit_texts(ctx) -> list[str]:
    with ctx.store.read() as session:
        return [" | ".join(str(v) for v in (e.actor, e.action, e.object_type, e.object_id, e.detail))
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_no_export_import_or_edit_leaves_a_client_text_in_the_audit_log(case_setup, test_video, tmp_path):
    ctx = case_setup["ctx"]
    token = uuid.uuid4().hex[:10]
    name = f"Jozefien Quackenbosch-{token}"  # the client's name, in texts and in every file name below
    outside = tmp_path / "buiten"
    outside.mkdir()
    video = shutil.copy(test_video, outside / f"{name}.mp4")
    filled = fill_client(ctx, case_setup, token, video, outside)
    conversation_id = filled.conversation_ids[0]
    recording_id = filled.recording.id
    said = f"{name} zei het zelf"

    # every edit, each with the client's name in what is typed
    people.update_client(ctx, filled.client_id, real_name=f"{name} de Tweede", profile=said)
    cases.update_case(ctx, filled.case_id, title=said, reason=said, goal=said, profile=said)
    event = cases.add_case_event(ctx, filled.case_id, date(2026, 11, 20), "outcome", said)
    cases.update_case_event(ctx, event.id, text=f"{said}, opnieuw")
    cases.update_conversation(ctx, conversation_id, goal=said, setting=f"bij {name} thuis",
                              participants=[("relative", f"moeder van {name}")])
    note = annotations.add(ctx, AnnotationDraft(recording_id, 2000, observation=said, quote=said))
    annotations.update(ctx, note.id, observation=f"{said}!", felt_unsaid=said, tags=(name,))
    fragment = fragments.from_span(ctx, recording_id, 100, 900, title=said)
    fragments.update(ctx, fragment.id, title=f"{said}?")
    playlist = fragments.create_playlist(ctx, recording_id, "client_interview", title=said)
    fragments.update_playlist(ctx, playlist.id, title=f"{said}.")
    client_feedback.record_reaction(ctx, fragment.id, words=said, feeling=said, addition=said)
    client_feedback.mark(ctx, fragment.id, "match", note=said)
    client_feedback.record_score(ctx, conversation_id, ctx.content.feedback_questions[1].id, 7, words=said)
    refl = reflection.start_reflection(ctx, conversation_id, date(2026, 11, 9), fragment_ids=(fragment.id,),
                                       notes=said)
    reflection.note_reflection(ctx, refl.id, f"{said} (2)")
    reflection.note_item(ctx, refl.id, fragment.id, notes=said, tips=said)
    slim.add(ctx, conversation_id, zelfbeeld=("slim.zelfbeeld.wil_en_kan",), phase=said, analysis=said, note=said)
    action = next(a for p in plan.list_plans(ctx, case_setup["professional"].id) for a in p.actions)
    plan.update_action(ctx, action.id, text=f"Doorvragen bij {name}", note=said)

    # every import, from files named after the client
    srt = outside / f"{name}.srt"
    srt.write_text(f"1\n00:00:00,000 --> 00:00:01,000\n{said}\n", encoding="utf-8")
    exchange.import_transcript(ctx, recording_id, srt, replace=True)
    eaf = exchange_eaf.export_eaf(ctx, recording_id, outside / f"{name}.eaf").path
    exchange_eaf.import_eaf(ctx, recording_id, shutil.copy(eaf, outside / f"{name} terug.eaf"))
    consent.grant(ctx, filled.conversation_ids[1], "recording", date(2026, 12, 1))
    recordings.import_recording(ctx, filled.conversation_ids[1], shutil.copy(test_video, outside / f"{name} 2.mp4"))

    # every export, to files named after the client
    exchange.export_csv(ctx, conversation_id, outside / f"{name}.csv")
    exchange.export_srt(ctx, recording_id, outside / f"{name} ondertitels.srt")
    exchange_report.export_report(ctx, conversation_id, outside / f"{name}.pdf")
    exchange_report.export_story(ctx, filled.case_id, outside / f"{name} verhaal.md")
    consent_documents.write(ctx, conversation_id, outside / f"{name} formulier.pdf")
    consent_documents.write(ctx, conversation_id, outside / f"{name} folder.html", leaflet=True)
    backup = outside / f"{name} kopie.zip"
    exchange_backup.create_backup(ctx, backup, passphrase=PASSPHRASE, include_media=True)
    restored = open_context(Workspace.at(tmp_path / "teruggezet"))
    try:
        exchange_backup.restore_backup(restored, backup, PASSPHRASE)
        restored_log = _audit_texts(restored)
    finally:
        restored.store.dispose()
    # after the backup: a corrected consent cannot be restored yet (its forward reference to the new version)
    form = outside / f"toestemming {name}.pdf"
    form.write_bytes(b"%PDF-1.4 " + said.encode())
    analysis = next(c for c in consent.list_for_conversation(ctx, conversation_id)
                    if c.purpose == "analysis" and c.active)
    consent.correct(ctx, analysis.id, form_file=form)
    logs = {"workspace": _audit_texts(ctx), "restored": restored_log}

    actions = {row.split(" | ")[1] for row in logs["workspace"]}
    assert {"export", "import", "transcript.import", "consent.form", "consent.leaflet", "backup", "consent.correct",
            "case.update", "client.update", "annotation.update", "recording.import"} <= actions
    assert any("backup.restore" in row for row in logs["restored"])
    for where, rows in logs.items():
        leaks = [row for row in rows if token in row or "Jozefien" in row or "Quackenbosch" in row]
        assert leaks == [], f"client texts in the audit log ({where}): {leaks}"


def test_file_names_an_older_version_wrote_into_the_log_go_when_a_client_is_erased(case_setup):
    """Audit rows written before this version named the files; erasing a client cuts them down to the
    format and the counts (the rest of each row, and rows of other kinds, stay as they were)."""
    from kijkwijzer.services import audit, client_erasure

    ctx = case_setup["ctx"]
    old = {"export": "pdf-verslag: Jozefien Quackenbosch.pdf",
           "import": "eaf: 3 annotaties, 1 fragmenten, 0 reacties uit Jozefien.eaf",
           "transcript.import": "srt: 12 regels uit Jozefien Q.srt",
           "backup": "Jozefien kopie.zip, met opnamen",
           "backup.restore": "Jozefien kopie.zip: 120 rijen, 4 bestanden"}
    with ctx.transaction() as session:
        for action, detail in old.items():
            audit.record(session, ctx.actor, action, "conversation", 1, detail)
        audit.record(session, ctx.actor, "export", "conversation", 1, "csv: onderdelen 2, vervangen 1")
    client_erasure.erase_client(ctx, case_setup["client"].id)
    details = [(e.action, e.detail) for e in reversed(audit.list_entries(ctx))
               if e.action in old or e.action == "export"]
    assert details == [("export", "pdf-verslag"), ("import", "eaf: 3 annotaties, 1 fragmenten, 0 reacties"),
                       ("transcript.import", "srt: 12 regels"), ("backup", "met opnamen"),
                       ("backup.restore", "120 rijen, 4 bestanden"), ("export", "csv: onderdelen 2, vervangen 1")]
