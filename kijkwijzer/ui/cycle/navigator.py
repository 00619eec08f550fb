"""Opens the cycle view of a case (werkmap: Enter or double-click on a case, its context menu "Waar sta ik?",
Gesprek > "Waar sta ik in deze casus?" Ctrl+Shift+W) as a panel dock "cycle:<case id>", and takes each step
there: consent, import or open the recording, fragments, client interview, reflection, the checklist of
the follow-up conversation, the series of the case.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases
from kijkwijzer.services.context import Context
from kijkwijzer.services.cycle import ConversationCycle

from ..docks import RIGHT, FixedDock
from ..i18n import current_lang
from ..service_calls import call_or_say
from .cycle_view import CycleView

if TYPE_CHECKING:
    from ..feedback.playlist_panel import PlaylistPanel
    from ..intake.intake_flow import IntakeFlow
    from ..panels import Panels
    from ..recording_import.importer import Importer
    from ..reflection.checklist import FollowupChecklist
    from ..window_api import Workbench
    from ..workspace_browser import WorkspaceBrowser


class CycleNavigator(QObject):
    def __init__(self, window: Workbench, *, browser: WorkspaceBrowser, panels: Panels, importer: Importer,
                 intake: IntakeFlow, playlists: PlaylistPanel, checklist: FollowupChecklist) -> None:
        super().__init__(window.widget)
        self.window = window
        self.browser = browser
        self.panels = panels
        self.importer = importer
        self.intake = intake
        self.playlists = playlists
        self.checklist = checklist
        browser.case_activated.connect(self.open)

    def handlers(self) -> dict[str, Callable[..., object]]:
        return {"cycle": self.open_current}

    # --- opening -----------------------------------------------------------------------------------------
    def open(self, case_id: int) -> CycleView | None:
        """The view sits in the right column beside the werkmap: the full height, the case's home."""
        window = self.window
        case = call_or_say(window.show_message, cases.get_case, window.ctx, case_id)
        if case is None:
            return None
        title = self.tr("Waar sta ik: {client}").format(client=case.client_pseudonym)
        # a tab in the werkmap's column
        panel = window.docks.open(f"cycle:{case_id}", title, lambda ctx: self._make(ctx, case_id), area=RIGHT,
                                  beside=FixedDock.WERKMAP)
        return panel if isinstance(panel, CycleView) else None

    def _make(self, ctx: Context, case_id: int) -> CycleView:
        view = CycleView(ctx, case_id)
        view.message.connect(self.window.show_message)
        view.step_requested.connect(self.go)
        view.import_requested.connect(lambda cid: self.importer.import_into(cid))
        view.checklist_requested.connect(self.show_checklist)
        view.series_requested.connect(lambda cid: self.panels.series(cid))
        view.case_action.connect(self.case_action)
        view.recording_action.connect(self.recording_action)
        view.conversation_edit_requested.connect(lambda cid: self.intake.edit_conversation(conversation_id=cid))
        return view

    def case_action(self, name: str, case_id: int) -> None:
        """The intake's dialogs for the case (cycle_view: new_conversation | edit_case | case_events | edit_client)."""
        intake = self.intake
        actions: dict[str, Callable[[], object]] = {
            "new_conversation": lambda: intake.new_conversation(case_id=case_id),
            "edit_case": lambda: intake.edit_case(case_id=case_id),
            "case_events": lambda: intake.case_events(case_id=case_id),
            "edit_client": lambda: intake.edit_client(case_id=case_id)}
        actions[name]()

    def recording_action(self, name: str, recording_id: int) -> None:
        if name == "open":
            if self.window.open_recording(recording_id):
                self.browser.reveal("recording", recording_id)
        else:
            self.importer.recording_action(name, recording_id)

    def current_case(self) -> int | None:
        """The case chosen in the werkmap (or that of the conversation/recording chosen there), else that of
        the open recording."""
        return self.window.current_case()

    def open_current(self) -> CycleView | None:
        case_id = self.current_case()
        if case_id is None:
            self.window.show_message(self.tr("Kies eerst een casus in de werkmap."))
            return None
        return self.open(case_id)

    # --- taking a step ---------------------------------------------------------------------------------------
    def _cycle(self, conversation_id: int) -> ConversationCycle | None:
        for dock_key in self.window.docks.panels:
            panel = self.window.docks.panel(dock_key)
            if isinstance(panel, CycleView) and panel.data is not None:
                found = next((c for c in panel.data.conversations if c.conversation.id == conversation_id), None)
                if found is not None:
                    return found
        return None

    def go(self, conversation_id: int, key: str) -> None:
        window, cycle = self.window, self._cycle(conversation_id)
        recorded = bool(cycle and cycle.recording_ids)
        step = cycle.step(key) if cycle is not None else None
        if key == "consent" or (key in ("recording", "client_interview") and step is not None and not step.available
                                and not step.done):
            self.panels.consent(conversation_id)
        elif key in ("recording", "annotations", "fragments") and not recorded:
            self.importer.import_into(conversation_id)
        elif key in ("recording", "annotations"):
            self._open_recording(cycle)
        elif key == "fragments":
            if self._open_recording(cycle):
                window.docks.bring_forward(FixedDock.FRAGMENTS)
        elif key == "client_interview":
            self._client_interview(cycle, bool(step and step.done))
        elif key in ("reflection", "aandachtspunten"):
            self.panels.reflection(conversation_id)
        elif key == "followup":
            self._followup(conversation_id)

    def _open_recording(self, cycle: ConversationCycle | None) -> bool:
        if cycle is None or not cycle.recording_ids:
            return False
        window = self.window
        recording_id = cycle.recording_ids[-1]
        current = window.current_recording()
        if current is not None and current.id in cycle.recording_ids:
            recording_id = current.id
        elif not window.open_recording(recording_id):
            return False
        self.browser.reveal("recording", recording_id)
        return True

    def _client_interview(self, cycle: ConversationCycle | None, done: bool) -> None:
        """Done: the client's reactions beside the annotations; else the interview with its playlist, or the
        fragments panel to make that playlist first."""
        window = self.window
        if not self._open_recording(cycle):
            self.importer.import_into(cycle.conversation.id if cycle is not None else None)
            return
        if done:
            self.panels.comparison()
            return
        playlists = self.playlists
        chosen = next((p for p in playlists.playlists if p.purpose == "client_interview" and p.fragments), None)
        if chosen is None:
            window.docks.bring_forward(FixedDock.FRAGMENTS)
            window.show_message(self.tr("Maak bij Fragmenten een afspeellijst voor het cliëntinterview: kies "
                                        "fragmenten en dan ‘Nieuwe lijst cliëntinterview’."))
            return
        playlists.chooser.setCurrentIndex(playlists.chooser.findData(chosen.id))
        self.panels.client_interview()

    def _followup(self, conversation_id: int) -> None:
        """The points raised here are checked in the next conversation: its checklist."""
        window = self.window
        try:
            conv = cases.get_conversation(window.ctx, conversation_id)
            later = [c for c in cases.list_conversations(window.ctx, conv.case_id) if c.sequence > conv.sequence]
        except KijkwijzerError as error:
            window.show_message(error.message(current_lang()))
            return
        if not later:
            window.show_message(self.tr("Er is nog geen volgend gesprek. Maak het aan bij de casus; de "
                                        "aandachtspunten staan dan op de checklist van dat gesprek."))
            return
        self.show_checklist(later[0].id)

    def show_checklist(self, conversation_id: int) -> None:
        """The follow-up checklist of a conversation (its recording opened, so a fragment can be linked)."""
        self._open_recording(self._cycle(conversation_id))
        if self.checklist.conversation_id != conversation_id:
            self.checklist.set_conversation(conversation_id)
        self.window.docks.bring_forward(FixedDock.CHECKLIST)
