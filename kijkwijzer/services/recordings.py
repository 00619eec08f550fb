"""Recordings: import into the vault (only with consent to record, only real audio or video), list, open,
locate a moved file, and remove or replace a wrong one (the same verified erasure as a withdrawal).

Every recording is sealed in the vault under its own content key `media:<sha256>` (services/content_keys.py),
stored in the importing transaction; opening a recording hands out a MediaSource (the vault file with its
key) for the player, the stills and the waveform, never a plaintext copy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.crypto.sealed import is_sealed, new_key
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.media.source import CarriesSource, MediaSource
from kijkwijzer.media.vault import VaultEntry, sha256_of
from kijkwijzer.store.models import ContentKey, Conversation, Recording

from . import audit, content_keys, erasure
from .access import refusal, require_purpose, require_recording_access
from .context import Context
from .erasure import ErasureReport
from .topics import Change

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class RecordingView(CarriesSource):
    id: int
    conversation_id: int
    original_name: str
    sha256: str | None  # None (like path) in a list for an actor who may not open this recording
    path: Path | None
    size_bytes: int
    duration_ms: int
    has_video: bool
    has_audio: bool
    width: int
    height: int
    rotation: int
    fps: float
    variable_frame_rate: bool
    # A written account without a media file (the casebook): no path, no source; its transcript is the recording.
    text_only: bool = False
    # .source: the vault file with its key (MediaSource), only from open_recording and the import

    @property
    def may_open(self) -> bool:
        """False for a row listed to an actor who may not open the recording (it comes without path and hash)."""
        return self.path is not None or (self.text_only and self.sha256 is not None)

    @property
    def available(self) -> bool:
        """Whether there is something to open: the vault file, or (text only) the transcript in the database."""
        if self.text_only:
            return self.may_open
        return self.path is not None and self.path.is_file()


def _view(ctx: Context, r: Recording, *, hidden: bool = False, session: Session | None = None) -> RecordingView:
    """The view; `hidden` leaves out where the file is and its hash (for an actor who may not open it); with
    `session` it carries the MediaSource to play and read the recording with."""
    sha256, path = (None, None) if hidden else (r.sha256, ctx.workspace.vault_dir / r.vault_name)
    if r.text_only:  # no file: nothing in the vault to point at or to play
        path = None
    source = _source(ctx, session, r) if session is not None and not hidden and not r.text_only else None
    return RecordingView(r.id, r.conversation_id, r.original_name, sha256, path,
                         r.size_bytes, r.duration_ms, r.has_video, r.has_audio, r.width, r.height, r.rotation,
                         r.fps, r.variable_frame_rate, bool(r.text_only)).with_source(source)


def text_only_refusal(nl: str, en: str) -> BadInput:
    """What is said when a media action is asked of a written account (`nl`/`en`: what was asked, "play it")."""
    return BadInput(f"Dit is een tekstverslag uit het casusboek, zonder beeld of geluid: u kunt het niet {nl}.",
                    f"This is a written account from the casebook, without picture or sound: you cannot {en}.")


def _source(ctx: Context, session: Session, r: Recording) -> MediaSource:
    """The vault file with its content key (None for a plain file of an older workspace before its upgrade)."""
    return MediaSource(ctx.workspace.vault_dir / r.vault_name,
                       content_keys.find(session, content_keys.media_key_id(r.sha256)), r.original_name)


def media_source(ctx: Context, recording_id: int) -> MediaSource:
    """What the player, the stills and the waveform read the recording from: the vault file and its key.
    The same access check as opening it (consent, reviewers), without an audit row of its own."""
    with ctx.store.read() as session:
        row = require_recording_access(session, ctx.actor, recording_id)
        if row.text_only:
            raise text_only_refusal("afspelen of beelden maken", "play it or take stills")
        return _source(ctx, session, row)


def import_recording(ctx: Context, conversation_id: int, source: Path, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> RecordingView:
    """Copy a file into the vault under its SHA-256 and register it. Anything that is not audio or video
    (text, a still image, subtitles) is refused by the probe before a byte is written."""
    return _import(ctx, conversation_id, Path(source), progress, cancel)


def _import(ctx: Context, conversation_id: int, source: Path, progress: Progress | None, cancel: Cancel | None,
            not_sha256: str | None = None) -> RecordingView:
    with ctx.store.read() as session:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        require_purpose(session, conversation_id, "recording")
    key = new_key()
    entry = ctx.vault.import_file(source, key, progress=progress, cancel=cancel,
                                  keep_existing=lambda sha, path: _usable(ctx, sha, path), hold=True)
    try:
        return _register(ctx, conversation_id, source, entry, key, not_sha256)
    finally:
        ctx.vault.release(entry)


def _usable(ctx: Context, sha256: str, path: Path) -> bool:
    """Whether a vault file already holding this content can be kept: its key is stored, or it is a plain
    file of an older workspace. A sealed file without a key (a crash before its import committed) is noise."""
    if not is_sealed(path):
        return True
    with ctx.store.read() as session:
        return content_keys.find(session, content_keys.media_key_id(sha256)) is not None


def _store_key(session: Session, entry: VaultEntry, key: bytes) -> None:
    """The new file's key goes with the row; a file that was already there keeps its own key."""
    if not entry.created:
        return
    key_id = content_keys.media_key_id(entry.sha256)
    row = session.get(ContentKey, key_id)
    if row is None:
        session.add(ContentKey(id=key_id, key=key))
    else:  # the old file was gone (missing) and was sealed anew: what its old key sealed is noise now
        row.key = key


