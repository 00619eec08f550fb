"""Fragments (from a span or an annotation) and playlists of them with an order and a purpose.

Everything here needs access to the recording (professional or reviewer named in the analysis consent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, object_session

from kijkwijzer.domain.feedback import (
    PLAYLIST_PURPOSES,
    fragment_span,
    moved,
    purpose_label,
    reordered,
    require_choice,
)
from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Annotation, Fragment, Playlist, PlaylistItem

from . import lab_erasure
from .access import require_analysis_access, require_recording_access
from .context import Context
from .erasure import finish_pending
from .numbering import fragment_numbers
from .topics import Change


@dataclass(frozen=True)
class FragmentView:
    id: int
    recording_id: int
    annotation_id: int | None
    start_ms: int
    end_ms: int
    title: str
    created_at: datetime | None = None
    number: int | None = None  # "Fragment 2": as the review, the PDF report and the plan name it

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class PlaylistView:
    id: int
    recording_id: int
    purpose: str
    purpose_label: str
    title: str
    fragments: tuple[FragmentView, ...]

    @property
    def duration_ms(self) -> int:
        return sum(f.duration_ms for f in self.fragments)


def fragment_view(row: Fragment) -> FragmentView:
    """The view with its number within its recording (domain/numbering.py: by id, from 1)."""
    session = object_session(row)
    return FragmentView(row.id, row.recording_id, row.annotation_id, row.start_ms, row.end_ms, row.title,
                        row.created_at, _number(session, row) if session is not None else None)


def _number(session: Session, row: Fragment) -> int | None:
    """One query numbers every fragment of the recording, kept for the rest of this session (one service
    call): a list of 200 fragments costs one look-up, not 200. A fragment made since is counted anew."""
    known: dict[int, dict[int, int]] = session.info.setdefault("fragment_numbers", {})
    numbers = known.get(row.recording_id)
    if numbers is None or row.id not in numbers:
        numbers = known[row.recording_id] = fragment_numbers(session, [row.recording_id])
    return numbers.get(row.id)


def load_fragment(session: Session, ctx: Context, fragment_id: int, *, change: bool = False) -> Fragment:
    """The fragment, after checking the actor may open its recording; to `change` it (or use it in a reflection)
    the client's analysis consent must be in force too."""
    row = session.get(Fragment, fragment_id)
    if row is None:
        raise NotFound(f"Fragment {fragment_id} bestaat niet.", f"Fragment {fragment_id} does not exist.")
    (require_analysis_access if change else require_recording_access)(session, ctx.actor, row.recording_id)
    return row


def _title(title: str) -> str:
    """A title is one line of at most 300 characters (line breaks become spaces)."""
    return free_line(" ".join(free_text(title, "Titel", "Title").split()), "Titel", "Title", limit=300)


def _insert(session: Session, ctx: Context, recording_id: int, start_ms: int, end_ms: int, title: str,
            annotation_id: int | None) -> FragmentView:
    row = Fragment(recording_id=recording_id, annotation_id=annotation_id, start_ms=start_ms, end_ms=end_ms,
                   title=_title(title), created_by=ctx.actor.reviewer_id)
    session.add(row)
    session.flush()
    view = fragment_view(row)
    ctx.changed(session, Change.FRAGMENT_ADD, row.id, detail=f"recording {recording_id}", scope_id=recording_id,
                view=view)
    return view


def from_span(ctx: Context, recording_id: int, start_ms: int, end_ms: int | None, title: str = "") -> FragmentView:
    """A fragment of any span; a single moment gets context before and after it."""
    with ctx.transaction() as session:
        recording = require_analysis_access(session, ctx.actor, recording_id)
        start, end = fragment_span(start_ms, end_ms, recording.duration_ms)
        return _insert(session, ctx, recording_id, start, end, title, None)


def from_annotation(ctx: Context, annotation_id: int, title: str | None = None) -> FragmentView:
    """A fragment of an annotation's span (a moment gets context); titled after the observation."""
    with ctx.transaction() as session:
        note = session.get(Annotation, annotation_id)
        if note is None:
            raise NotFound(f"Annotatie {annotation_id} bestaat niet.", f"Annotation {annotation_id} does not exist.")
        recording = require_analysis_access(session, ctx.actor, note.recording_id)
        start, end = fragment_span(note.start_ms, note.end_ms, recording.duration_ms)
        default = (note.observation or note.quote).split("\n")[0][:120]
        return _insert(session, ctx, note.recording_id, start, end, title if title is not None else default,
                       annotation_id)


