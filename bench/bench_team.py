"""Benchmark: team mode under load (issue 12). A throwaway PostgreSQL on 127.0.0.1 (tests/support/postgres.py),
a workspace database migrated to the head by the product's own open_context, a case whose analysis consent names
the reviewers, and then:

- `--reviewers` (8) writer PROCESSES, each logged in as its own team member (a PostgreSQL login made by
  services/team_members.add_member), each adding `--per-reviewer` (500) annotations through
  services/annotations.add as fast as it can (or one per `--interval-ms`), all starting at once. In a team each
  reviewer has a computer of their own; here all share one, so the writers run at a lower priority (nice
  `--writer-nice`, 10) and the window's process gets the CPU its own laptop would give it;
- one open window PROCESS: the real workbench (kijkwijzer.app.start, Qt offscreen, VLC headless) logged in as the
  case's professional, with the recording open. Its own team link listens (services/team.py); for every
  annotation it notes when the annotation list's item model got the row.
- Once half of the annotations are stored, the window's LISTEN backend is ended (pg_terminate_backend), once.

Reported: latency from the writer's commit (the moment annotations.add returned) to the row in the window's list
model, p50/p95/max, over every annotation and over those NOTIFY brought (the rest came with the reload after the
reconnection); throughput; how many were never shown (lost: must be 0); deadlocks and other errors (must be 0);
and the recovery: the loss noticed, the connection back, the list reloaded, each counted from the termination.
Every number is measured now. Prints one line per number and, with --json, one JSON object last.

    .venv/bin/python bench/bench_team.py [--json] [--reviewers 8] [--per-reviewer 500] [--interval-ms 0]
                                         [--writer-nice 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE = "kw_bench_team"
MEMBER_PASSWORD = "lid-van-het-benchteam"
WINDOW_LOGIN = "sanne"
TARGET_P95_MS = 500
SHOW_TIMEOUT_S = 60  # after the last commit: what the window has not shown by then counts as lost


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def _workspace(url: str, media: str):
    from kijkwijzer.workspace import Workspace

    return Workspace.from_url(url, media)


# --- the parent: server, team, processes ---------------------------------------------------------------------
def build_team(url: str, media: str, reviewers: int) -> dict:
    """Members with their own logins, a case, consent naming the reviewers, a recording. Done as the administrator."""
    from kijkwijzer.media.synth import make_test_video
    from kijkwijzer.services import cases, consent, people, recordings
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.services.team_members import add_member

    admin = open_context(_workspace(url, media))  # migrates the empty database to the schema head
    try:
        pro = add_member(admin, WINDOW_LOGIN, "Sanne de Vries", "professional", password=MEMBER_PASSWORD)
        logins = [f"kijker{n}" for n in range(1, reviewers + 1)]
        members = [add_member(admin, login, f"Kijker {n}", "coach", password=MEMBER_PASSWORD)
                   for n, login in enumerate(logins, start=1)]
        client = people.add_client(admin)
        assert pro.professional_id is not None
        case = cases.add_case(admin, pro.professional_id, client.id, "Werk en schulden", "belasting van team mode")
        today = date.today()
        conversation = cases.add_conversation(admin, case.id, today, goal="Samen een plan maken")
        consent.grant(admin, conversation.id, "recording", today)
        consent.grant(admin, conversation.id, "analysis", today, reviewer_ids=tuple(m.id for m in members))
        with tempfile.TemporaryDirectory(prefix="kw-bench-video-") as tmp:
            video = make_test_video(Path(tmp) / "gesprek.mp4", seconds=60)
            recording = recordings.import_recording(admin, conversation.id, video)
        return {"recording_id": recording.id, "duration_ms": recording.duration_ms, "logins": logins}
    finally:
        admin.store.dispose()


def _child(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _end_listener_when_half_stored(server, total: int, stop: threading.Event, out: dict) -> None:
    """Poll the annotation count as the administrator; at half, end the window's LISTEN backend once."""
    import psycopg

    from kijkwijzer.services.team import LISTENER_NAME

    with psycopg.connect(server.dsn(DATABASE), autocommit=True) as conn:
        while not stop.is_set():
            stored = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
            if stored >= total // 2:
                out["terminated_at"] = time.time()
                out["terminated"] = conn.execute(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = %s AND datname = current_database()", (LISTENER_NAME,)).fetchone()[0]
                out["stored_then"] = stored
                return
            stop.wait(0.05)


def run(reviewers: int, per_reviewer: int, interval_ms: int = 0, writer_nice: int = 10) -> dict:
    from tests.support.postgres import ThrowawayPostgres  # the suite's server, with fsync on

    load_before = [round(x, 2) for x in os.getloadavg()]  # the machine is shared: its load is part of the numbers
    server = ThrowawayPostgres(durable=True)
    if not server.available:
        raise SystemExit("PostgreSQL (initdb/pg_ctl) ontbreekt / is missing: run `make test` once, it installs it.")
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="kw-bench-team-") as tmp:
            media = str(Path(tmp) / "media")
            admin_url = server.create_database(DATABASE)
            team = build_team(admin_url, media, reviewers)
            member_url = lambda login: server.url(DATABASE, login, MEMBER_PASSWORD)
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
            window = _child("--window", member_url(WINDOW_LOGIN), media, str(team["recording_id"]), tmp, env=env)
            _wait_ready(window, "the window")
            writers = [_child("--writer", member_url(login), media, str(team["recording_id"]),
                              str(team["duration_ms"]), str(per_reviewer), str(n), str(interval_ms), str(writer_nice))
                       for n, login in enumerate(team["logins"])]
            for writer in writers:
                _wait_ready(writer, "a writer")
            stop, drop = threading.Event(), {}
            dropper = threading.Thread(target=_end_listener_when_half_stored,
                                       args=(server, reviewers * per_reviewer, stop, drop), daemon=True)
            go = time.time()
            for writer in writers:  # all at once
                assert writer.stdin is not None
                writer.stdin.write("go\n")
                writer.stdin.flush()
            dropper.start()
            reports = [json.loads(writer.communicate(timeout=1800)[0].strip().splitlines()[-1]) for writer in writers]
            stop.set()
            dropper.join()
            commits = {c[0]: c for report in reports for c in report["commits"]}
            listed = Path(tmp) / "committed.part"
            listed.write_text(json.dumps(sorted(commits)), encoding="utf-8")
            listed.replace(Path(tmp) / "committed.json")  # whole, never half-written, when the window reads it
            shown = json.loads(window.communicate(timeout=SHOW_TIMEOUT_S + 120)[0].strip().splitlines()[-1])
            result = summarise(go, reports, commits, shown, drop, reviewers, per_reviewer)
            return {**result, "interval_ms": interval_ms, "writer_nice": writer_nice, "cpus": os.cpu_count(),
                    "load_average_before": load_before, "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    finally:
        server.stop()


def summarise(go: float, reports: list, commits: dict, shown: dict, drop: dict, reviewers: int,
              per_reviewer: int) -> dict:
    seen = {int(k): v for k, v in shown["seen"].items()}
    latency = [(seen[i][0] - c[2]) * 1000 for i, c in commits.items() if i in seen]
    live = [(seen[i][0] - c[2]) * 1000 for i, c in commits.items() if i in seen and seen[i][1] == "live"]
    add_ms = [(c[2] - c[1]) * 1000 for c in commits.values()]
    last_commit = max(c[2] for c in commits.values())
    states = shown["states"]
    lost_at = next((t for s, t in states if s == "lost"), None)
    back_at = next((t for s, t in states if s == "connected"), None)
    reload_at = next((t for t in shown["resets"] if back_at is not None and t >= back_at), None)
    since = drop.get("terminated_at")

    def after(moment: float | None) -> float | None:
        return round((moment - since) * 1000, 1) if moment is not None and since is not None else None

    return {
        "name": "team_live", "reviewers": reviewers, "per_reviewer": per_reviewer,
        "committed": len(commits), "shown": len(latency), "lost": len(commits) - len(latency),
        "errors": sum(len(r["errors"]) for r in reports), "deadlocks": sum(r["deadlocks"] for r in reports),
        "error_samples": [e for r in reports for e in r["errors"]][:5],
        "latency_ms": {"p50": round(pct(latency, 0.5), 1), "p95": round(pct(latency, 0.95), 1),
                       "max": round(max(latency, default=float("nan")), 1)},
        "live_latency_ms": {"count": len(live), "p50": round(pct(live, 0.5), 1), "p95": round(pct(live, 0.95), 1),
                            "max": round(max(live, default=float("nan")), 1)},
        "shown_by_reload": len(latency) - len(live),
        "add_ms": {"p50": round(pct(add_ms, 0.5), 1), "p95": round(pct(add_ms, 0.95), 1)},
        "throughput_per_s": round(len(commits) / (last_commit - go), 1),
        "run_s": round(last_commit - go, 2),
        "recovery": {"terminated_backends": drop.get("terminated"), "annotations_stored_then": drop.get("stored_then"),
                     "lost_noticed_ms": after(lost_at), "reconnected_ms": after(back_at),
                     "reloaded_ms": after(reload_at)},
        "target_p95_ms": TARGET_P95_MS,
        "met": bool(latency) and pct(latency, 0.95) < TARGET_P95_MS and len(latency) == len(commits)
        and not any(r["errors"] for r in reports),
    }


def _wait_ready(process: subprocess.Popen, what: str) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            return
    raise SystemExit(f"{what} did not start (exit code {process.wait()})")


# --- a reviewer at work (one process each) -------------------------------------------------------------------
def _is_deadlock(error: BaseException | None) -> bool:
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if type(error).__name__ == "DeadlockDetected" or getattr(error, "sqlstate", None) == "40P01":
            return True
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return False


def writer_process(url: str, media: str, recording_id: int, duration_ms: int, count: int, index: int,
                   interval_ms: int, nice: int) -> None:
    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services import annotations
    from kijkwijzer.services.open_workspace import open_context

    ctx = open_context(_workspace(url, media))  # a member: who they are comes from the login
    themes = [theme.id for theme in ctx.content.themes]
    annotations.list_for_recording(ctx, recording_id)  # the connection and the consent check warmed up
    print("ready", flush=True)
    os.nice(nice)
    sys.stdin.readline()  # "go": every reviewer starts at once
    go = time.monotonic()
    commits: list[tuple[int, float, float]] = []
    errors: list[str] = []
    deadlocks = 0
    for n in range(count):
        draft = AnnotationDraft(recording_id, (n * 997 + index * 131) % max(duration_ms - 1000, 1),
                                themes=(themes[(n + index) % len(themes)],),
                                observation=f"Kijker {index + 1}, notitie {n + 1}")
        if interval_ms:
            time.sleep(max(go + n * interval_ms / 1000 - time.monotonic(), 0))
        started = time.time()
        try:
            view = annotations.add(ctx, draft)
        except Exception as error:  # noqa: BLE001 - counted and reported, never retried: the run must have none
            deadlocks += _is_deadlock(error)
            errors.append(repr(error)[:300])
            continue
        commits.append((view.id, started, time.time()))
    ctx.store.dispose()
    print(json.dumps({"commits": commits, "errors": errors, "deadlocks": deadlocks, "actor": ctx.actor.name}))


# --- the open window (one process) ---------------------------------------------------------------------------
def window_process(url: str, media: str, recording_id: int, workdir: str) -> None:
    """The real workbench, logged in as the professional, the recording open; notes when each row arrives."""
    from PySide6.QtCore import QTimer

    from kijkwijzer.app import start

    running = start(["--db", url, "--media", media, "--recording", str(recording_id), "--no-start-prompts",
                     "--headless"])
    if isinstance(running, int):
        raise SystemExit(f"the window could not open the team workspace ({running})")
    window = running.window
    assert window is not None and window.review.recording is not None and window.team_link.active
    table, views = window.review.list.model, window.review.annotations
    seen: dict[int, tuple[float, str]] = {}
    states: list[tuple[str, float]] = []
    resets: list[float] = []  # when the annotations read anew after reconnecting were in the list
    reloading: list[bool] = []

    def inserted(_parent, first: int, last: int) -> None:
        now = time.time()
        for row in range(first, last + 1):
            seen.setdefault(views.at(row).id, (now, "live"))

    def merged(taken: list) -> None:  # a burst, or the reading anew (ui/review/remote_annotations.py)
        now = time.time()
        for view in taken:
            seen.setdefault(view.id, (now, "reload" if reloading else "live"))

    remote = window.review.remote
    read_anew = remote._reloaded

    def reloaded(*args) -> None:  # the annotations read anew after reconnecting are merged
        reloading.append(True)
        try:
            read_anew(*args)
        finally:
            reloading.clear()
            resets.append(time.time())

    remote._reloaded = reloaded
    table.rowsInserted.connect(inserted)
    views.rearranged.connect(merged)  # after the table model's own slot: the model has the rows
    window.team_link.state_changed.connect(lambda state: states.append((state, time.time())))
    committed = Path(workdir) / "committed.json"
    deadline: list[float] = []

    def check() -> None:
        if not committed.exists():
            return
        if not deadline:
            deadline.append(time.time() + SHOW_TIMEOUT_S)
        if all(i in seen for i in json.loads(committed.read_text(encoding="utf-8"))) or time.time() > deadline[0]:
            timer.stop()
            running.app.quit()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(check)
    timer.start()
    print("ready", flush=True)
    running.app.exec()
    window.close()
    running.ctx.store.dispose()
    print(json.dumps({"seen": seen, "states": states, "resets": resets}))


# --- command line --------------------------------------------------------------------------------------------
def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        url, media, recording, duration, count, index, interval, nice = sys.argv[2:10]
        writer_process(url, media, int(recording), int(duration), int(count), int(index), int(interval), int(nice))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--window":
        url, media, recording, workdir = sys.argv[2:6]
        window_process(url, media, int(recording), workdir)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--per-reviewer", type=int, default=500)
    parser.add_argument("--interval-ms", type=int, default=0, help="each reviewer adds one per interval (0: at once)")
    parser.add_argument("--writer-nice", type=int, default=10)
    args = parser.parse_args()
    result = run(args.reviewers, args.per_reviewer, args.interval_ms, args.writer_nice)
    lat, live, rec = result["latency_ms"], result["live_latency_ms"], result["recovery"]
    print(f"{result['reviewers']} reviewers x {result['per_reviewer']}: {result['committed']} stored, "
          f"{result['shown']} shown in the window, lost {result['lost']}, errors {result['errors']}, "
          f"deadlocks {result['deadlocks']}")
    print(f"commit -> row in the window: p50 {lat['p50']} ms, p95 {lat['p95']} ms, max {lat['max']} ms "
          f"(target p95 < {TARGET_P95_MS} ms: {'ok' if result['met'] else 'NOT MET'})")
    print(f"  by NOTIFY ({live['count']}): p50 {live['p50']} ms, p95 {live['p95']} ms, max {live['max']} ms; "
          f"by the reload after reconnecting: {result['shown_by_reload']}")
    print(f"throughput {result['throughput_per_s']} annotations/s over {result['run_s']} s "
          f"(annotations.add p50 {result['add_ms']['p50']} ms, p95 {result['add_ms']['p95']} ms)")
    print(f"listener ended at {rec['annotations_stored_then']} stored: loss noticed after {rec['lost_noticed_ms']} ms, "
          f"reconnected after {rec['reconnected_ms']} ms, list reloaded after {rec['reloaded_ms']} ms")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
