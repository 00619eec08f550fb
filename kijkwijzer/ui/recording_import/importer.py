"""Bringing recordings into a conversation from the window: Bestand > Opname importeren (Ctrl+Shift+I), the
werkmap's context menu, the cycle view's button, and files dropped on the window, the werkmap or the video.
A wrong recording is replaced or removed the same way, after a confirmation that names what will be erased.

The copy runs on a worker thread behind a progress dialog with Cancel (ImportJob); afterwards the new
recording is selected in the werkmap (its nodes opened) and opened in the review. A refused file shows the
service's own message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import consent, recordings
from kijkwijzer.services.context import Context

from ..exchange.messages import error_text, show_error
from ..i18n import current_lang
from . import removal_texts, targets
from .drops import DropImport
from .import_job import ImportJob, ImportStep, JobOutcome, Progress
from .media_files import choose_recordings

if TYPE_CHECKING:
    from ..feedback.playlist_runner import PlaylistRunner
    from ..intake.intake_flow import IntakeFlow
    from ..panels import Panels
    from ..review.review_view import ReviewView
    from ..window_api import Workbench
    from ..workspace_browser import WorkspaceBrowser

NOT_CHOSEN = 0  # the user was asked which conversation and cancelled (ids start at 1)


class Importer(QObject):
    job_started = Signal(object)  # ImportJob, its progress dialog on screen
    imported = Signal(int)  # a new recording, selected in the werkmap and open in the review
    removed = Signal(int)  # a recording erased on the user's request

    def __init__(self, window: Workbench, *, review: ReviewView, browser: WorkspaceBrowser, runner: PlaylistRunner,
                 panels: Panels, intake: IntakeFlow | None) -> None:
        super().__init__(window.widget)
        self.window = window
        self.parent_widget = window.widget  # of the file dialog, the progress dialog and the boxes
        self.review = review
        self.browser = browser
        self.runner = runner
        self.panels = panels  # the consent dialog
        self.intake = intake  # a new case or conversation when there is none to import into
        self.job: ImportJob | None = None
        self.drops = DropImport(self, self._dropped)
        player = review.player_view
        self.drops.watch(window.widget, browser, browser.viewport(), player, player.video, player.audio,
                         player.message)
        browser.import_requested.connect(lambda cid: self.import_into(cid))
        browser.recording_action.connect(self.recording_action)

    @property
    def ctx(self) -> Context:
        return self.window.ctx

    def handlers(self) -> dict[str, Callable[..., object]]:
        return {"import_recording": lambda: self.import_into()}

    # --- which conversation -------------------------------------------------------------------------------
    def _open_conversation(self) -> int | None:
        recording = self.window.current_recording()
        return recording.conversation_id if recording is not None else None

    def _chosen(self) -> list[int]:
        """The conversation(s) the werkmap's current item stands for (a case: all of its conversations)."""
        return targets.conversations_under(self.browser.currentItem())

    def target(self, *, prefer_open: bool = False, ask_if_differs: bool = False) -> int | None:
        """The chosen conversation, else the open recording's; None when there is neither, NOT_CHOSEN when
        the user was asked (a case with several conversations, or chosen and open differ) and cancelled."""
        chosen, open_one = self._chosen(), self._open_conversation()
        if prefer_open and open_one is not None:
            return open_one
        if not chosen:
            return open_one
        if len(chosen) == 1 and (not ask_if_differs or open_one in (None, chosen[0])):
            return chosen[0]
        candidates = chosen if len(chosen) > 1 else [chosen[0], open_one]  # type: ignore[list-item]
        return targets.ask(self.parent_widget, self.ctx, candidates) or NOT_CHOSEN

    def _no_conversation(self) -> None:
        """A recording always belongs to a conversation: say so, and offer to make one (the intake's dialogs)."""
        intake = self.intake
        case_id = self.window.current_case() if intake is not None else None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Opname importeren"), self.tr(
            "Een opname hoort altijd bij een gesprek. Kies eerst in de werkmap het gesprek waar deze opname bij "
            "hoort, of maak een nieuw gesprek aan bij de casus (rechtsklik op de casus in de werkmap)."),
            QMessageBox.StandardButton.Cancel, self.parent_widget)
        box.setObjectName("importNoConversation")
        make = None
        if intake is not None:
            make = box.addButton(self.tr("Nieuw &gesprek…") if case_id is not None else self.tr("Nieuwe &casus…"),
                                 QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(make)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if intake is None or make is None or clicked is not make:
            return
        if case_id is not None:
            intake.new_conversation(case_id)
        else:
            intake.new_case()

    def _may_record(self, conversation_id: int) -> bool:
        """Without consent to record, the service would refuse: say so first and offer the consent dialog."""
        try:
            given = consent.list_for_conversation(self.ctx, conversation_id)
        except KijkwijzerError:
            return True  # the service will say what is wrong
        if any(c.purpose == "recording" and c.active for c in given):
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Eerst toestemming"), self.tr(
            "De cliënt heeft voor dit gesprek (nog) geen toestemming gegeven om op te nemen. Leg eerst de "
            "toestemming vast; daarna kunt u de opname importeren."), QMessageBox.StandardButton.Cancel, self.parent_widget)
        box.setObjectName("importNeedsConsent")
        record = box.addButton(self.tr("&Toestemming vastleggen…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(record)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is record:
            self.panels.consent(conversation_id)
        return False

    # --- import -------------------------------------------------------------------------------------------
    def import_into(self, conversation_id: int | None = None, paths: list[str] | None = None) -> ImportJob | None:
        """Import files (none given: the file dialog) into a conversation (none given: the chosen or open one)."""
        if self._busy():
            return None
        target = conversation_id if conversation_id is not None else self.target()
        if target is None:
            self._no_conversation()
            return None
        if target == NOT_CHOSEN or not self._may_record(target):
            return None
        chosen = list(paths) if paths else choose_recordings(self.parent_widget)
        if not chosen:
            return None
        ctx = self.ctx
        steps = [ImportStep(Path(p).name, partial(_import_one, ctx, target, Path(p))) for p in chosen]
        job = ImportJob(self.parent_widget, steps, self.tr("Opname importeren"), target=targets.label(ctx, target))
        return self._start(job, self._imported)

    def _imported(self, outcome: JobOutcome) -> None:
        made = [view for _name, view in outcome.done]
        self._report(outcome, self.tr("Niet geïmporteerd"))
        if made:
            # the progress dialog is gone: the keyboard goes back to the review (a theme key annotates at once),
            # also where no window manager hands it back
            self.parent_widget.raise_()
            self.parent_widget.activateWindow()
            self.show_recording(made[-1].id)  # type: ignore[attr-defined]
            names = ", ".join(view.original_name for view in made)  # type: ignore[attr-defined]
            self.window.show_message(self.tr("Geïmporteerd: {names}").format(names=names))
            for view in made:
                self.imported.emit(view.id)  # type: ignore[attr-defined]

    def show_recording(self, recording_id: int) -> None:
        browser = self.browser
        browser.refresh()
        browser.reveal("recording", recording_id)
        self.window.open_recording(recording_id)

    def _dropped(self, paths: list[str], widget: QWidget, where: QPoint) -> None:
        browser, player = self.browser, self.review.player_view
        target: int | None = None
        if widget is browser.viewport():
            item = browser.itemAt(where)
            under = targets.conversations_under(item)
            if under:
                target = targets.ask(self.parent_widget, self.ctx, under) or NOT_CHOSEN
        if target is None:
            on_video = widget is player or widget.parent() is player
            target = self.target(prefer_open=on_video, ask_if_differs=not on_video)
        if target is None:
            self._no_conversation()
        elif target != NOT_CHOSEN:
            self.import_into(target, paths)

    # --- replace and remove ---------------------------------------------------------------------------------
    def recording_action(self, name: str, recording_id: int) -> None:
        if name == "replace":
            self.replace(recording_id)
        elif name == "remove":
            self.remove(recording_id)

    def _preview(self, recording_id: int) -> tuple[recordings.RecordingView, object] | None:
        try:
            return recordings.get(self.ctx, recording_id), recordings.preview_removal(self.ctx, recording_id)
        except KijkwijzerError as error:
            show_error(self.parent_widget, self.tr("Opname"), error.message(current_lang()), "importRefused")
            return None

    def replace(self, recording_id: int, path: str | None = None) -> ImportJob | None:
        """Another file in the place of a wrong recording: the new one is imported first, then the old one erased."""
        if self._busy():
            return None
        chosen = [path] if path else choose_recordings(self.parent_widget, several=False)
        if not chosen:
            return None
        found = self._preview(recording_id)
        if found is None:
            return None
        old, preview = found
        new = Path(chosen[0])
        if not removal_texts.confirm(self.parent_widget, self.tr("Opname vervangen"),
                                     removal_texts.replacement_question(old.original_name, new.name, preview),
                                     "replaceRecordingConfirm", replace=True):
            return None
        released = self._release(recording_id)
        step = ImportStep(new.name, partial(_replace_one, self.ctx, recording_id, new))
        job = ImportJob(self.parent_widget, [step], self.tr("Opname vervangen"),
                        target=targets.label(self.ctx, old.conversation_id))
        return self._start(job, lambda outcome: self._replaced(outcome, recording_id, released))

    def _replaced(self, outcome: JobOutcome, old_id: int, released: bool) -> None:
        self._report(outcome, self.tr("Niet vervangen"))
        if not outcome.done:
            if released:
                self.window.open_recording(old_id)
            return
        view, report = outcome.done[0][1]  # type: ignore[misc]
        self.show_recording(view.id)
        self.window.show_message(self.tr("Vervangen door {name}; gewist: {what}.").format(
            name=view.original_name, what=removal_texts.describe(report)))
        self._warn_outside(report)
        self.removed.emit(old_id)
        self.imported.emit(view.id)

    def remove(self, recording_id: int) -> ImportJob | None:
        """Erase a wrong recording with everything derived from it (the consent stays)."""
        if self._busy():
            return None
        found = self._preview(recording_id)
        if found is None:
            return None
        rec, preview = found
        if not removal_texts.confirm(self.parent_widget, self.tr("Opname verwijderen"),
                                     removal_texts.removal_question(rec.original_name, preview),
                                     "removeRecordingConfirm"):
            return None
        released = self._release(recording_id)
        step = ImportStep(rec.original_name, partial(_remove_one, self.ctx, recording_id))
        job = ImportJob(self.parent_widget, [step], self.tr("Opname verwijderen"), cancellable=False,
                        busy_text=self.tr("Opname en wat ervan is afgeleid wissen…"))
        return self._start(job, lambda outcome: self._removed(outcome, recording_id, released))

    def _removed(self, outcome: JobOutcome, recording_id: int, released: bool) -> None:
        self._report(outcome, self.tr("Niet verwijderd"))
        if not outcome.done:
            if released:
                self.window.open_recording(recording_id)
            return
        report = outcome.done[0][1]
        self.browser.refresh()
        self.window.show_message(self.tr("Opname gewist: {what}.").format(what=removal_texts.describe(report)))
        self._warn_outside(report)
        self.removed.emit(recording_id)

    def _release(self, recording_id: int) -> bool:
        """VLC lets go of a recording that is about to be erased (the file is overwritten on the worker)."""
        review = self.review
        if review.recording is None or review.recording.id != recording_id:
            return False
        self.runner.stop()
        review.playback.pause()
        review.player.unload()
        return True

    # --- shared -------------------------------------------------------------------------------------------
    def _busy(self) -> bool:
        if self.job is not None:
            self.window.show_message(self.tr("Wacht tot het importeren klaar is."))
            return True
        return False

    def _start(self, job: ImportJob, then: Callable[[JobOutcome], None]) -> ImportJob:
        self.job = job

        def finished(outcome: JobOutcome) -> None:
            self.job = None
            if outcome.cancelled:
                self.window.show_message(self.tr("Afgebroken: er is niets bewaard van het onderbroken bestand."))
            then(outcome)

        job.finished.connect(finished)
        job.start()
        self.job_started.emit(job)
        return job

    def _report(self, outcome: JobOutcome, title: str) -> None:
        if not outcome.refused:
            return
        lines = [_named(name, error_text(error)) for name, error in outcome.refused]
        show_error(self.parent_widget, title, "\n\n".join(lines), "importRefused")

    def _warn_outside(self, report: object) -> None:
        warning = removal_texts.outside_warning(report)
        if warning:
            show_error(self.parent_widget, self.tr("Kopieën buiten de werkmap"), warning, "importOutsideCopies")

    def shutdown(self) -> None:
        """The window closes: stop a running copy (nothing of it is kept) and wait for the worker."""
        job = self.job
        if job is not None:
            job.request_cancel()
            job.workers.shutdown()


def _named(name: str, text: str) -> str:
    """Our errors name the file themselves; a disk error does not."""
    return text if not name or name in text else f"{name}: {text}"


def _import_one(ctx: Context, conversation_id: int, source: Path, progress: Progress,
                cancel: Callable[[], bool]) -> object:
    return recordings.import_recording(ctx, conversation_id, source, progress=progress, cancel=cancel)


def _replace_one(ctx: Context, recording_id: int, source: Path, progress: Progress,
                 cancel: Callable[[], bool]) -> object:
    return recordings.replace_recording(ctx, recording_id, source, progress=progress, cancel=cancel)


def _remove_one(ctx: Context, recording_id: int, _progress: Progress, _cancel: Callable[[], bool]) -> object:
    return recordings.remove_recording(ctx, recording_id)