def update(ctx: Context, fragment_id: int, *, title: str | None = None, start_ms: int | None = None,
           end_ms: int | None = None) -> FragmentView:
    with ctx.transaction() as session:
        row = load_fragment(session, ctx, fragment_id, change=True)
        if start_ms is not None or end_ms is not None:
            recording = require_recording_access(session, ctx.actor, row.recording_id)
            new_start = row.start_ms if start_ms is None else start_ms
            new_end = row.end_ms if end_ms is None else end_ms
            row.start_ms, row.end_ms = fragment_span(new_start, new_end, recording.duration_ms)
        if title is not None:
            row.title = _title(title)
        session.flush()
        view = fragment_view(row)
        ctx.changed(session, Change.FRAGMENT_UPDATE, row.id, scope_id=row.recording_id, view=view)
        return view


def delete_fragment(ctx: Context, fragment_id: int) -> FragmentView:
    """Remove a fragment; it leaves every playlist and agenda it was on, and its client reaction goes too, and so
    does its sharing with learning groups (their feedback, the clip file and its key)."""
    with ctx.transaction() as session:
        row = load_fragment(session, ctx, fragment_id, change=True)
        view = fragment_view(row)
        unshared = lab_erasure.erase_shares_of_fragments(session, [fragment_id])
        session.delete(row)
        session.info.pop("fragment_numbers", None)  # the numbers behind it close up (domain/numbering.py)
        ctx.changed(session, Change.FRAGMENT_DELETE, fragment_id, detail=f"recording {view.recording_id}",
                    scope_id=view.recording_id, view=view, events=lab_erasure.unshared_events(session))
    if unshared:
        finish_pending(ctx)  # the clip files
    return view


def get(ctx: Context, fragment_id: int) -> FragmentView:
    with ctx.store.read() as session:
        return fragment_view(load_fragment(session, ctx, fragment_id))


def list_for_recording(ctx: Context, recording_id: int) -> list[FragmentView]:
    with ctx.store.read() as session:
        require_recording_access(session, ctx.actor, recording_id)
        rows = session.scalars(select(Fragment).where(Fragment.recording_id == recording_id)
                               .order_by(Fragment.start_ms, Fragment.id))
        return [fragment_view(r) for r in rows]


# ---- playlists ------------------------------------------------------------------------------------------

def _load_playlist(session: Session, ctx: Context, playlist_id: int, *, change: bool = False) -> Playlist:
    """The playlist, if the actor may open its recording; to `change` it the analysis consent must be in force."""
    row = session.get(Playlist, playlist_id)
    if row is None:
        raise NotFound(f"Afspeellijst {playlist_id} bestaat niet.", f"Playlist {playlist_id} does not exist.")
    (require_analysis_access if change else require_recording_access)(session, ctx.actor, row.recording_id)
    return row


def item_ids(session: Session, playlist_id: int) -> list[int]:
    return list(session.scalars(select(PlaylistItem.fragment_id).where(PlaylistItem.playlist_id == playlist_id)
                                .order_by(PlaylistItem.position, PlaylistItem.fragment_id)))


def playlist_view(session: Session, row: Playlist, lang: str = "nl") -> PlaylistView:
    rows = session.execute(select(Fragment).join(PlaylistItem, PlaylistItem.fragment_id == Fragment.id)
                           .where(PlaylistItem.playlist_id == row.id)
                           .order_by(PlaylistItem.position, PlaylistItem.fragment_id)).scalars()
    return PlaylistView(row.id, row.recording_id, row.purpose, purpose_label(row.purpose, lang), row.title,
                        tuple(fragment_view(f) for f in rows))


def _check_same_recording(session: Session, playlist: Playlist, fragment_ids: list[int]) -> None:
    for fid in fragment_ids:
        fragment = session.get(Fragment, fid)
        if fragment is None:
            raise NotFound(f"Fragment {fid} bestaat niet.", f"Fragment {fid} does not exist.")
        if fragment.recording_id != playlist.recording_id:
            raise BadInput(f"Fragment {fid} hoort bij een andere opname dan deze afspeellijst.",
                           f"Fragment {fid} belongs to another recording than this playlist.")


def _write_order(session: Session, playlist_id: int, order: list[int]) -> None:
    session.execute(delete(PlaylistItem).where(PlaylistItem.playlist_id == playlist_id))
    session.flush()
    for position, fid in enumerate(order):
        session.add(PlaylistItem(playlist_id=playlist_id, fragment_id=fid, position=position))
    session.flush()


def _changed(session: Session, ctx: Context, row: Playlist, change: Change, detail: str = "") -> PlaylistView:
    view = playlist_view(session, row)
    ctx.changed(session, change, row.id, detail=detail, scope_id=row.recording_id, view=view)
    return view


