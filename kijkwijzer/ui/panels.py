"""What the Gesprek and Ontwikkeling menus (and the werkmap's context menu) open: consent, SLIM, reflection,
series, comparison, client interview, self-assessment, plan and progress, each acting as the chosen reviewer.

"This conversation" is the one chosen in the werkmap (a conversation or one of its recordings), else the
conversation of the open recording. Errors from the services end up in the status bar, never as a crash.
Each dock's factory connects its panel's signals (messages, fragments and evidence to play).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import annotations, cases, fragments, recordings, reflection
from kijkwijzer.services.context import Context

from .docks import BIG_PANEL_HEIGHT, PANEL_HEIGHT, FixedDock
from .i18n import current_lang
from .service_calls import call_or_say

if TYPE_CHECKING:
    from .feedback.playlist_panel import PlaylistPanel
    from .review.review_view import ReviewView
    from .window_api import Workbench


class Panels(QObject):
    def __init__(self, window: Workbench, review: ReviewView, playlists: PlaylistPanel) -> None:
        super().__init__(window.widget)
        self.window = window
        self.review = review
        self.playlists = playlists

    # --- where we are -------------------------------------------------------------------------------------
    @property
    def ctx(self) -> Context:
        return self.window.ctx

    def _call(self, fn: Callable[..., object], *args: object, **kwargs: object) -> object | None:
        return call_or_say(self.window.show_message, fn, *args, **kwargs)

    def conversation_id(self) -> int | None:
        chosen = self.window.current_conversation()
        if chosen is None:
            self.window.show_message(self.tr("Kies eerst een gesprek in de werkmap."))
        return chosen

    def professional_id(self) -> int | None:
        professional_id = self.window.chosen.professional_id
        if professional_id is None:
            self.window.show_message(self.tr("Dit is alleen voor de professional zelf: kies bij ‘Ik annoteer als’ "
                                             "de professional."))
        return professional_id

    def handlers(self) -> dict[str, Callable[..., object]]:
        return {"consent": self.consent, "slim": self.slim, "comparison": self.comparison,
                "client_interview": self.client_interview, "reflection": self.reflection, "series": self.series,
                "assessment": self.assessment, "plan": lambda: self.plan(False), "progress": self.progress,
                "make_fragment": self.make_fragment, "conversation_flow": self.conversation_flow,
                "agreement": self.agreement, "search_all": self.search_all}

    def for_conversation(self) -> dict[str, Callable[[int], object]]:
        """The werkmap's entries on a conversation (workspace_browser.CONVERSATION_ACTIONS), by name."""
        return {"consent": self.consent, "slim": self.slim, "reflection": self.reflection, "series": self.series}

    # --- conversation panels -----------------------------------------------------------------------------------
    def consent(self, conversation_id: int | None = None) -> QWidget | None:
        from .privacy import open_consent_dialog

        conversation_id = conversation_id or self.conversation_id()
        if conversation_id is None:
            return None
        return self._call(open_consent_dialog, self.ctx, conversation_id, self.window.widget)  # type: ignore[return-value]

    def conversation_flow(self) -> QWidget | None:
        """Gespreksverloop of the open recording: who speaks how much, turns, silences, interruptions."""
        from .flow import open_flow_panel

        return open_flow_panel(self.window, self.review)

    def agreement(self) -> QWidget | None:
        """Overeenstemming tussen kijkers of the open recording (or the chosen conversation's first)."""
        from .agreement import open_agreement

        return open_agreement(self.window)

    def _conversation_label(self, conversation_id: int) -> str:
        conv = self._call(cases.get_conversation, self.ctx, conversation_id)
        return self.tr("gesprek {n}").format(n=conv.sequence) if conv is not None else f"#{conversation_id}"

    def slim(self, conversation_id: int | None = None) -> QWidget | None:
        from .slim import SlimPanel

        conversation_id = conversation_id or self.conversation_id()
        if conversation_id is None:
            return None
        title = self.tr("SLIM – {conversation}").format(conversation=self._conversation_label(conversation_id))

        def make(ctx: Context) -> SlimPanel:
            panel = SlimPanel(ctx, conversation_id)
            panel.message.connect(self.window.show_message)
            return panel

        return self.window.docks.open(f"slim:{conversation_id}", title, make)

    def comparison(self) -> QWidget | None:
        from .feedback import ComparisonView

        recording = self.window.current_recording()
        if recording is None:
            self.window.show_message(self.tr("Open eerst een opname."))
            return None
        recording_id = recording.id
        title = self.tr("Hypothese en beleving – {name}").format(name=recording.original_name)
        return self.window.docks.open(f"comparison:{recording_id}", title,
                                      lambda ctx: ComparisonView(ctx, recording_id))

    def reflection(self, conversation_id: int | None = None, reflection_id: int | None = None) -> QWidget | None:
        """The conversation's latest reflection (or the one given: a follow-on just started)."""
        from .reflection import ReflectionView

        conversation_id = conversation_id or self.conversation_id()
        if conversation_id is None:
            return None
        reflections = self._call(reflection.list_reflections, self.ctx, conversation_id)
        if reflections is None:
            return None
        if reflection_id is None and reflections:
            reflection_id = reflections[-1].id  # type: ignore[index]
        elif reflection_id is None:
            reflection_id = self._start_reflection(conversation_id)
            if reflection_id is None:
                return None
        title = self.tr("Reflectiegesprek – {conversation}").format(
            conversation=self._conversation_label(conversation_id))

        def make(ctx: Context) -> ReflectionView:
            view = ReflectionView(ctx, reflection_id)
            view.message.connect(self.window.show_message)
            view.play_fragment_requested.connect(lambda f: self.window.open_moment(f.recording_id, f.start_ms))
            view.follow_on_started.connect(lambda rid, cid: self.reflection(cid, rid))
            return view

        return self.window.docks.open(f"reflection:{reflection_id}", title, make)

    def _start_reflection(self, conversation_id: int) -> int | None:
        """No reflection conversation yet: offer to start one with the conversation's reflection playlist."""
        answer = QMessageBox.question(self.window.widget, self.tr("Reflectiegesprek"), self.tr(
            "Voor dit gesprek is nog geen reflectiegesprek. Nu een beginnen, met de fragmenten van de "
            "afspeellijst voor het reflectiegesprek als agenda?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        playlist_id = None
        for rec in self._call(recordings.list_recordings, self.ctx, conversation_id) or []:
            lists = self._call(fragments.list_playlists, self.ctx, rec.id, "reflection") or []  # type: ignore[attr-defined]
            if lists:
                playlist_id = lists[0].id  # type: ignore[index]
                break
        made = self._call(reflection.start_reflection, self.ctx, conversation_id, date.today(), playlist_id=playlist_id)
        return made.id if made is not None else None  # type: ignore[attr-defined]

    def series(self, conversation_id: int | None = None) -> QWidget | None:
        from .series import SeriesView

        conversation_id = conversation_id or self.conversation_id()
        conv = self._call(cases.get_conversation, self.ctx, conversation_id) if conversation_id else None
        if conv is None:
            return None
        case_id = conv.case_id  # type: ignore[attr-defined]
        case = next((c for c in self._call(cases.list_cases, self.ctx) or [] if c.id == case_id), None)  # type: ignore[attr-defined]
        title = self.tr("Reeks – {case}").format(case=case.title if case is not None else f"#{case_id}")
        return self.window.docks.open(f"series:{case_id}", title, lambda ctx: SeriesView(ctx, case_id))

    def client_interview(self) -> QWidget | None:
        from .feedback import open_client_interview

        playlist = self.playlists.current_playlist()
        if playlist is None or playlist.purpose != "client_interview" or not playlist.fragments:
            self.window.docks.bring_forward(FixedDock.FRAGMENTS)
            self.window.show_message(self.tr("Kies bij Fragmenten een afspeellijst voor het cliëntinterview."))
            return None
        self.review.playback.pause()
        return self._call(open_client_interview, self.ctx, playlist.id, self.window.widget)  # type: ignore[return-value]

    # --- the professional's own -----------------------------------------------------------------------------
    def _own(self, professional_id: int, make: Callable[[Context], QWidget]) -> Callable[[Context], QWidget | None]:
        """A factory for a private panel: after a reviewer switch only the professional keeps it."""
        chosen = self.window.chosen

        def factory(ctx: Context) -> QWidget | None:
            return make(ctx) if chosen.professional_id == professional_id else None

        return factory

    def assessment(self) -> QWidget | None:
        from .assessment import AssessmentWizard

        professional_id = self.professional_id()
        if professional_id is None:
            return None
        wizard = AssessmentWizard(self.ctx, professional_id, self.window.widget)
        wizard.fragment_requested.connect(lambda rid, ms, _end: self.window.open_moment(rid, ms))
        wizard.finished.connect(lambda _r: wizard.deleteLater())
        wizard.open()
        return wizard

    def plan(self, due_only: bool = False) -> QWidget | None:
        from .assessment import PlanPanel

        professional_id = self.professional_id()
        if professional_id is None:
            return None

        def make(ctx: Context) -> PlanPanel:
            made = PlanPanel(ctx, professional_id, due_only=due_only)
            made.evidence_requested.connect(self.open_evidence)
            return made

        panel = self.window.docks.open(f"plan:{professional_id}", self.tr("Verbeterplan"),
                                       self._own(professional_id, make),
                                       height=BIG_PANEL_HEIGHT if not due_only else PANEL_HEIGHT)
        if isinstance(panel, PlanPanel):
            panel.due_only.setChecked(due_only)
        return panel

    def progress(self) -> QWidget | None:
        from .progress import ProgressView

        professional_id = self.professional_id()
        if professional_id is None:
            return None
        return self.window.docks.open(f"progress:{professional_id}", self.tr("Mijn voortgang"),
                                      self._own(professional_id, lambda ctx: ProgressView(ctx, professional_id)))

    def open_evidence(self, kind: str, target_id: int) -> None:
        """A plan action's evidence (double-click in the plan): its moment in the review."""
        try:
            if kind == "fragment":
                found = fragments.get(self.ctx, target_id)
                self.window.open_moment(found.recording_id, found.start_ms)
            elif kind == "annotation":
                note = annotations.get(self.ctx, target_id)
                self.window.open_moment(note.recording_id, note.start_ms)
                self.review.select(note.id)
            else:
                self.window.show_message(self.tr("Dit bewijs heeft geen plek in een opname."))
        except KijkwijzerError as error:
            self.window.show_message(error.message(current_lang()))

    def search_all(self) -> QWidget | None:
        """Bewerken > Zoeken in alle opnamen: the search panel, a hit opening its moment (ui/search)."""
        from .search import open_search

        return open_search(self.window, self.review)

    # --- fragments ---------------------------------------------------------------------------------------------
    def make_fragment(self) -> object | None:
        """F: the marked span (I/O) becomes a fragment, else the selected annotation does."""
        review = self.review
        if review.recording is None:
            self.window.show_message(self.tr("Open eerst een opname."))
            return None
        playback = review.playback
        if playback.mark_in is not None or playback.mark_out is not None:
            start = playback.mark_in if playback.mark_in is not None else playback.position
            end = playback.mark_out if playback.mark_out is not None else playback.position
            if end <= start:
                start, end = min(start, end), None  # type: ignore[assignment]
            made = self._call(fragments.from_span, self.ctx, review.recording.id, int(start), end)
            if made is not None and not playback.loop:
                playback.clear_marks()
        elif review.selected_id is not None:
            made = self._call(fragments.from_annotation, self.ctx, review.selected_id)
        else:
            self.window.show_message(self.tr("Markeer eerst een stuk (I en O) of kies een annotatie."))
            return None
        if made is not None:  # the Fragmenten panel follows by itself (fragment.added on the bus)
            self.window.show_message(self.tr("Fragment gemaakt: {span}").format(
                span=_span_text(made.start_ms, made.end_ms)))  # type: ignore[attr-defined]
        return made


def _span_text(start_ms: int, end_ms: int) -> str:
    from kijkwijzer.domain.timecode import format_ms

    return f"{format_ms(start_ms, millis=False)}–{format_ms(end_ms, millis=False)}"
