"""The intake in the main window: the welcome page while no recording is open, the Casus menu's actions and
the werkmap's entries, and the path a new user walks (who they are becomes "Ik annoteer als"):
who are you -> new case -> its first conversation -> consent per purpose -> import of the recording.
It sees the window as a `Workbench` (ui/window_api.py) and is handed the widgets it works with.

Dialogs are window-modal but not blocking (`open()`), deleted when closed; the last one is `self.dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QStackedWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases, people
from kijkwijzer.services.cases import CaseView, ConversationView
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from .dialog_base import open_dialog
from .welcome_page import WelcomePage
from .werkmap_entries import werkmap_entries

if TYPE_CHECKING:
    from ..erasure_watch import ErasureWatch
    from ..review.review_view import ReviewView
    from ..window_api import Workbench
    from ..workspace_browser import WorkspaceBrowser
    from .casebook_loader import CasebookLoader


class IntakeFlow(QObject):
    def __init__(self, window: Workbench, *, central: QStackedWidget, review: ReviewView,
                 browser: WorkspaceBrowser, erasure_watch: ErasureWatch | None,
                 import_into: Callable[[int], object], open_cycle: Callable[[int], object]) -> None:
        super().__init__(window.widget)
        self.window = window
        self.central = central  # the review, or the welcome page while no recording is open
        self.review = review
        self.browser = browser
        self.erasure_watch = erasure_watch
        self._import_into = import_into  # the window's importer (recording_import)
        self._open_cycle = open_cycle  # the window's cycle navigator ("Waar sta ik")
        self.dialog: QDialog | None = None
        self.casebook_loader: CasebookLoader | None = None  # Bestand > Casusboek van 004 laden
        self.welcome = WelcomePage(window.ctx, window.widget)
        central.addWidget(self.welcome)
        central.setCurrentWidget(self.welcome)
        self.welcome.requested.connect(self._requested)
        self.welcome.identified.connect(self._identified)
        browser.menu_extensions.append(werkmap_entries(self))
        self.erased = EventBridge(window.chosen.base.bus, (Topic.RECORDING_ERASED,), self)
        # a client, case or recording erased here or elsewhere (ui/erasure_watch.py): close what shows it
        self.gone = EventBridge(window.chosen.base.bus, (Topic.CLIENT_ERASED, Topic.CASE_ERASED, Topic.RECORDING_ERASED),
                                self)

    @property
    def ctx(self) -> Context:
        return self.window.ctx

    def handlers(self) -> dict[str, Callable[..., object]]:
        return {"new_case": self.new_case, "new_conversation": self.new_conversation, "edit_case": self.edit_case,
                "case_events": self.case_events, "edit_conversation": self.edit_conversation,
                "edit_client": self.edit_client, "erase_client": self.erase_client, "people": self.people,
                "load_casebook": self.load_casebook}

    def start(self) -> None:
        """Once the window holds the first choice of reviewer."""
        window = self.window
        window.chosen.changed.connect(lambda _ctx: self._reviewer_changed())
        self.review.recording_opened.connect(lambda _r: self.update_stack())
        self.erased.connect_to(lambda _e: self.update_stack())
        self.gone.connect_to(lambda _e: self.close_erased())
        watch = self.erasure_watch
        if watch is not None:  # an erasure done elsewhere: the window's watch looks for us too
            watch.also(self._sweep)
            window.docks.panels_changed.connect(watch.wake)
        self._reviewer_changed()
        if self.central.currentWidget() is self.welcome:
            self.welcome.focus_first()

    def shutdown(self) -> None:
        self.erased.close()
        self.gone.close()
        self.welcome.bridge.close()

    # --- the main area ------------------------------------------------------------------------------------
    def _reviewer_changed(self) -> None:
        chosen = self.window.chosen
        self.welcome.set_ctx(chosen.ctx, chosen.professional_id)
        self.update_stack()

    def update_stack(self) -> None:
        """The review while a recording is open, else the welcome page."""
        showing = self.review if self.review.recording is not None else self.welcome
        if self.central.currentWidget() is not showing:
            self.central.setCurrentWidget(showing)
            if showing is self.welcome:
                self.welcome.focus_first()

    def _requested(self, name: str, target: int) -> None:
        actions: dict[str, Callable[[], object]] = {
            "new_case": lambda: self.new_case(), "people": lambda: self.people(),
            "new_conversation": lambda: self.new_conversation(target), "edit_case": lambda: self.edit_case(target),
            "consent": lambda: self.ask_consent(target), "import": lambda: self.import_into(target),
            "open": lambda: self.window.open_recording(target), "cycle": lambda: self.open_cycle(target),
            "casebook": lambda: self.load_casebook()}
        actions[name]()

    def load_casebook(self, ask: bool = True) -> CasebookLoader:
        """Bestand > Casusboek van 004 laden: the 13 cases as texts, on a worker thread behind a progress bar."""
        from .casebook_loader import CasebookLoader  # loaded when asked for, not at start-up

        loader = CasebookLoader(self.window.widget, lambda: self.window.ctx)
        loader.finished.connect(self._casebook_loaded)
        self.casebook_loader = loader
        loader.start(ask)
        return loader

    def _casebook_loaded(self, result: object) -> None:
        if isinstance(result, BaseException):
            return
        self.browser.refresh()
        self.welcome.refresh()
        self.window.show_message(self.tr("Casusboek geladen: {n} casussen staan in de werkmap.").format(
            n=getattr(result, "cases", 0)))

    def open_cycle(self, case_id: int) -> object | None:
        """'Waar sta ik': the case's cycle view."""
        return self._open_cycle(case_id)

    def _identified(self, professional, reviewer) -> None:
        self.window.chosen.choose(reviewer)  # whoever was chosen before, they annotate now
        self.window.show_message(self.tr("Welkom, {name}. Begin met een nieuwe casus.").format(name=professional.name))
        QTimer.singleShot(0, self, self._focus_primary)

    def _focus_primary(self) -> None:
        self.welcome.focus_first()

    # --- where we are -------------------------------------------------------------------------------------
    def _message(self, error: KijkwijzerError) -> None:
        self.window.show_message(error.message(current_lang()))

    def own_professional(self) -> int | None:
        return self.window.chosen.professional_id

    def chosen_case(self) -> int | None:
        """The case chosen in the werkmap (itself or something under it), else that of the open recording."""
        return self.window.current_case()

    def chosen_conversation(self) -> int | None:
        return self.window.current_conversation()

    def _reveal(self, kind: str, item_id: int) -> None:
        browser = self.browser
        browser.refresh()
        browser.reveal(kind, item_id)

    def _open(self, make: Callable[[], QDialog]) -> QDialog | None:
        try:
            dialog = make()
        except KijkwijzerError as error:
            self._message(error)
            return None
        self.dialog = dialog
        opened = open_dialog(dialog)
        if self.erasure_watch is not None:
            self.erasure_watch.wake()
        return opened

    # --- the steps ------------------------------------------------------------------------------------------
    def new_case(self, professional_id: int | None = None) -> QDialog | None:
        from .case_dialog import CaseDialog

        if not people.list_professionals(self.ctx):
            self.window.show_message(self.tr("Zeg eerst wie u bent: vul op de welkomstpagina uw naam in."))
            self.update_stack()
            return None
        chosen = professional_id or self.own_professional()
        dialog = self._open(lambda: CaseDialog(self.ctx, self.window.widget, professional_id=chosen))
        if dialog is not None:
            dialog.created.connect(self._case_created)  # type: ignore[attr-defined]
        return dialog

    def _case_created(self, case: CaseView) -> None:
        self._reveal("case", case.id)
        self.window.show_message(self.tr("Casus ‘{title}’ gemaakt. Leg nu het eerste gesprek vast.").format(
            title=case.title))
        QTimer.singleShot(0, self, lambda: self.new_conversation(case.id))

    def new_conversation(self, case_id: int | None = None) -> QDialog | None:
        from .conversation_dialog import ConversationDialog

        if not cases.list_cases(self.ctx):
            self.window.show_message(self.tr("Een gesprek hoort bij een casus: maak eerst een casus."))
            return self.new_case()
        chosen = case_id or self.chosen_case()
        dialog = self._open(lambda: ConversationDialog(self.ctx, self.window.widget, case_id=chosen))
        if dialog is not None:
            dialog.created.connect(self._conversation_created)  # type: ignore[attr-defined]
        return dialog

    def _conversation_created(self, conversation: ConversationView) -> None:
        self._reveal("conversation", conversation.id)
        QTimer.singleShot(0, self, lambda: self.ask_consent(conversation.id))

    def ask_consent(self, conversation_id: int) -> QDialog | None:
        """Consent per purpose before any import; once recording is allowed the import follows."""
        from ..privacy.consent_dialog import ConsentDialog

        dialog = self._open(lambda: ConsentDialog(self.ctx, conversation_id, self.window.widget, flow=True))
        if dialog is not None:
            dialog.recording_granted.connect(  # type: ignore[attr-defined]
                lambda cid: QTimer.singleShot(0, self, lambda: self.import_into(cid)))
        return dialog

    def import_into(self, conversation_id: int) -> object | None:
        return self._import_into(conversation_id)

    # --- editing --------------------------------------------------------------------------------------------
    def edit_case(self, case_id: int | None = None) -> QDialog | None:
        from .case_dialog import CaseDialog

        case_id = case_id or self.chosen_case()
        if case_id is None:
            self.window.show_message(self.tr("Kies eerst een casus in de werkmap."))
            return None
        dialog = self._open(lambda: CaseDialog(self.ctx, self.window.widget, case_id=case_id))
        if dialog is not None:
            dialog.client_edit_requested.connect(lambda cid: self.edit_client(client_id=cid))  # type: ignore[attr-defined]
            dialog.events_requested.connect(self.case_events)  # type: ignore[attr-defined]
        return dialog

    def case_events(self, case_id: int | None = None) -> QDialog | None:
        from .case_events import CaseEventsDialog

        case_id = case_id or self.chosen_case()
        if case_id is None:
            self.window.show_message(self.tr("Kies eerst een casus in de werkmap."))
            return None
        return self._open(lambda: CaseEventsDialog(self.ctx, case_id, self.window.widget))

    def _client_of_chosen_case(self, case_id: int | None) -> int | None:
        """The client of the given case, else of the case chosen in the werkmap; None (said) when there is none."""
        case_id = case_id or self.chosen_case()
        if case_id is None:
            self.window.show_message(self.tr("Kies eerst een casus in de werkmap."))
            return None
        try:
            return cases.get_case(self.ctx, case_id).client_id
        except KijkwijzerError as error:
            self._message(error)
            return None

    def edit_client(self, client_id: int | None = None, case_id: int | None = None) -> QDialog | None:
        from .client_dialog import ClientDialog

        chosen = client_id if client_id is not None else self._client_of_chosen_case(case_id)
        if chosen is None:
            return None
        dialog = self._open(lambda: ClientDialog(self.ctx, chosen, self.window.widget))
        if dialog is not None:
            dialog.erase_requested.connect(lambda cid: self.erase_client(client_id=cid))  # type: ignore[attr-defined]
        return dialog

    def erase_client(self, client_id: int | None = None, case_id: int | None = None) -> QDialog | None:
        """The client of the chosen case (or the one given), erased after the preview and typed confirmation."""
        from .client_erasure_dialog import ClientErasureDialog

        chosen = client_id if client_id is not None else self._client_of_chosen_case(case_id)
        if chosen is None:
            return None
        dialog = self._open(lambda: ClientErasureDialog(self.ctx, chosen, self.window.widget))
        if dialog is not None:
            dialog.erased.connect(self._client_erased)  # type: ignore[attr-defined]
        return dialog

    def _client_erased(self, report) -> None:
        from .client_erasure_dialog import erased_message

        self.close_erased()
        self.browser.refresh()
        self.update_stack()
        self.window.show_message(erased_message(report))

    def close_erased(self) -> int:
        """Panels and dialogs of what no longer exists are closed (an erasure here or elsewhere)."""
        from .client_erasure_dialog import close_erased

        return close_erased(self.window)[0]

    def _sweep(self) -> bool:
        """The erasure watch's look (every two seconds while something erasable is shown)."""
        from .client_erasure_dialog import close_erased

        closed, still = close_erased(self.window)
        if closed:
            self.browser.refresh()
            self.window.show_message(self.tr("Wat hier openstond, is elders gewist en gesloten."))
        return bool(still)

    def edit_conversation(self, conversation_id: int | None = None) -> QDialog | None:
        from .conversation_dialog import ConversationDialog

        conversation_id = conversation_id or self.chosen_conversation()
        if conversation_id is None:
            self.window.show_message(self.tr("Kies eerst een gesprek in de werkmap."))
            return None
        return self._open(lambda: ConversationDialog(self.ctx, self.window.widget, conversation_id=conversation_id))

    def people(self, professional_id: int | None = None) -> QDialog | None:
        from .people_dialog import PeopleDialog

        chosen = professional_id or self.own_professional()
        return self._open(lambda: PeopleDialog(self.ctx, self.window.widget, chosen))
