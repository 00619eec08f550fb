"""The exchange commands from the command line: output, exit codes (0 done, 2 usage, 3 refused)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kijkwijzer.cli import main
from tests.support.sealed_backup import PASSPHRASE, PASSPHRASE_ENV

from .test_transcripts import SRT

DATA = Path(__file__).parent / "data"


def test_cli_round_trips(case_setup, recording_id, tmp_path, capsys, monkeypatch):
    ws = case_setup["ctx"].workspace
    if not ws.db_url.startswith("sqlite"):
        base = ["--db", ws.db_url, "--media", str(ws.media_dir)]
    else:
        base = ["--workspace", str(ws.root)]
    srt = tmp_path / "t.srt"
    srt.write_text(SRT, encoding="utf-8")
    assert main([*base, "import", "srt", str(srt), "--recording", str(recording_id)]) == 0
    assert main([*base, "import", "srt", str(srt), "--recording", str(recording_id)]) == 3  # needs --replace
    assert "--replace" in capsys.readouterr().err
    coach = case_setup["coach"].id
    args = [
        *base,
        "import",
        "eaf",
        str(DATA / "elan_onderzoekers.eaf"),
        "--recording",
        str(recording_id),
        "--tier-map",
        f"Observatie A={coach}",
        "--theme-map",
        "RAAK=thema.raakmomenten",
        "--theme-map",
        "DOEL=thema.doel",
        "--json",
    ]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    assert (
        main(
            [
                *base,
                "import",
                "eaf",
                str(DATA / "elan_onderzoekers.eaf"),
                "--recording",
                "1",
                "--tier-map",
                "Observatie A=coach",
            ]
        )
        == 2
    )
    out = tmp_path / "a.csv"
    assert (
        main(
            [*base, "export", "csv", "--conversation", str(case_setup["conversation"].id), "--out", str(out)]
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and len(rows) == 3  # header and two annotations
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    sealed = ["--passphrase-env", PASSPHRASE_ENV]
    assert main([*base, "backup", "create", "--out", str(tmp_path / "b.zip"), "--with-media", *sealed]) == 0
    assert main([*base, "backup", "restore", str(tmp_path / "b.zip"), *sealed]) == 3  # not empty
    assert main(["--workspace", str(tmp_path / "nieuw"), "backup", "restore", str(tmp_path / "b.zip"), *sealed]) == 0
