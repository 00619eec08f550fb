"""Helpers for the privacy tests: fill a recording with everything derived from it, and scan files for bytes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, cases, client_feedback, consent, fragments, recordings
from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.recordings import RecordingView
from kijkwijzer.store.models import ReflectionConversation, SlimAnalysis, TranscriptCue
from tests.support.needles import Needles


@dataclass(frozen=True)
class Derived:
    markers: tuple[str, ...]
    still_path: Path
    waveform_path: Path


@dataclass(frozen=True)
class Other:
    recording: RecordingView
    marker: str
    vault_file: Path


def scan(root: Path, needles: dict[str, bytes]) -> list[tuple[str, str]]:
    """Every (file, needle name) where a needle's bytes occur in a file under root."""
    finder = Needles(needles)
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found += [(str(path), label) for label in finder.found_in(data)]
    return found


def make_still(recording: RecordingView, target: Path) -> Path:
    """A real still of the recording, as the review view saves one for an annotation."""
    from kijkwijzer.media.stills import extract_still

    return extract_still(recording.source or recording.path, 1500, target)  # sealed with its key


def make_waveform_cache(ctx: Context, recording: RecordingView) -> Path:
    """The waveform cache the timeline keeps per content hash."""
    from kijkwijzer.media.waveform import load_or_compute

    load_or_compute(recording.source or recording.path, ctx.workspace.cache_dir, recording.sha256)
    return next(ctx.workspace.cache_dir.glob(f"{recording.sha256}*"))


def derive_everything(ctx: Context, setup: dict, recording: RecordingView, token: str) -> Derived:
    """Annotations (two reviewers, a still), fragments, a client reaction, a feedback score, transcript
    cues, a SLIM analysis and a reflection conversation, each holding a unique marker text."""
    conversation = setup["conversation"]
    consent.grant(ctx, conversation.id, "client_interview", conversation.held_on)
    m = {k: f"MARKER-{token}-{k}" for k in (
        "observation", "quote", "below", "felt", "tag", "coach", "fragment", "words", "feeling", "addition",
        "score", "cue1", "cue2", "slim", "reflection")}
    still = make_still(recording, ctx.workspace.stills_dir / f"still-{token}.png")
    first = annotations.add(ctx, AnnotationDraft(
        recording.id, 1200, 2600, observation=m["observation"], quote=m["quote"], below_waterline=m["below"],
        felt_unsaid=m["felt"], tags=(m["tag"],), still_name=still.name))
    coach = setup["coach"]
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    annotations.add(as_coach, AnnotationDraft(recording.id, 3000, observation=m["coach"]))
    from_note = fragments.from_annotation(ctx, first.id)
    fragments.from_span(ctx, recording.id, 3000, 4500, title=m["fragment"])
    client_feedback.record_reaction(ctx, from_note.id, words=m["words"], feeling=m["feeling"], addition=m["addition"])
    question = ctx.content.feedback_questions[0].id
    client_feedback.record_score(ctx, conversation.id, question, 3, words=m["score"])
    with ctx.transaction() as session:  # no service writes these yet; the rows are what one would write
        session.add_all([
            TranscriptCue(recording_id=recording.id, start_ms=0, end_ms=900, speaker="cliënt", text=m["cue1"]),
            TranscriptCue(recording_id=recording.id, start_ms=900, end_ms=1800, speaker="km", text=m["cue2"]),
            SlimAnalysis(conversation_id=conversation.id, reviewer_id=coach.id, note=m["slim"]),
            ReflectionConversation(conversation_id=conversation.id, held_on=conversation.held_on,
                                   notes=m["reflection"]),
        ])
    return Derived(tuple(m.values()), still, make_waveform_cache(ctx, recording))


def add_second_conversation(ctx: Context, setup: dict, outside: Path | None, token: str,
                            video: Path | None = None) -> Other:
    """Another conversation of the same case, with its own recording and one annotation (the control)."""
    from kijkwijzer.media.synth import make_test_video

    conversation = cases.add_conversation(ctx, setup["case"].id, setup["conversation"].held_on, goal="vervolg")
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conversation.id, purpose, conversation.held_on)
    source = video or make_test_video(outside / "vervolg.mp4", seconds=3)
    recording = recordings.import_recording(ctx, conversation.id, source)
    marker = f"CONTROL-{token}-kept"
    annotations.add(ctx, AnnotationDraft(recording.id, 500, observation=marker))
    return Other(recording, marker, recording.path)


# ---- a scan of everything that may hold a remnant: the workspace, the database server's files, /tmp ---------

HARNESS_DIRS = ("bash_jobs", "bash_tool_")  # the session machinery's own folders in /tmp: not ours to read
_LARGEST = 1 << 30


def scan_changed_since(root: Path, needles: dict[str, bytes], since: float) -> list[tuple[str, str]]:
    """Like `scan`, for a shared folder such as /tmp: regular files only (a FIFO would hang the read), not
    following links, and only files changed since `since` (all the test itself can have written there)."""
    import stat

    finder = Needles(needles)
    found = []
    for folder, dirs, files in os.walk(root):
        if Path(folder) == Path(root):
            dirs[:] = [d for d in dirs if not d.startswith(HARNESS_DIRS)]
        for name in files:
            path = Path(folder) / name
            try:
                status = path.lstat()
                if (not stat.S_ISREG(status.st_mode) or status.st_size > _LARGEST
                        or max(status.st_mtime, status.st_ctime) < since):
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            found += [(str(path), label) for label in finder.found_in(data)]
    return found


def on_disk(ctx: Context) -> None:
    """Before a test looks for texts in the files: SQLite's WAL checkpointed into the main file; PostgreSQL's dirty
    pages written to the table files (CHECKPOINT), where each row lies whole. In the WAL alone a text can be cut
    in two by a WAL page header, and a scan then misses a text that is there (seen once in CI)."""
    from sqlalchemy import text

    from kijkwijzer.services import scrub

    if ctx.store.is_sqlite:
        scrub.checkpoint_sqlite(ctx.store)
        return
    with ctx.store.engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("CHECKPOINT"))


def scan_everywhere(ctx: Context, needles: dict[str, bytes], since: float, server_data: Path | None = None,
                    originals: tuple[Path, ...] = ()) -> list[tuple[str, str]]:
    """Every file under the workspace and the PostgreSQL data directory, and what changed in /tmp since
    `since`, that holds one of the needles; `originals` (the user's own files the test imported from) are
    theirs, not remnants."""
    from tests.support.temp_roots import temporary_roots

    found = set(scan(ctx.workspace.root, needles))
    if server_data is not None:
        found |= set(scan(Path(server_data), needles))
    for root in temporary_roots():
        found |= set(scan_changed_since(root, needles, since))
    own = {str(Path(p).resolve()) for p in originals}
    return sorted(item for item in found if str(Path(item[0]).resolve()) not in own)