def create_playlist(ctx: Context, recording_id: int, purpose: str, title: str = "",
                    fragment_ids: tuple[int, ...] = ()) -> PlaylistView:
    """A playlist "voor het cliëntinterview" or "voor het reflectiegesprek", in the order given."""
    require_choice(purpose, PLAYLIST_PURPOSES, "bedoeling", "purpose")
    with ctx.transaction() as session:
        require_analysis_access(session, ctx.actor, recording_id)
        row = Playlist(recording_id=recording_id, purpose=purpose, title=_title(title))
        session.add(row)
        session.flush()
        order = list(dict.fromkeys(fragment_ids))
        _check_same_recording(session, row, order)
        _write_order(session, row.id, order)
        return _changed(session, ctx, row, Change.PLAYLIST_ADD, purpose)


def update_playlist(ctx: Context, playlist_id: int, *, title: str | None = None,
                    purpose: str | None = None) -> PlaylistView:
    """Rename a playlist, or give it the other purpose (a list for the reflection becomes one for the client
    interview); its fragments and their order stay."""
    if purpose is not None:
        require_choice(purpose, PLAYLIST_PURPOSES, "bedoeling", "purpose")
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        changed = []
        if title is not None and _title(title) != row.title:
            row.title = _title(title)
            changed.append("title")
        if purpose is not None and purpose != row.purpose:
            row.purpose = purpose
            changed.append(f"purpose {purpose}")
        session.flush()
        return _changed(session, ctx, row, Change.PLAYLIST_UPDATE, ", ".join(changed))


def add_to_playlist(ctx: Context, playlist_id: int, fragment_id: int, position: int | None = None) -> PlaylistView:
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        current = item_ids(session, playlist_id)
        if fragment_id in current:
            raise BadInput(f"Fragment {fragment_id} staat al in deze lijst.", f"Fragment {fragment_id} is already in this playlist.")
        _check_same_recording(session, row, [fragment_id])
        order = moved(current + [fragment_id], fragment_id, len(current) if position is None else position)
        _write_order(session, playlist_id, order)
        return _changed(session, ctx, row, Change.PLAYLIST_ADD_FRAGMENT, f"fragment {fragment_id}")


def remove_from_playlist(ctx: Context, playlist_id: int, fragment_id: int) -> PlaylistView:
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        current = item_ids(session, playlist_id)
        if fragment_id not in current:
            raise BadInput(f"Fragment {fragment_id} staat niet in deze lijst.", f"Fragment {fragment_id} is not in this playlist.")
        _write_order(session, playlist_id, [f for f in current if f != fragment_id])
        return _changed(session, ctx, row, Change.PLAYLIST_REMOVE_FRAGMENT, f"fragment {fragment_id}")


def reorder(ctx: Context, playlist_id: int, fragment_ids: list[int]) -> PlaylistView:
    """Put the playlist's fragments in exactly this order."""
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        order = reordered(item_ids(session, playlist_id), fragment_ids)
        _write_order(session, playlist_id, order)
        return _changed(session, ctx, row, Change.PLAYLIST_REORDER, ",".join(map(str, order)))


def move(ctx: Context, playlist_id: int, fragment_id: int, new_index: int) -> PlaylistView:
    """Move one fragment to a 0-based place (drag and drop, or up/down)."""
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        order = moved(item_ids(session, playlist_id), fragment_id, new_index)
        _write_order(session, playlist_id, order)
        return _changed(session, ctx, row, Change.PLAYLIST_REORDER, ",".join(map(str, order)))


def delete_playlist(ctx: Context, playlist_id: int) -> None:
    """The list goes; its fragments stay."""
    with ctx.transaction() as session:
        row = _load_playlist(session, ctx, playlist_id, change=True)
        recording_id = row.recording_id
        session.delete(row)
        ctx.changed(session, Change.PLAYLIST_DELETE, playlist_id, scope_id=recording_id)


def get_playlist(ctx: Context, playlist_id: int) -> PlaylistView:
    with ctx.store.read() as session:
        return playlist_view(session, _load_playlist(session, ctx, playlist_id))


def list_playlists(ctx: Context, recording_id: int, purpose: str | None = None) -> list[PlaylistView]:
    with ctx.store.read() as session:
        require_recording_access(session, ctx.actor, recording_id)
        query = select(Playlist).where(Playlist.recording_id == recording_id).order_by(Playlist.id)
        if purpose is not None:
            query = query.where(Playlist.purpose == purpose)
        return [playlist_view(session, row) for row in session.scalars(query)]

