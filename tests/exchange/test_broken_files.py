"""Every importer against broken files (property-based): truncated XML, wrong encodings, negative and
overlapping times, binary garbage, huge lines. The only error that may escape is BadInput, and a refused
file leaves every table exactly as it was; a file that is accepted changes only the tables it should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from kijkwijzer.errors import BadInput
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.full_disk import reserve_path
from kijkwijzer.services.open_workspace import open_context
from tests.support.rows import row_counts
from tests.support.sealed_backup import PASSPHRASE
from tests.support.workspaces import new_plain_workspace

from .test_transcripts import SRT, VTT

DATA = Path(__file__).parent / "data"
FOREIGN = (DATA / "elan_onderzoekers.eaf").read_bytes()
THEME_MAP = {
    "RAAK": "thema.raakmomenten",
    "WEER": "thema.weerstand",
    "DOEL": "thema.doel",
    "META": "thema.metacommunicatie",
}
# No shrinking: a failing example is printed as found (shrinking whole files through a database is slow).
PHASES = [Phase.explicit, Phase.reuse, Phase.generate]
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    phases=PHASES,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

ELAN_TRICKS = [
    ('TIME_VALUE="1200"', 'TIME_VALUE="-1200"'),
    ('TIME_VALUE="4870"', 'TIME_VALUE="99999999999999999999999"'),
    ('TIME_VALUE="2040"', 'TIME_VALUE="20.5"'),
    ('TIME_VALUE="20007"', 'TIME_VALUE="1000"'),  # ends before it starts
    ('TIME_SLOT_REF2="ts3"', 'TIME_SLOT_REF2="ts404"'),
    ('ANNOTATION_REF="a1"', 'ANNOTATION_REF="a999"'),
    ('ANNOTATION_REF="a2"', 'ANNOTATION_REF="a5"'),  # a reference cycle a5 -> a2 ... -> a5
    ('TIER_ID="Observatie A">', 'TIER_ID="Observatie A" PARENT_REF="Code A">'),  # tier cycle
    (
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    ),
    ("<ANNOTATION_VALUE>DOEL</ANNOTATION_VALUE>", "<ANNOTATION_VALUE>ONBEKEND</ANNOTATION_VALUE>"),
    ('TIME_SLOT_ID="ts7"', 'TIME_SLOT_ID="tsx"'),
    ('LINGUISTIC_TYPE_REF="Observatie" PARTICIPANT="Onderzoeker A"', 'PARTICIPANT="Onderzoeker A"'),
    ("<ANNOTATION_VALUE>", "<ANNOTATION_VALUE>" + "lang " * 50_000),
    ('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
]


def _apply_flips(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for at, value in flips:
        if out:
            out[at % len(out)] = value
    return bytes(out)


def broken(valid: bytes, text_tricks: list[tuple[str, str]] = ()) -> st.SearchStrategy[bytes]:
    """Ways real files arrive damaged, all starting from a valid file."""
    text = valid.decode("utf-8")
    options = [
        st.integers(0, len(valid) - 1).map(lambda k: valid[:k]),  # truncated
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6).map(
            lambda flips: _apply_flips(valid, flips)
        ),
        st.tuples(st.integers(0, len(valid)), st.binary(min_size=1, max_size=40)).map(
            lambda t: valid[: t[0]] + t[1] + valid[t[0] :]
        ),
        st.sampled_from(["latin-1", "cp1252", "utf-16-le", "utf-16-be", "utf-32", "utf-16", "mac-roman"]).map(
            lambda enc: text.encode(enc, errors="replace")
        ),
        st.binary(max_size=3000),  # garbage
        st.integers(20_000, 2_000_000).map(
            lambda n: valid.replace(b"\n", b" " + b"x" * n + b"\n", 1)
        ),  # huge line
        st.integers(20_000, 400_000).map(lambda n: b"\n" * n + valid),
    ]
    if text_tricks:
        options.append(
            st.lists(st.sampled_from(text_tricks), min_size=1, max_size=3, unique=True).map(
                lambda tricks: _replace_all(text, tricks).encode("utf-8")
            )
        )
    return st.one_of(options)


def _replace_all(text: str, tricks: list[tuple[str, str]]) -> str:
    for old, new in tricks:
        text = text.replace(old, new, 1)
    return text


def _clock(ms: int, sep: str) -> str:
    sign, ms = ("-" if ms < 0 else ""), abs(ms)
    return f"{sign}{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


cue_times = st.lists(
    st.tuples(st.integers(-5_000, 700_000), st.integers(-5_000, 700_000), st.text(min_size=0, max_size=30)),
    min_size=1,
    max_size=12,
)


def srt_with_times(cues) -> bytes:
    return "\n".join(
        f"{i}\n{_clock(a, ',')} --> {_clock(b, ',')}\nSPREKER: {t}\n" for i, (a, b, t) in enumerate(cues, 1)
    ).encode()


def vtt_with_times(cues) -> bytes:
    body = "\n".join(f"{_clock(a, '.')} --> {_clock(b, '.')}\n<v Spreker>{t}</v>\n" for a, b, t in cues)
    return ("WEBVTT\n\n" + body).encode()


def eaf_with_times(values) -> bytes:
    it = iter(values)
    return re.sub(rb'TIME_VALUE="\d+"', lambda m: b'TIME_VALUE="%d"' % next(it, 5), FOREIGN)


# ---- the property --------------------------------------------------------------------------------------

EXPECTED_TABLES = {
    "transcript": {"transcript_cues", "audit_log"},
    "eaf": {
        "annotations",
        "annotation_themes",
        "annotation_pillars",
        "fragments",
        "client_reactions",
        "audit_log",
    },
}


def attempt(ctx, tmp_path: Path, data: bytes, name: str, run, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = row_counts(ctx)
    try:
        run(path)
    except BadInput as error:
        event(f"refused: {error.en.split(':')[0][:40]}")
        assert row_counts(ctx) == before, "a refused file must write nothing"
        return
    event("accepted")
    after = row_counts(ctx)
    changed = {t for t in after if after[t] != before[t]}
    assert changed <= EXPECTED_TABLES[kind], changed


@SETTINGS
@given(data=st.one_of(broken(SRT.encode()), cue_times.map(srt_with_times)))
def test_srt_importer(case_setup, recording_id, tmp_path, data):
    ctx = case_setup["ctx"]
    attempt(
        ctx,
        tmp_path,
        data,
        "x.srt",
        lambda p: exchange.import_transcript(ctx, recording_id, p, replace=True),
        "transcript",
    )


@SETTINGS
@given(data=st.one_of(broken(VTT.encode()), cue_times.map(vtt_with_times)))
def test_vtt_importer(case_setup, recording_id, tmp_path, data):
    ctx = case_setup["ctx"]
    attempt(
        ctx,
        tmp_path,
        data,
        "x.vtt",
        lambda p: exchange.import_transcript(ctx, recording_id, p, replace=True),
        "transcript",
    )


@SETTINGS
@given(
    data=st.one_of(
        broken(FOREIGN, ELAN_TRICKS),
        st.lists(st.integers(-(10**6), 10**13), min_size=1, max_size=12).map(eaf_with_times),
    )
)
def test_eaf_importer(case_setup, recording_id, tmp_path, data):
    ctx = case_setup["ctx"]
    tier_map = {
        "Observatie A": case_setup["coach"].id,
        "Observatie B": case_setup["reviewer"].id,
        "Woorden KM": case_setup["reviewer"].id,
    }

    def run(path):
        exchange_eaf.describe_eaf(path)
        exchange_eaf.import_eaf(ctx, recording_id, path, tier_map=tier_map, theme_map=THEME_MAP)

    attempt(ctx, tmp_path, data, "x.eaf", run, "eaf")


@pytest.fixture
def own_eaf(case_setup, recording_id, tmp_path) -> bytes:
    from .test_elan import _fill

    _fill(case_setup, recording_id)
    return exchange_eaf.export_eaf(case_setup["ctx"], recording_id, tmp_path / "eigen.eaf").path.read_bytes()


@SETTINGS
@given(data=st.data())
def test_own_eaf_importer(case_setup, recording_id, own_eaf, tmp_path, data):
    ctx = case_setup["ctx"]
    blob = data.draw(
        broken(
            own_eaf,
            [
                ('"eind_ms": null', '"eind_ms": "x"'),
                ("kw-observatie", "kw-anders"),
                ("Raakmomenten<", "Onbekend thema<"),
                ('{"', '[{"'),
            ],
        )
    )
    attempt(
        ctx, tmp_path, blob, "eigen-kapot.eaf", lambda p: exchange_eaf.import_eaf(ctx, recording_id, p), "eaf"
    )


def test_huge_files_are_refused_before_reading(case_setup, recording_id, tmp_path):
    ctx = case_setup["ctx"]
    before = row_counts(ctx)
    for name, size, run in (
        ("groot.srt", 21 * 2**20, lambda p: exchange.import_transcript(ctx, recording_id, p)),
        ("groot.vtt", 21 * 2**20, lambda p: exchange.import_transcript(ctx, recording_id, p)),
        ("groot.eaf", 51 * 2**20, lambda p: exchange_eaf.import_eaf(ctx, recording_id, p)),
    ):
        path = tmp_path / name
        with path.open("wb") as handle:
            handle.truncate(size)
        with pytest.raises(BadInput, match="te groot"):
            run(path)
    assert row_counts(ctx) == before


@pytest.fixture
def small_backup(case_setup, recording_id, tmp_path, monkeypatch) -> bytes:
    """A small backup, sealed under a cheap Argon2id cost (the same code; the cost is in its header, so each of
    the damaged copies below derives cheaply when restored). tests/exchange/test_backup.py restores backups
    sealed at the default cost."""
    from kijkwijzer.formats import backup_seal

    from .filled import fill

    fill(case_setup, recording_id, n=2)
    real = backup_seal.seal_to
    cheap = backup_seal.KdfCost(memory_kib=8 * 1024, iterations=1, lanes=1)
    monkeypatch.setattr(backup_seal, "seal_to", lambda target, passphrase: real(target, passphrase, cheap))
    made = exchange_backup.create_backup(case_setup["ctx"], tmp_path / "klein.zip", passphrase=PASSPHRASE)
    monkeypatch.setattr(backup_seal, "seal_to", real)
    return made.path.read_bytes()


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    phases=PHASES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_backup_restore(small_backup, tmp_path, data):
    blob = data.draw(
        st.one_of(
            st.integers(0, len(small_backup) - 1).map(lambda k: small_backup[:k]),
            st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=4).map(
                lambda flips: _apply_flips(small_backup, flips)
            ),
            st.binary(max_size=2000),
        )
    )
    target_ws = new_plain_workspace(tmp_path / "leeg")  # an empty workspace, its schema made once per process
    target = open_context(target_ws)
    try:
        path = tmp_path / "kapot.zip"
        path.write_bytes(blob)
        try:
            exchange_backup.restore_backup(target, path, PASSPHRASE)
        except BadInput:
            assert set(row_counts(target).values()) == {0}
            reserve = reserve_path(target_ws)  # the workspace's own room for a withdrawal on a full disk
            assert not any(p.is_file() and p != reserve for p in target_ws.media_dir.rglob("*"))
        else:  # a flip in a spot nothing reads: then it must be a full restore
            assert row_counts(target)["annotations"] == 2
    finally:
        target.store.dispose()
        import shutil

        shutil.rmtree(tmp_path / "leeg", ignore_errors=True)
