"""Test helpers for sealed backups: the passphrase the tests use, the zip inside a backup, a backup with one
member changed and sealed again (what a tampering hand with the passphrase could make), and the plain zip an
earlier version of Kijkwijzer wrote."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from kijkwijzer.formats import backup_seal

PASSPHRASE = "paard-batterij-nietje"
PASSPHRASE_ENV = "KW_TEST_BACKUP_PASSPHRASE"


def members(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with open(path, "rb") as raw, backup_seal.unseal(raw, passphrase) as inner, zipfile.ZipFile(inner) as zf:
        return zf.namelist()


def plain_copy(sealed: Path, target: Path, passphrase: str = PASSPHRASE) -> Path:
    """The zip inside a sealed backup as a plain file: byte for byte what an earlier version wrote."""
    with open(sealed, "rb") as raw, backup_seal.unseal(raw, passphrase) as inner, open(target, "wb") as out:
        shutil.copyfileobj(inner, out, 1 << 20)
    return target


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes],
            passphrase: str = PASSPHRASE) -> Path:
    """The same backup with every member passed through `change(name, data)`, sealed again."""
    with open(source, "rb") as raw, backup_seal.unseal(raw, passphrase) as inner, zipfile.ZipFile(inner) as zin, \
            open(target, "wb") as out:
        sealed = backup_seal.seal_to(out, passphrase)
        with zipfile.ZipFile(sealed, "w") as zout:
            for item in zin.infolist():
                zout.writestr(item, change(item.filename, zin.read(item)))
        sealed.close()
    return target


# ---- a workspace whose every text, name and frame can be looked for ---------------------------------------


def unique_video(folder: Path) -> Path:
    """A short recording no other test on this machine makes (its own picture size), so a scan of /tmp
    cannot mistake another test's copy for a leak."""
    import secrets

    from kijkwijzer.media.synth import make_test_video

    width, height = 322 + 2 * secrets.randbelow(120), 182 + 2 * secrets.randbelow(60)
    return make_test_video(Path(folder) / "eigen-gesprek.mp4", seconds=3, size=f"{width}x{height}")


def blocks(path: Path, size: int = 4096) -> dict[str, bytes]:
    """Every whole 4 KiB block of a file, as needles for `scan`."""
    data = Path(path).read_bytes()
    return {f"{Path(path).name}@{at}": data[at:at + size] for at in range(0, len(data) - size + 1, size)}


def fill_private(case_setup: dict, video: Path, folder: Path) -> dict[str, bytes]:
    """A recording, annotations, a client with a real name and a signed consent form, each holding a unique
    marker; returns the texts and the name as needles (the recording's blocks come from `blocks(video)`)."""
    import secrets
    from datetime import date

    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services import annotations, cases, consent, people, recordings

    ctx = case_setup["ctx"]
    token = secrets.token_hex(6)
    texts = {
        "real name": f"Jozefien Quackenbosch{token}",
        "observation": f"Cliënt-{token} leunt achterover bij het rapport",
        "quote": f"ik wist al wat er ging komen {token}",
        "below": f"wil begrepen worden {token}",
        "goal": f"Samen een plan maken {token}",
        "form": f"Handtekening-{token}",
    }
    client = people.add_client(ctx, real_name=texts["real name"])
    case = cases.add_case(ctx, case_setup["professional"].id, client.id, "Werk en schulden")
    conversation = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal=texts["goal"])
    form = Path(folder) / "toestemming.pdf"
    form.write_bytes(b"%PDF-1.4 " + texts["form"].encode())
    consent.grant(ctx, conversation.id, "recording", date(2026, 11, 2), form_file=form)
    consent.grant(ctx, conversation.id, "analysis", date(2026, 11, 2))
    form.unlink()  # the user's own copy: not what is looked for
    recording = recordings.import_recording(ctx, conversation.id, video)
    annotations.add(ctx, AnnotationDraft(recording.id, 500, 1500, observation=texts["observation"],
                                         quote=texts["quote"], below_waterline=texts["below"]))
    return {label: text.encode("utf-8") for label, text in texts.items()}
