"""The review view: player, transport, coding pad, timeline and annotation list around one recording.

It opens a recording through the services (consent is checked there), renders the ReviewModel
(kijkwijzer/review/model.py: recording, playhead, marks, loop, selection, annotations), keeps it current from bus
events, and reports media problems and service errors upwards instead of raising.
"""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from kijkwijzer.analysis.speech import SpeakerTrack
from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.review.model import ReviewModel
from kijkwijzer.services import annotations, recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.recordings import RecordingView
from kijkwijzer.services.topics import Area, Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..workers import Workers
from .annotate import Annotate
from .annotation_editor import AnnotationEditor
from .annotation_list import AnnotationList
from .annotation_set import AnnotationSet
from .coding_pad import CodingPad, ThemeKeys
from .playback import Playback
from .player_view import PausedPicture, PlayerView
from .remote_annotations import RemoteAnnotations
from .speaker_lane import SpeakerLane
from .timeline import Timeline
from .timeline_model import Palette
from .undo_history import UndoHistory
from .waveform_tiles import tiles_of

log = logging.getLogger(__name__)
LIST_CHROME = 24  # the table's frame and vertical scroll bar beside its columns


class _PlayerSignals(QObject):
    """VLC calls back on its own thread; these queued signals bring the news to the Qt thread."""

    error = Signal()
    ended = Signal()


