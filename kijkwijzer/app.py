"""Composition root: settings -> store -> services -> main window. `python main.py [WORKSPACE]`.

Also the only place that knows about language switches and opening another workspace: both rebuild
the window around a (new) Context; the data never lives in the window, so nothing is lost.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from pathlib import Path

# Started through launch.py, Qt and the StartWindow are loaded already (ui/first_window.py, which makes PySide6's
# import hook cheap: every import after PySide6 passes through it). Imported on its own (tests, in-process benches),
# the store and services (SQLAlchemy, Alembic) load here before Qt, outside that hook.
# isort: off
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.files import private_umask
from kijkwijzer.services.context import Context
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.start_arguments import headless as is_headless
from kijkwijzer.start_arguments import parse as parse_args
from kijkwijzer.start_arguments import workspace_of
from kijkwijzer.workspace import Workspace

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.ui.first_window import application, paint_first  # makes PySide6's import hook cheap first
# isort: on

from .ui import i18n
from .ui.main_window import MainWindow
from .ui.review.undo_history import UndoHistory
from .ui.start_window import StartWindow
from .ui.team_open import flow as team_open
from .ui.unlock import flow as unlock_flow

log = logging.getLogger("kijkwijzer")


def make_player(headless: bool):
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=headless)


class RunningApp:
    """One running application: the context, the window, and rebuilding the window when asked."""

    def __init__(self, app: QApplication, ctx: Context, headless: bool, frame: StartWindow | None = None) -> None:
        self.app = app
        self.ctx = ctx
        self.headless = headless
        self.frame = frame  # the top-level window the MainWindow is shown in (launch.py); None: it is its own
        self.window: MainWindow | None = None
        self.undo_history = UndoHistory()  # survives the window: a language switch rebuilds it
        self.painted_at = 0.0  # time.time() when the workbench was last on screen, painted (for bench/)

    def build_window(self, recording_id: int | None = None, position_ms: int | None = None, *,
                     prompts: bool = False) -> MainWindow:
        """`prompts`: once shown, ask about recordings past retention and show the plan actions that are due
        (on opening a workspace, not when the window is only rebuilt for another language)."""
        window = MainWindow(self.ctx, make_player(self.headless), on_language=self.switch_language,
                            on_open_workspace=self.switch_workspace, undo_history=self.undo_history,
                            on_open_team=lambda ctx: self.switch_to(ctx.workspace, ctx), parent=self.frame)
        self.window = window
        target = recording_id or window.initial_recording()
        if target:
            window.expect_recording()
        if self.frame is not None:
            self.frame.hold(window)
        else:
            window.show()
        paint_first(self.app, window)  # before the recording's pre-roll: the user sees the workbench at once
        self.painted_at = time.time()
        opened = bool(target) and window.open_recording(target)
        if not opened:
            window.intake.update_stack()  # nothing opened after all: the welcome page
        if opened and position_ms:
            window.review.playback.seek(position_ms)
        if prompts:
            QTimer.singleShot(0, window, window.startup_prompts)
        return window

    def _rebuild(self, ctx: Context | None = None, keep_recording: bool = True, prompts: bool = False) -> None:
        old = self.window
        recording_id = position = None
        if old is not None:
            if keep_recording and old.review.recording is not None:
                recording_id, position = old.review.recording.id, old.review.playback.position
            old.close()
            old.deleteLater()
        if ctx is not None:
            self.undo_history.forget()  # its steps belong to the other workspace
            self.ctx.store.dispose()
            self.ctx = ctx
        self.build_window(recording_id, position, prompts=prompts)

    def switch_language(self, lang: str) -> None:
        QSettings().setValue("language", i18n.install(lang))
        self._rebuild()

    def switch_workspace(self, folder: str) -> None:
        self.switch_to(Workspace.at(folder))

    def switch_to(self, workspace: Workspace, opened: Context | None = None) -> bool:
        """Show another workspace: a folder (unlocked first) or a team database. `opened`: its context when the
        caller opened it already (the team dialog does, to say a refusal in the dialog itself).
        False when it was not opened (cancelled, or refused: said in a message)."""
        try:
            if opened is None:
                if not unlock_flow.ready(workspace, self.window):
                    return False
                opened = open_context(workspace)
            ctx = unlock_flow.offer_upgrade(opened, self.window)
        except KijkwijzerError as error:
            QMessageBox.warning(self.window, "Kijkwijzer", error.message(i18n.current_lang()))
            return False
        self._rebuild(ctx, keep_recording=False, prompts=True)
        return True


def _install_excepthook(running: RunningApp) -> None:
    """Never crash on an unexpected error in a slot: log it and tell the user in the status bar."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        window = running.window
        if window is not None:
            text = value.message(i18n.current_lang()) if isinstance(value, KijkwijzerError) else \
                QCoreApplication.translate("MainWindow", "Er ging iets mis: {error}. Uw werk is opgeslagen.").format(
                    error=value)
            window.show_message(text)

    sys.excepthook = hook