def _register(ctx: Context, conversation_id: int, source: Path, entry: VaultEntry, key: bytes,
              not_sha256: str | None) -> RecordingView:
    if entry.sha256 == not_sha256:  # the vault file belongs to the recording being replaced: keep it
        raise BadInput(f"{source.name} is dezelfde opname als die u wilt vervangen.",
                       f"{source.name} is the same recording as the one you want to replace.")
    info = entry.info
    try:
        with ctx.transaction() as session:
            _store_key(session, entry, key)
            row = Recording(conversation_id=conversation_id, sha256=entry.sha256, original_name=source.name,
                            vault_name=entry.path.name, size_bytes=entry.size, duration_ms=info.duration_ms,
                            has_video=info.has_video, has_audio=info.has_audio, width=info.width or 0,
                            height=info.height or 0, rotation=info.rotation or 0, fps=info.fps or 0.0,
                            variable_frame_rate=bool(info.variable_frame_rate))
            session.add(row)
            session.flush()
            ctx.changed(session, Change.RECORDING_IMPORT, row.id, detail=f"sha256 {entry.sha256[:12]}",
                        scope_id=conversation_id)
            return _view(ctx, row, session=session)
    except Exception:
        if entry.created:  # the file was not there (or was keyless noise) before this import: as it was
            ctx.vault.erase(entry.sha256)
        raise


def open_recording(ctx: Context, recording_id: int) -> RecordingView:
    """Open for viewing: checks consent and writes the audit row of the view."""
    with ctx.transaction() as session:
        row = require_recording_access(session, ctx.actor, recording_id)
        audit.record(session, ctx.actor, "recording.view", "recording", recording_id)
        return _view(ctx, row, session=session)


def exists(ctx: Context, recording_id: int) -> bool:
    """Whether the recording is still in the store: an erasure may have been done elsewhere (the CLI, another
    workbench). One primary-key look-up, no audit row, nothing about the recording revealed."""
    with ctx.store.read() as session:
        return session.scalar(select(Recording.id).where(Recording.id == recording_id)) is not None


def get(ctx: Context, recording_id: int) -> RecordingView:
    """The recording's facts without opening it (no audit row); path and hash only for who may open it."""
    with ctx.store.read() as session:
        row = session.get(Recording, recording_id)
        if row is None:
            raise NotFound(f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist.")
        return _view(ctx, row, hidden=refusal(session, ctx.actor, row) is not None)


def list_recordings(ctx: Context, conversation_id: int | None = None) -> list[RecordingView]:
    """Every recording (of one conversation), so a reviewer sees what exists. A row the actor may not open
    (access.refusal: a learning group, a reviewer not named in the analysis consent) is listed without its
    vault path and without its SHA-256 (`may_open` is False); the system and the case's professional see all."""
    with ctx.store.read() as session:
        query = select(Recording).order_by(Recording.id)
        if conversation_id is not None:
            query = query.where(Recording.conversation_id == conversation_id)
        return [_view(ctx, r, hidden=refusal(session, ctx.actor, r) is not None) for r in session.scalars(query)]


def locate(ctx: Context, recording_id: int, candidate: Path) -> RecordingView:
    """Put a found copy of a missing recording back in the vault, if its content hash matches."""
    with ctx.store.read() as session:
        row = require_recording_access(session, ctx.actor, recording_id)
        if row.text_only:
            raise text_only_refusal("terugzetten uit een bestand", "put it back from a file")
        expected = row.sha256
        key = content_keys.find(session, content_keys.media_key_id(expected))
    if not Path(candidate).is_file():
        raise NotFound(f"Bestand niet gevonden: {candidate}", f"File not found: {candidate}")
    if sha256_of(Path(candidate)) != expected:
        raise BadInput(
            f"{Path(candidate).name} is niet dezelfde opname (inhoud verschilt).",
            f"{Path(candidate).name} is not the same recording (content differs).",
        )
    fresh = key or new_key()  # the recording's own key, so its stills and waveform stay readable
    entry = ctx.vault.import_file(Path(candidate), fresh, keep_existing=lambda sha, path: _usable(ctx, sha, path),
                                  hold=True)
    try:
        with ctx.transaction() as session:
            _store_key(session, entry, fresh)
            audit.record(session, ctx.actor, "recording.locate", "recording", recording_id)
    finally:
        ctx.vault.release(entry)
    return get(ctx, recording_id)


# ---- a wrong recording -------------------------------------------------------------------------------------------

def preview_removal(ctx: Context, recording_id: int) -> ErasureReport:
    """What removing the recording would erase (counts only, nothing changed), for the confirmation."""
    return erasure.preview_recording_erasure(ctx, recording_id)


def remove_recording(ctx: Context, recording_id: int) -> ErasureReport:
    """Erase a wrong recording with everything derived from it (files overwritten, then unlinked), as a
    withdrawal would; the consent stays. Only the case's own professional."""
    return erasure.erase_recording(ctx, recording_id)


def replace_recording(ctx: Context, recording_id: int, source: Path, progress: Progress | None = None,
                      cancel: Cancel | None = None) -> tuple[RecordingView, ErasureReport]:
    """Import the right file into the same conversation first, then erase the wrong one. A refused or
    cancelled import leaves the old recording untouched."""
    with ctx.store.read() as session:
        old = session.get(Recording, recording_id)
        if old is None:
            raise NotFound(f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist.")
        conversation_id, old_sha = old.conversation_id, old.sha256
        erasure.require_case_professional(session, ctx.actor, conversation_id, "een opname vervangen",
                                          "replace a recording")
    new = _import(ctx, conversation_id, Path(source), progress, cancel, not_sha256=old_sha)
    return new, erasure.erase_recording(ctx, recording_id)