class ReviewView(QWidget):
    message = Signal(str)  # for the status bar
    media_problem = Signal(object, str)  # RecordingView, kind: missing | unplayable
    editor_requested = Signal()
    recording_opened = Signal(object)  # RecordingView

    def __init__(self, ctx: Context, player: Player, parent: QWidget | None = None, *,
                 undo_history: UndoHistory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self.content = ctx.content
        self.player = player
        self.model = ReviewModel()
        self._shut_down = False
        self.undo_stack = undo_history if undo_history is not None else UndoHistory(self)
        self.undo_stack.failed.connect(self.report)
        self.workers = Workers(self)
        self.annotations = AnnotationSet(self, self.model.annotations)
        self.playback = Playback(player, self, self.model)
        self.palette_ = Palette({t.id: t.color for t in self.content.themes})
        self.theme_keys = ThemeKeys(self.content.themes)

        self.player_view = PlayerView(self)
        self.timeline = Timeline(self.annotations, self.palette_, self)
        self.coding_pad = CodingPad(self.content.themes, self.theme_keys, self, content=self.content)
        self.list = AnnotationList(self.annotations, self.content, self)
        self.editor = AnnotationEditor(self.content, self._commit_edit, ctx.workspace.stills_dir)
        self.editor.still_key = lambda: self.recording.source.key if self.recording and self.recording.source else None
        self.editor.number_of = self.annotations.number_of
        for renumbering in (self.annotations.inserted, self.annotations.removed, self.annotations.rearranged):
            renumbering.connect(lambda *_: self.editor.renumbered())
        self.annotate = Annotate(self.model, lambda: self.ctx, self.undo_stack, self.list,
                                 seek=self.playback.seek, select=self.select, say=self.message.emit,
                                 open_editor=self.editor_requested.emit, workers=self.workers)
        self.transport: QWidget | None = None  # made in bind_actions, once the actions exist
        self._editor_sync = QTimer(self)
        self._editor_sync.setSingleShot(True)
        self._editor_sync.setInterval(30)
        self._editor_sync.timeout.connect(self.sync_editor)
        self.picture = PausedPicture(self.player_view, player, self._shows_paused_video, self)

        self._player_signals = _PlayerSignals(self)
        self._player_signals.error.connect(self._player_error, Qt.ConnectionType.QueuedConnection)
        self._player_signals.ended.connect(self._player_ended, Qt.ConnectionType.QueuedConnection)
        self._hook_player()
        self.bridge = EventBridge(ctx.bus, (Area.ANNOTATION, Topic.TEAM_RECONNECTED), self)
        self.bridge.connect_to(self._on_event)
        # colleagues' edits (team mode): in bursts, and read anew after a lost connection
        self.remote = RemoteAnnotations(self.model.annotations, self.workers, self._apply_event, self._settle_burst,
                                        self.report, self)

        self.left = QWidget(self)
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.player_view, 1)
        self._left_layout = left_layout
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.splitter, 1)
        self._transport_slot = layout.count()
        layout.addWidget(self.coding_pad)
        layout.addWidget(self.timeline)

        self.playback.position_changed.connect(self._position_changed)
        self.playback.marks_changed.connect(self._marks_changed)
        self._unobserve = self.model.events.selection.connect(self._show_selection)
        self.timeline.canvas.seek_requested.connect(self.playback.seek)
        self.timeline.canvas.annotation_clicked.connect(self.annotate.jump_to)
        self.timeline.canvas.span_edited.connect(self.annotate.edit_span)
        self.coding_pad.theme_pressed.connect(self.annotate.theme_key)
        self.coding_pad.focus_back.connect(self.focus_review)
        self.list.seek_requested.connect(self.playback.seek)
        self.list.selected.connect(self.select)
        self.editor.still_requested.connect(lambda _id: self.annotate.add_still())
        self.editor.set_time_requested.connect(self.annotate.take_playhead)
        self.editor.closed.connect(self.focus_review)

    # --- wiring ----------------------------------------------------------------------------------
    def _hook_player(self) -> None:
        signals = self._player_signals
        try:
            self.player.on_error(lambda: signals.error.emit())
            self.player.on_end_reached(lambda: signals.ended.emit())
        except Exception:  # noqa: BLE001 - a player without callbacks still plays
            log.info("player without callbacks")

    def handlers(self) -> dict:
        """Review actions (shortcuts.py names) -> what they do."""
        pb, an = self.playback, self.annotate
        return {
            "play_pause": self._guard(pb.toggle), "shuttle_back": self._guard(pb.shuttle_slower),
            "shuttle_stop": self._guard(pb.shuttle_stop), "shuttle_forward": self._guard(pb.shuttle_faster),
            "back_5s": self._guard(lambda: pb.skip(-5000)), "forward_5s": self._guard(lambda: pb.skip(5000)),
            "back_1s": self._guard(lambda: pb.skip(-1000)), "forward_1s": self._guard(lambda: pb.skip(1000)),
            "prev_frame": self._guard(lambda: pb.step_frame(-1)), "next_frame": self._guard(lambda: pb.step_frame(1)),
            "go_start": self._guard(pb.go_start), "go_end": self._guard(pb.go_end),
            "mark_in": self._guard(pb.set_mark_in), "mark_out": self._guard(pb.set_mark_out),
            "clear_marks": pb.clear_marks, "loop": pb.set_loop, "mute": pb.set_mute,
            "volume_up": lambda: pb.change_volume(10), "volume_down": lambda: pb.change_volume(-10),
            "delete_annotation": an.delete_selected, "edit_annotation": an.edit_or_commit_span,
            "focus_review": self.focus_review, "find": self.list.focus_search,
            "next_annotation": lambda: an.jump(+1), "prev_annotation": lambda: an.jump(-1),
            "add_still": an.add_still, "zoom_in": self.timeline.canvas.zoom_in,
            "zoom_out": self.timeline.canvas.zoom_out, "zoom_fit": self.timeline.canvas.zoom_fit,
            "theme_help": self.coding_pad.toggle_help,
        }

    def _guard(self, fn):
        def run() -> None:
            if self.recording is not None:
                fn()
        return run

    def bind_actions(self, actions: dict) -> None:
        from .transport import Transport

        self.actions_by_name = actions
        self.transport = Transport(self.playback, actions, self)
        self.layout().insertWidget(self._transport_slot, self.transport)
        loop = actions.get("loop")
        if loop is not None:
            self.playback.loop_changed.connect(lambda on: loop.isChecked() != on and loop.setChecked(on))

    # --- opening a recording ---------------------------------------------------------------------------
    def open_recording(self, recording_id: int) -> bool:
        """Open through the service (consent and audit); a problem with the file is reported, not raised."""
        self.editor.flush()
        try:
            view = recordings.open_recording(self.ctx, recording_id)
            items = annotations.list_for_recording(self.ctx, recording_id)
        except KijkwijzerError as error:
            self.report(error)
            return False
        self.close_media()
        self.undo_stack.follow_recording(view.id)
        self.model.open(view, items)
        self.timeline.canvas.set_current_reviewer(self.ctx.actor.reviewer_id)
        self.timeline.canvas.set_duration(view.duration_ms)
        self.playback.set_media(view.duration_ms, view.fps)
        self.recording_opened.emit(view)
        self._load_speakers(view.id)
        if view.text_only:
            return self._show_written_account()
        if not view.available:
            self.player_view.show_message(self.tr("Het bestand van deze opname ontbreekt."))
            self.media_problem.emit(view, "missing")
            return False
        return self._load_media(view)

    def _show_written_account(self) -> bool:
        """A text-only recording (the casebook): no file to play; the transcript, the annotations and the fragments
        work on its estimated times as on a video."""
        try:
            self.player.unload()  # the last recording's picture and sound must not carry on under this one
        except Exception:
            log.info("unloading failed", exc_info=True)
        self.player_view.show_message(self.tr("Tekstverslag uit het casusboek: geen beeld of geluid") + "\n\n"
                                      + self.tr("Het verslag staat in het Transcript; annotaties en fragmenten "
                                                "werken zoals bij een opname."))
        return True

    def _load_media(self, view: RecordingView) -> bool:
        if view.has_video:
            self.player_view.show_video()
        else:
            self.player_view.show_audio(view.original_name, view.duration_ms)
        try:
            if view.has_video:
                self.player_view.lend_surface(self.player)
            self.player.load(view.source or view.path)
            self.player_view.fit_picture(self.player.picture_size())
        except KijkwijzerError as error:
            self.report(error)
            self.player_view.show_message(error.message(current_lang()))
            self.media_problem.emit(view, "unplayable")
            return False
        except Exception as error:  # noqa: BLE001 - libvlc may fail in ways we cannot type
            log.warning("playing failed: %r", error)
            self.player_view.show_message(self.tr("Deze opname kan niet worden afgespeeld."))
            self.media_problem.emit(view, "unplayable")
            return False
        self._load_waveform(view)
        return True

    def _load_waveform(self, view: RecordingView) -> None:
        if not view.has_audio:
            return
        cache_dir = self.ctx.workspace.cache_dir
        recording_id = view.id

        def compute() -> object:  # in a process of its own when not cached yet: PyAV and numpy never come in here
            from kijkwijzer.media.waveform_apart import load_or_compute_apart

            return load_or_compute_apart(view.source or view.path, cache_dir, sha256=view.sha256)

        def done(result: object) -> None:
            if self.recording is None or self.recording.id != recording_id:
                return
            tiles = tiles_of(result)
            self.timeline.canvas.set_waveform(tiles)
            if not view.has_video:  # the big waveform stands in for a picture only where there is none
                self.player_view.set_waveform(tiles)

        self.workers.run(compute, done, lambda error: log.info("no waveform: %r", error))

    def _load_speakers(self, recording_id: int) -> None:
        """The speaker lane, when the recording's speaker track was made before (it is never computed here: that
        is the Gespreksverloop panel's Analyseren)."""
        ctx = self.ctx

        def read() -> object:
            from kijkwijzer.services import speech

            return speech.cached_speaker_track(ctx, recording_id)

        def done(track: object) -> None:
            if self.recording is not None and self.recording.id == recording_id:
                self.show_speakers(track if isinstance(track, SpeakerTrack) else None)

        self.workers.run(read, done, lambda error: log.info("no speaker track: %r", error))

    def show_speakers(self, track: SpeakerTrack | None) -> None:
        """The speaker lane of this track (of the open recording); None or a track without speech hides it."""
        self.timeline.canvas.set_speakers(SpeakerLane.of(track) if track is not None and track.segments else None)

    def close_media(self) -> None:
        self.playback.stop()
        if self.recording is not None:
            try:
                self.player.pause()
            except Exception:
                log.info("pausing failed", exc_info=True)
        self.timeline.canvas.set_waveform(None)
        self.timeline.canvas.set_speakers(None)
        self.player_view.set_waveform(None)
        self.model.close()

    def forget(self, recording_id: int) -> bool:
        """The recording was erased (consent withdrawn, retention): nothing may keep showing or undoing it.
        The undo stack goes in any case, its commands may point at erased annotations. True if it was open."""
        self.undo_stack.forget()
        if self.recording is None or self.recording.id != recording_id:
            return False
        self.editor.discard_pending()
        self.close_media()
        self.player.unload()  # VLC must not keep the erased file open
        self.model.forget()
        self.player_view.clear(self.tr("Deze opname is gewist."))
        return True

    def _player_error(self) -> None:
        if self.recording is not None:
            problem = self.player.problem() if hasattr(self.player, "problem") else None  # a damaged sealed file
            self.player_view.show_message(problem.message(current_lang()) if problem is not None
                                          else self.tr("Deze opname kan niet worden afgespeeld."))
            self.media_problem.emit(self.recording, "unplayable")

    def _player_ended(self) -> None:
        """VLC ends at once, without an error, on a file it cannot decode: that is a media problem too."""
        self.playback.tick()
        recording = self.recording
        if recording is None or recording.duration_ms < 2000:
            return
        try:
            reached = max(self.player.position(), self.playback.position)
        except Exception:  # noqa: BLE001
            reached = 0
        if reached < 500:
            self._player_error()

    def set_ctx(self, ctx: Context) -> None:
        """Another reviewer annotates from now on. The recording stays loaded if they may see it too
        (checked and audited by the service); otherwise it is closed with the service's reason.
        The undo history stays: each step is undone as the reviewer who made it."""
        self.editor.flush()
        self.ctx = ctx
        if self.recording is None:
            return
        recording_id = self.recording.id
        try:
            recordings.open_recording(ctx, recording_id)
            items = annotations.list_for_recording(ctx, recording_id)
        except KijkwijzerError as error:
            self.report(error)
            self.close_media()
            self.undo_stack.forget()
            self.model.annotations.load(None, [])
            self.player_view.clear(error.message(current_lang()))
            return
        self.select(None)
        self.model.annotations.load(recording_id, items)
        self.timeline.canvas.set_current_reviewer(ctx.actor.reviewer_id)

    # --- events and selection -----------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if event.topic == Topic.TEAM_RECONNECTED:
            if self.recording is not None:
                self.remote.reload(self.ctx, self.recording.id)
        elif event.remote or event.burst:
            self.remote.take(event)  # colleagues' edits under load and an import's thousands: taken in as bursts
        else:
            self._apply_event(event)

    def _apply_event(self, event: Event) -> None:
        view = event.view_as(AnnotationView)
        if view is None and event.topic == Topic.ANNOTATION_DELETED and event.object_id is not None:
            view = self.model.annotations.get(event.object_id)  # a colleague's delete names only the id
        if view is None:
            return
        if event.topic == Topic.ANNOTATION_DELETED:
            self.model.annotation_deleted(view)  # the selection goes with it
        elif event.topic in (Topic.ANNOTATION_ADDED, Topic.ANNOTATION_CHANGED):
            self.model.annotation_stored(view)
            if view.id == self.model.selected_id:
                self.editor.refresh(view)
                self.timeline.canvas.update()

    def _settle_burst(self, changed: set[int], deleted: set[int]) -> None:
        """After colleagues' edits were merged: a deleted selection goes, a changed one is shown anew."""
        selected = self.model.selected_id
        if selected in deleted:
            self.model.select(None)
        elif selected in changed and (view := self.model.selected()) is not None:
            self.editor.refresh(view)

    @property
    def recording(self) -> RecordingView | None:
        """The open recording (the model's)."""
        return cast("RecordingView | None", self.model.recording)

    @property
    def selected_id(self) -> int | None:
        return self.model.selected_id

    def theme_key(self, theme_id: str) -> None:
        """Annotate with this theme: a point at the playhead, or the marked span (the coding keys and menu)."""
        self.annotate.theme_key(theme_id)

    def select(self, annotation_id: int | None) -> None:
        """Choose an annotation; choosing the chosen one again brings the list and editor back to it."""
        if annotation_id == self.model.selected_id:
            self._show_selection(annotation_id)
        else:
            self.model.select(annotation_id)  # the model calls _show_selection

    def _show_selection(self, annotation_id: int | None) -> None:
        """Timeline and list follow at once; the editor a moment later, so a key press paints first."""
        self.timeline.canvas.set_selected(annotation_id)
        self._editor_sync.start()
        current = self.list.current_view()
        if annotation_id is not None and (current is None or current.id != annotation_id):
            self.list.select(annotation_id, quiet=True)

    def sync_editor(self) -> None:
        self._editor_sync.stop()
        view = self.model.selected()
        if view is None or self.editor.view is None or view.id != self.editor.view.id:
            self.editor.show_annotation(view)

    def _position_changed(self, ms: int) -> None:
        self.timeline.canvas.set_position(ms)
        self.player_view.set_position(ms)
        if self.playback.playing:
            self.list.follow(ms)

    def default_split(self) -> None:
        """Player and list side by side: the list gets the width its columns ask for (within 40-55 %),
        the player the rest, so a 1280x720 screen still shows number, time, themes, reviewer and text."""
        total = self.splitter.width() - self.splitter.handleWidth()
        want = self.list.columns.preferred_width() + LIST_CHROME
        width = max(int(total * 0.4), min(want, int(total * 0.55)))
        self.splitter.setSizes([total - width, width])

    def _shows_paused_video(self) -> bool:
        return self.recording is not None and self.recording.has_video and not self.playback.playing \
            and not self._shut_down

    def _marks_changed(self, mark_in: object, mark_out: object) -> None:
        self.timeline.canvas.set_marks(mark_in, mark_out)  # type: ignore[arg-type]
        self.coding_pad.show_marks(mark_in, mark_out)  # type: ignore[arg-type]

    def _commit_edit(self, annotation_id: int, before: dict, after: dict) -> None:
        self.annotate.update(annotation_id, before, after)

    def focus_review(self) -> None:
        self.editor.flush()
        self.timeline.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def report(self, error: KijkwijzerError) -> None:
        self.message.emit(error.message(current_lang()))

    def shutdown(self) -> None:
        """Commit what is pending, stop the clock and background work, release the player (once)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.editor.flush()
        self._editor_sync.stop()
        self.picture.stop()
        self.undo_stack.failed.disconnect(self.report)  # the history outlives this view
        self.playback.stop()
        self.bridge.close()
        self.remote.discard()
        from kijkwijzer.media.waveform_apart import stop_all as stop_waveforms

        stop_waveforms()  # a first waveform of a long recording takes seconds: closing does not wait for it
        self.workers.shutdown()
        try:
            self.player.close()
        except Exception:
            log.info("closing the player failed", exc_info=True)