def _bench_ready(running: RunningApp) -> None:
    """For bench/: write the wall-clock moments the workbench is ready (shown, its recording open, taking input) and
    was first painted (before its recording was opened), optionally quit."""
    target = os.environ.get("KIJKWIJZER_BENCH_READY_FILE")
    if not target:
        return

    def ready() -> None:
        Path(target).write_text(f"{time.time():.6f}\n{running.painted_at:.6f}\n", encoding="utf-8")
        if os.environ.get("KIJKWIJZER_BENCH_EXIT") and running.window is not None:
            QTimer.singleShot(0, running.window.window().close)

    QTimer.singleShot(0, ready)  # after the first show has been processed


def start(argv: list[str] | None = None, frame: StartWindow | None = None) -> RunningApp | int:
    """Everything before the event loop: application, style, language, workspace, window.
    `frame`: the window already on screen (launch.py, first_window.py), made with the application; the MainWindow
    is shown in it. Returns the RunningApp, or an exit code when the workspace cannot be opened."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = application(args) if frame is None else QApplication.instance()
    workspace = workspace_of(args)
    # the bench measures the start, not a person answering the retention question
    prompts = not (args.no_start_prompts or os.environ.get("KIJKWIJZER_BENCH_READY_FILE"))
    try:
        if not unlock_flow.ready(workspace, frame):  # Annuleren in the passphrase dialog quits
            return 0
        ctx = open_context(workspace)
        if prompts:
            ctx = unlock_flow.offer_upgrade(ctx, frame)  # an older, plain workspace: encrypt it now?
    except KijkwijzerError as error:
        if not team_open.signs_in_instead(workspace, error):
            QMessageBox.critical(frame, "Kijkwijzer", error.message(i18n.current_lang()))
            return error.exit_code
        ctx = team_open.sign_in_at_start(workspace, error)  # --db URL without a password: sign in here
        if ctx is None:
            return 0  # Annuleren in the sign-in dialog quits
    running = RunningApp(app, ctx, is_headless(args), frame)
    try:
        running.build_window(args.recording, prompts=prompts)
    except KijkwijzerError as error:  # VLC missing or unusable: say so instead of a traceback
        QMessageBox.critical(frame, "Kijkwijzer", error.message(i18n.current_lang()))
        ctx.store.dispose()
        return error.exit_code
    _install_excepthook(running)
    _bench_ready(running)
    gc.collect()
    gc.freeze()  # the startup objects never die: keep them out of every later collection (smoother paints)
    gc.enable()  # launch.py turned it off for the start
    return running


def main(argv: list[str] | None = None, frame: StartWindow | None = None) -> int:
    private_umask()  # what the workbench creates (database, vault, stills, caches, backups) is the user's alone
    running = start(argv, frame)
    if isinstance(running, int):
        return running
    code = running.app.exec()
    if running.frame is not None:
        running.frame.close()
    elif running.window is not None:
        running.window.close()
    running.ctx.store.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
