"""The professional's voice print ("dit ben ik"): what telling the voices apart compares every recording of theirs
with. It is biometric personal data (AVG art. 9), so:

* it holds features of the voice only (spectral frames of the marked stretch), never the sound itself;
* it is kept as a file `<cache>/stemmen/<professional id>.stem`, sealed with a key of its own, `voice:<id>`, in the
  workspace's (encrypted) database; forgetting it destroys that key and overwrites the file, so a copy left anywhere
  (a backup of the media folder) is noise;
* enrolling and forgetting write an audit row (ids and the stretch's length only) in the same transaction;
* only the professional themselves (or the system, the command line without --as) may enrol or forget it, from a
  recording of one of their own cases with analysis consent;
* a team database does not take one yet: its row-level security has no rule for a `voice:` key, so colleagues
  could read it (docs/analysis.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kijkwijzer.errors import KijkwijzerError, NotAllowed, NotFound
from kijkwijzer.files import make_private_dir, shred_file
from kijkwijzer.media.source import read_derived, write_derived
from kijkwijzer.store.models import Professional, Reviewer

from . import content_keys
from .context import Context
from .topics import Change

if TYPE_CHECKING:
    from kijkwijzer.analysis.voices import VoicePrint

FOLDER = "stemmen"


def voice_key_id(professional_id: int) -> str:
    return f"voice:{int(professional_id)}"


def path_of(ctx: Context, professional_id: int) -> Path:
    return ctx.workspace.cache_dir / FOLDER / f"{int(professional_id)}.stem"


def require_own_voice(session: Session, ctx: Context, professional_id: int) -> Professional:
    """The professional, when the actor is that professional (or the system); else NotAllowed/NotFound."""
    professional = session.get(Professional, professional_id)
    if professional is None:
        raise NotFound(f"Professional {professional_id} bestaat niet.", f"Professional {professional_id} does not exist.")
    if ctx.actor.reviewer_id is None:
        return professional
    reviewer = session.get(Reviewer, ctx.actor.reviewer_id)
    if reviewer is None or reviewer.professional_id != professional_id:
        raise NotAllowed(f"Alleen {professional.name} zelf kan deze stem vastleggen of vergeten; {ctx.actor.name} "
                         "is dat niet.",
                         f"Only {professional.name} can enrol or forget this voice; {ctx.actor.name} is not.")
    return professional


def refuse_team(ctx: Context) -> None:
    if ctx.team is not None:
        raise NotAllowed("In een teamdatabase kan nog geen stem worden vastgelegd: de sleutel ervan zou voor "
                         "collega's leesbaar zijn. Laat de stemmen zonder vastgelegde stem uit elkaar houden.",
                         "A team database cannot hold a voice print yet: its key would be readable by colleagues. "
                         "Let the voices be told apart without an enrolled voice.")


def store(session: Session, ctx: Context, professional_id: int, voice: VoicePrint, detail: str) -> None:
    """Seal and write the voice print and its audit row, inside the caller's transaction."""
    key = content_keys.get_or_create(session, voice_key_id(professional_id))
    target = path_of(ctx, professional_id)
    make_private_dir(target.parent)
    write_derived(target, voice.to_bytes(), key)
    ctx.changed(session, Change.VOICE_ENROL, professional_id, detail=detail)


def load(ctx: Context, professional_id: int) -> VoicePrint | None:
    """The professional's voice print; None when there is none (never enrolled, forgotten, or unreadable)."""
    path = path_of(ctx, professional_id)
    if not path.is_file():
        return None
    with ctx.store.read() as session:
        key = content_keys.find(session, voice_key_id(professional_id))
    if key is None:
        return None
    from kijkwijzer.analysis.voices import VoicePrint  # numpy: only when there is a print to read

    try:
        return VoicePrint.from_bytes(read_derived(path, key, name=path.name))
    except (OSError, ValueError, KeyError, KijkwijzerError):
        return None


def enrolled(ctx: Context, professional_id: int) -> bool:
    return load(ctx, professional_id) is not None


def forget(ctx: Context, professional_id: int) -> bool:
    """Destroy the key and the file; an audit row when there was something to forget. Returns whether there was."""
    path = path_of(ctx, professional_id)
    with ctx.transaction() as session:
        require_own_voice(session, ctx, professional_id)
        had = bool(content_keys.destroy(session, voice_key_id(professional_id))) or path.is_file()
        if had:
            ctx.changed(session, Change.VOICE_FORGET, professional_id, detail="voice print forgotten")
    if path.is_file():
        shred_file(path)
    return had
