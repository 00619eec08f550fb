"""The annotation editor panel: every field commits by itself through the forms' shared `Autosave` (typing
after a 400 ms pause or on leaving the field, hiding or closing the panel; choices at once). There is no Save
button because there is nothing left to save.

It never touches playback: Enter opens it while the recording keeps running; Escape goes back.
The method's own words stand beside the choices (editor_help.py): key question and why of the chosen themes,
the level's example, the waterline's examples.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.numbering import label
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.source import read_derived

from .. import theme_texts
from ..autosave import Autosave, text_of
from ..i18n import current_lang, pick
from .annotation_table import role_labels
from .editor_help import ChosenThemesHelp, LevelHint, waterline_help
from .wrap_check import WrapCheck

TEXT_FIELDS = ("observation", "quote", "below_waterline", "felt_unsaid", "tags")
Commit = Callable[[int, dict[str, object], dict[str, object]], None]


def _text_edit(parent: QWidget, lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


class AnnotationEditor(QWidget):
    still_requested = Signal(int)
    set_time_requested = Signal(int, str)  # annotation id, "start" | "end": take the playhead
    closed = Signal()

    def __init__(self, content, commit: Commit, stills_dir=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.content = content
        self.commit = commit
        self.stills_dir = stills_dir
        self.still_key: Callable[[], bytes | None] = lambda: None  # the open recording's key (stills are sealed)
        self.view: AnnotationView | None = None

        self.number_of: Callable[[int], int | None] = lambda _id: None  # the review's numbering
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.author = QLabel(self)
        self.author.setObjectName("editorAuthor")
        self.author.setWordWrap(True)
        self.set_start = QPushButton(self.tr("Begin hier"), self)
        self.set_start.setToolTip(self.tr("Begin van de annotatie op de afspeelpositie zetten"))
        self.set_end = QPushButton(self.tr("Einde hier"), self)
        self.set_end.setToolTip(self.tr("Einde van de annotatie op de afspeelpositie zetten (maakt er een fragment van)"))
        for button in (self.set_start, self.set_end):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_start.clicked.connect(lambda: self._request_time("start"))
        self.set_end.clicked.connect(lambda: self._request_time("end"))

        self.theme_boxes: dict[str, QCheckBox] = {}
        themes = QGridLayout()
        themes.setSpacing(0)
        themes.setContentsMargins(0, 0, 0, 0)
        for index, theme in enumerate(content.themes):
            choice = WrapCheck(pick(theme.title, theme.title_en), self)
            choice.setToolTip(theme_texts.theme_tooltip(theme))
            box = choice.box
            box.setStyleSheet(f"QCheckBox::indicator:checked {{ background: {QColor(theme.color).name()}; }}")
            box.toggled.connect(lambda _on: self.autosave.changed("themes", at_once=True))
            box.toggled.connect(lambda _on: self.theme_help.show_themes(self._parse("themes")))
            self.theme_boxes[theme.id] = box
            themes.addWidget(choice, index, 0)
        self.theme_help = ChosenThemesHelp(content, self)
        themes.addWidget(self.theme_help, len(content.themes), 0)

        self.observation = _text_edit(self, 3, self.tr("Wat gebeurt er feitelijk?"))
        self.quote = _text_edit(self, 2, self.tr("Letterlijk wat er gezegd wordt"))
        self.level = QComboBox(self)
        self.level.addItem(self.tr("— geen —"), None)
        for level in content.levels:
            self.level.addItem(pick(level.label, level.label_en), level.id)
        theme_texts.set_level_item_tooltips(self.level, content)
        self.level_hint = LevelHint(content, self)
        self.level.currentIndexChanged.connect(lambda _i: self.autosave.changed("level", at_once=True))
        self.level.currentIndexChanged.connect(lambda _i: self._level_shown())
        self.below_waterline = _text_edit(self, 2, self.tr("Wat speelde er onder de oppervlakte?"))
        self.felt_unsaid = _text_edit(self, 2, self.tr("Wat ik voelde maar niet zei"))
        waterline_help(content, self.observation, "waterlijn.boven", None)  # above the waterline: what happens
        self.waterline_hints = {name: waterline_help(content, widget, line_id, self) for name, widget, line_id in (
            ("below_waterline", self.below_waterline, "waterlijn.onder"),
            ("felt_unsaid", self.felt_unsaid, "waterlijn.niet_gezegd"))}
        self.pillar_boxes: dict[str, QCheckBox] = {}
        pillars = QHBoxLayout()
        for pillar in getattr(content, "pillars", ()):
            choice = WrapCheck(pick(pillar.title, pillar.title_en), self)
            choice.setToolTip(pick(pillar.question, pillar.question_en))
            choice.box.toggled.connect(lambda _on: self.autosave.changed("pillars", at_once=True))
            self.pillar_boxes[pillar.id] = choice.box
            pillars.addWidget(choice, 1)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("bijv. stilte, humor (komma's ertussen)"))
        self.still = QLabel(self)
        self.still.setObjectName("stillPreview")
        self.still.setFixedHeight(90)
        self.still_button = QPushButton(self.tr("Still toevoegen"), self)
        self.still_button.setToolTip(self.tr("Het beeld van het begin van deze annotatie bewaren (Ctrl+Shift+S)"))
        self.still_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.still_button.clicked.connect(lambda: self.view and self.still_requested.emit(self.view.id))
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        self.autosave = Autosave(self, self._commit, self.saved)

        self.text_fields: dict[str, QPlainTextEdit | QLineEdit] = {
            "observation": self.observation, "quote": self.quote, "below_waterline": self.below_waterline,
            "felt_unsaid": self.felt_unsaid, "tags": self.tags}
        for name, widget in self.text_fields.items():
            self.autosave.watch(widget, name)
            widget.installEventFilter(self)  # Escape goes back to the review

        form = QVBoxLayout()
        form.setSpacing(3)

        def row(label: str, field, hint: QWidget | None = None) -> None:
            caption = QLabel(label, self)
            caption.setObjectName("fieldLabel")
            form.addWidget(caption)
            form.addLayout(field) if not isinstance(field, QWidget) else form.addWidget(field)
            if hint is not None:
                form.addWidget(hint)

        row(self.tr("Thema's"), themes)
        row(self.tr("Wat gebeurt er"), self.observation)
        row(self.tr("Citaat"), self.quote)
        row(self.tr("Gespreksniveau"), self.level, self.level_hint)
        row(self.tr("Onder de waterlijn"), self.below_waterline, self.waterline_hints["below_waterline"])
        row(self.tr("Voelde maar zei niet"), self.felt_unsaid, self.waterline_hints["felt_unsaid"])
        row(self.tr("Pijlers"), pillars)
        row(self.tr("Labels"), self.tags)
        still_row = QHBoxLayout()
        still_row.addWidget(self.still, 1)
        still_row.addWidget(self.still_button)
        row(self.tr("Still"), still_row)
        times = QHBoxLayout()
        times.addWidget(self.set_start)
        times.addWidget(self.set_end)
        times.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.author)
        layout.addLayout(times)
        layout.addLayout(form)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.show_annotation(None)

    # --- showing ---------------------------------------------------------------------------------
    def show_annotation(self, view: AnnotationView | None) -> None:
        if self.view is not None and (view is None or view.id != self.view.id):
            self.flush()
        self.view = view
        with self.autosave.loading():
            enabled = view is not None
            for widget in self.findChildren(QWidget):
                if widget not in (self.heading, self.saved):
                    widget.setEnabled(enabled)
            if view is None:
                self.heading.setText(self.tr("Geen annotatie gekozen"))
                self.author.setText(self.tr("Kies een annotatie in de lijst of tijdlijn, of druk een thematoets."))
                for widget in self.text_fields.values():
                    widget.clear() if isinstance(widget, QLineEdit) else widget.setPlainText("")
                self._show_choices(None)
                self.still.clear()
                self.saved.clear()
                return
            self._show_heading(view)
            for name, widget in self.text_fields.items():
                self._set_text(widget, self._text_value(view, name))
            self._show_choices(view)
            self._show_still(view)

    def _show_heading(self, view: AnnotationView) -> None:
        when = format_ms(view.start_ms)
        if view.is_span and view.end_ms is not None:
            when = f"{when} – {format_ms(view.end_ms)}"
        number = self.number_of(view.id)
        name = label("annotation", number, current_lang()) if number is not None else ""
        self.heading.setText(" · ".join(x for x in (name, when) if x))
        role = role_labels().get(view.reviewer_role, view.reviewer_role)
        self.author.setText(self.tr("Door {name} ({role})").format(name=view.reviewer_name, role=role))

    def renumbered(self) -> None:
        """An earlier annotation was deleted (or brought back): the shown one may carry another number."""
        if self.view is not None:
            self._show_heading(self.view)

    def _show_choices(self, view: AnnotationView | None) -> None:
        for theme_id, box in self.theme_boxes.items():
            box.setChecked(bool(view and theme_id in view.themes))
        for pillar_id, box in self.pillar_boxes.items():
            box.setChecked(bool(view and pillar_id in view.pillars))
        self.level.setCurrentIndex(max(self.level.findData(view.level), 0) if view and view.level else 0)
        self.theme_help.show_themes(tuple(t for t in self.theme_boxes if view and t in view.themes))
        self._level_shown()

    def _level_shown(self) -> None:
        """The level's example under the choice and in the box's tooltip."""
        self.level_hint.show_level(self.level.currentData())
        self.level.setToolTip(self.level_hint.toolTip())

    def _show_still(self, view: AnnotationView) -> None:
        if view.still_name and self.stills_dir is not None:
            pixmap = QPixmap()
            try:
                pixmap.loadFromData(read_derived(self.stills_dir / view.still_name, self.still_key(), view.still_name))
            except (KijkwijzerError, OSError):
                pass  # missing, damaged, or its recording's key is gone: said below
            if not pixmap.isNull():
                self.still.setPixmap(pixmap.scaledToHeight(88, Qt.TransformationMode.SmoothTransformation))
                return
            self.still.setText(self.tr("Still ontbreekt: {name}").format(name=view.still_name))
            return
        self.still.setText(self.tr("Nog geen still"))

    @staticmethod
    def _text_value(view: AnnotationView, name: str) -> str:
        value = getattr(view, name)
        return ", ".join(value) if name == "tags" else str(value or "")

    def _set_text(self, widget: QPlainTextEdit | QLineEdit, text: str) -> None:
        if text_of(widget) == text:
            return
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
            if widget.hasFocus():  # undone with the cursor in the field: keep typing at the end
                widget.moveCursor(widget.textCursor().MoveOperation.End)

    def refresh(self, view: AnnotationView) -> None:
        """The shown annotation changed elsewhere (undo, CLI, another window): take it over, except in
        a field holding typing that is not saved yet. A focused field with nothing pending follows too, so
        Ctrl+Z with the cursor in the field shows the undone text."""
        if self.view is None or view.id != self.view.id:
            return
        self.view = view
        with self.autosave.loading():
            self._show_heading(view)
            for name, widget in self.text_fields.items():
                if not self.autosave.is_pending(name):
                    self._set_text(widget, self._text_value(view, name))
            self._show_choices(view)
            self._show_still(view)

    # --- committing --------------------------------------------------------------------------------
    def _parse(self, name: str) -> object:
        if name == "tags":
            return tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        if name == "themes":
            return tuple(tid for tid, box in self.theme_boxes.items() if box.isChecked())
        if name == "pillars":
            return tuple(pid for pid, box in self.pillar_boxes.items() if box.isChecked())
        if name == "level":
            return self.level.currentData()
        return text_of(self.text_fields[name])

    def flush(self) -> None:
        """Commit whatever is pending now (debounce ran out, focus left, another annotation chosen)."""
        self.autosave.flush()

    def _commit(self, names: frozenset[str]) -> None:
        """The changed fields of the shown annotation as one undoable edit (the undo stack reports failures)."""
        view = self.view
        if view is None:
            return
        typed = {name: self._parse(name) for name in names}
        after = {name: value for name, value in typed.items() if getattr(view, name) != value}
        if after:
            self.commit(view.id, {name: getattr(view, name) for name in after}, after)
            self._forget_typing(after)

    def _forget_typing(self, names) -> None:
        """Committed typing leaves the field's own undo history: from now on Ctrl+Z in the field is the
        app-wide undo (one step per field), see key_routing.py."""
        with self.autosave.loading():
            for name in names:
                widget = self.text_fields.get(name)
                if isinstance(widget, QPlainTextEdit):
                    widget.document().clearUndoRedoStacks()
                elif isinstance(widget, QLineEdit):
                    position = widget.cursorPosition()
                    widget.setText(widget.text())
                    widget.setCursorPosition(position)

    def discard_pending(self) -> None:
        """The annotation is gone (erased): its unsaved typing has nowhere to go."""
        self.autosave.discard()
        self.show_annotation(None)

    def has_pending(self) -> bool:
        return self.autosave.is_pending()

    def uncommitted(self, widget: QWidget) -> bool:
        """Is this one of the editor's fields with typing not saved yet?"""
        return any(w is widget and self.autosave.is_pending(name) for name, w in self.text_fields.items())

    def owns(self, widget: QWidget) -> bool:
        return any(w is widget for w in self.text_fields.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.flush()
            self.closed.emit()
            return True
        return super().eventFilter(watched, event)

    def _request_time(self, edge: str) -> None:
        if self.view is not None:
            self.set_time_requested.emit(self.view.id, edge)

    def focus_first_field(self) -> None:
        self.observation.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.observation.moveCursor(self.observation.textCursor().MoveOperation.End)
