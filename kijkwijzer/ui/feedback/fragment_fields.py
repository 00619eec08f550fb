"""Naming and editing in the Fragmenten panel: the chosen fragment's name and span, and the chosen playlist's
name and purpose. Like every form in the window they commit as they are typed (after a pause, on leaving the
field), a choice at once; there is no Save button.

`FragmentFields(ctx)` / `PlaylistFields(ctx)`: call `show_fragment(view | None)` / `show_playlist(view | None)`
when the choice or the stored data changes; errors go out through `message`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kijkwijzer.domain.feedback import PLAYLIST_PURPOSES
from kijkwijzer.domain.timecode import format_ms, parse_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import fragments
from kijkwijzer.services.context import Context
from kijkwijzer.services.fragments import FragmentView, PlaylistView

from ..autosave import Autosave, NotSaved, show_text
from ..i18n import current_lang, pick


def time_text(ms: int) -> str:
    """hh:mm:ss, with milliseconds only when there are any (so an untouched time reads back the same)."""
    return format_ms(ms, millis=ms % 1000 != 0)


class _Fields(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        self.autosave = Autosave(self, self._commit, self.saved)

    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        try:
            self._store(keys)
        except KijkwijzerError as error:
            text = error.message(current_lang())
            self.message.emit(text)
            return NotSaved(text)
        return None

    def _store(self, keys: frozenset[str]) -> None:
        raise NotImplementedError

    def flush(self) -> bool:
        return self.autosave.flush()

    def _switch(self, old_id: int | None, new_id: int | None) -> bool:
        """Another object chosen: what was typed for the previous one is committed first (or, when it cannot
        be, dropped: the message says why). Returns True when the same object is shown again."""
        if new_id != old_id and not self.autosave.flush():
            self.autosave.discard()
        return new_id == old_id


class FragmentFields(_Fields):
    """The chosen fragment's name and its span (from / to) in the recording."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("fragmentFields")
        self.fragment: FragmentView | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("fragmentTitle")
        self.title.setPlaceholderText(self.tr("Naam van het fragment"))
        self.start = QLineEdit(self)
        self.start.setObjectName("fragmentStart")
        self.end = QLineEdit(self)
        self.end.setObjectName("fragmentEnd")
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("uu:mm:ss"))
            edit.setToolTip(self.tr("Tijd in de opname, bijv. 01:05 of 00:01:05.250"))
            edit.setMinimumWidth(70)
        name_label = QLabel(self.tr("&Naam"), self)
        name_label.setBuddy(self.title)
        from_label = QLabel(self.tr("&Van"), self)
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("tot"), self)
        span = QHBoxLayout()
        span.addWidget(self.start, 1)
        span.addWidget(to_label)
        span.addWidget(self.end, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(from_label, 1, 0)
        grid.addLayout(span, 1, 1)
        grid.addWidget(self.saved, 2, 1)
        self.autosave.watch(self.title, "title")
        self.autosave.watch(self.start, "span")
        self.autosave.watch(self.end, "span")
        self.show_fragment(None)

    def show_fragment(self, fragment: FragmentView | None) -> None:
        same = self._switch(self.fragment.id if self.fragment else None, fragment.id if fragment else None)
        self.fragment = fragment
        for edit in (self.title, self.start, self.end):
            edit.setEnabled(fragment is not None)
        values = {"title": (self.title, fragment.title if fragment else ""),
                  "start": (self.start, time_text(fragment.start_ms) if fragment else ""),
                  "end": (self.end, time_text(fragment.end_ms) if fragment else "")}
        with self.autosave.loading():
            for key, (edit, value) in values.items():
                if not same:
                    edit.setText(value)
                elif not self.autosave.is_pending("title" if key == "title" else "span"):
                    show_text(edit, value)  # changed elsewhere (the timeline, another window)
        if not same:
            self.saved.clear()

    def _store(self, keys: frozenset[str]) -> None:
        if self.fragment is None:
            return
        changes: dict[str, object] = {}
        if "title" in keys:
            changes["title"] = self.title.text()
        if "span" in keys:
            changes["start_ms"], changes["end_ms"] = parse_ms(self.start.text()), parse_ms(self.end.text())
        self.fragment = fragments.update(self.ctx, self.fragment.id, **changes)  # type: ignore[arg-type]


class PlaylistFields(_Fields):
    """The chosen playlist's name and what it is for (the client interview or the reflection)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("playlistFields")
        self.playlist: PlaylistView | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("playlistTitle")
        self.title.setPlaceholderText(self.tr("Naam van de lijst (mag leeg)"))
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("playlistPurpose")
        for purpose, (nl, en) in PLAYLIST_PURPOSES.items():
            self.purpose.addItem(pick(nl, en), purpose)
        name_label = QLabel(self.tr("Naa&m"), self)
        name_label.setBuddy(self.title)
        purpose_label = QLabel(self.tr("Be&doeling"), self)
        purpose_label.setBuddy(self.purpose)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(purpose_label, 1, 0)
        grid.addWidget(self.purpose, 1, 1)
        grid.addWidget(self.saved, 2, 1)
        self.autosave.watch(self.title, "title")
        self.purpose.activated.connect(lambda _i: self.autosave.changed("purpose", at_once=True))
        self.show_playlist(None)

    def show_playlist(self, playlist: PlaylistView | None) -> None:
        same = self._switch(self.playlist.id if self.playlist else None, playlist.id if playlist else None)
        self.playlist = playlist
        for widget in (self.title, self.purpose):
            widget.setEnabled(playlist is not None)
        with self.autosave.loading():
            if not same:
                self.title.setText(playlist.title if playlist else "")
            elif not self.autosave.is_pending("title"):
                show_text(self.title, playlist.title if playlist else "")
            if playlist is not None and not self.autosave.is_pending("purpose"):
                self.purpose.setCurrentIndex(max(self.purpose.findData(playlist.purpose), 0))
        if not same:
            self.saved.clear()

    def _store(self, keys: frozenset[str]) -> None:
        if self.playlist is None:
            return
        self.playlist = fragments.update_playlist(
            self.ctx, self.playlist.id, title=self.title.text() if "title" in keys else None,
            purpose=self.purpose.currentData() if "purpose" in keys else None)
