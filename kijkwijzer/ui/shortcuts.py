"""Every review action with its menu, keys and text, in one table; QActions are made from it.

Keyboard first: the shortcut is shown in the menu (by Qt) and in the tooltip (by `make_action`).
Theme keys are not here: they come from the content and the user's own choice (coding_keys).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str  # file | edit | play | annotate | view | help
    text: str  # Dutch source text; translated in context "Actions"
    keys: tuple[str, ...] = ()
    checkable: bool = False


_ = QT_TRANSLATE_NOOP
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_workspace", "file", _("Actions", "Werkmap openen…"), ("Ctrl+O",)),
    ActionSpec("refresh", "file", _("Actions", "Werkmap verversen"), ("F5",)),
    ActionSpec("quit", "file", _("Actions", "Afsluiten"), ("Ctrl+Q",)),
    ActionSpec("delete_annotation", "edit", _("Actions", "Annotatie verwijderen"), ("Delete",)),
    ActionSpec("edit_annotation", "edit", _("Actions", "Annotatie bewerken / span vastleggen"), ("Return", "Enter")),
    ActionSpec("focus_review", "edit", _("Actions", "Terug naar de video"), ("Escape",)),
    ActionSpec("find", "edit", _("Actions", "Zoeken in annotaties"), ("Ctrl+F",)),
    ActionSpec("play_pause", "play", _("Actions", "Afspelen / pauzeren"), ("Space",)),
    ActionSpec("shuttle_back", "play", _("Actions", "Langzamer (of 5 s terug)"), ("J",)),
    ActionSpec("shuttle_stop", "play", _("Actions", "Stoppen op normale snelheid"), ("K",)),
    ActionSpec("shuttle_forward", "play", _("Actions", "Afspelen / sneller"), ("L",)),
    ActionSpec("back_5s", "play", _("Actions", "5 seconden terug"), ("Left",)),
    ActionSpec("forward_5s", "play", _("Actions", "5 seconden vooruit"), ("Right",)),
    ActionSpec("back_1s", "play", _("Actions", "1 seconde terug"), ("Shift+Left",)),
    ActionSpec("forward_1s", "play", _("Actions", "1 seconde vooruit"), ("Shift+Right",)),
    ActionSpec("prev_frame", "play", _("Actions", "Vorig beeldje"), (",",)),
    ActionSpec("next_frame", "play", _("Actions", "Volgend beeldje"), (".",)),
    ActionSpec("go_start", "play", _("Actions", "Naar het begin"), ("Home",)),
    ActionSpec("go_end", "play", _("Actions", "Naar het einde"), ("End",)),
    ActionSpec("mark_in", "play", _("Actions", "Begin markeren"), ("I",)),
    ActionSpec("mark_out", "play", _("Actions", "Einde markeren"), ("O",)),
    ActionSpec("clear_marks", "play", _("Actions", "Markering wissen"), ("Ctrl+Shift+X",)),
    ActionSpec("loop", "play", _("Actions", "Markering herhalen"), ("Ctrl+L",), checkable=True),
    ActionSpec("mute", "play", _("Actions", "Geluid uit/aan"), ("M",), checkable=True),
    ActionSpec("volume_up", "play", _("Actions", "Harder"), ("Ctrl+Up",)),
    ActionSpec("volume_down", "play", _("Actions", "Zachter"), ("Ctrl+Down",)),
    ActionSpec("next_annotation", "annotate", _("Actions", "Volgende annotatie"), ("N",)),
    ActionSpec("prev_annotation", "annotate", _("Actions", "Vorige annotatie"), ("P",)),
    ActionSpec("add_still", "annotate", _("Actions", "Still toevoegen"), ("Ctrl+Shift+S",)),
    ActionSpec("configure_keys", "annotate", _("Actions", "Toetsen voor thema's instellen…"), ()),
    ActionSpec("zoom_in", "view", _("Actions", "Tijdlijn inzoomen"), ("+", "=")),
    ActionSpec("zoom_out", "view", _("Actions", "Tijdlijn uitzoomen"), ("-",)),
    ActionSpec("zoom_fit", "view", _("Actions", "Hele opname tonen"), ("Ctrl+0",)),
    ActionSpec("shortcuts_help", "help", _("Actions", "Sneltoetsen"), ("F1",)),
    ActionSpec("about", "help", _("Actions", "Over Kijkwijzer"), ()),
)
SPECS = {spec.name: spec for spec in ACTIONS}


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def key_text(keys: tuple[str, ...] | list[str]) -> str:
    """Keys as the user sees them in their language ("Spatie", "Links"), joined with " / "."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys if k)


def with_shortcut_tip(action: QAction, text: str) -> None:
    keys = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]
    action.setToolTip(f"{text} ({key_text(keys)})" if keys else text)
    action.setStatusTip(action.toolTip())


def make_action(parent: QObject, text: str, keys: tuple[str, ...] | list[str] = (),
                handler: Callable[..., object] | None = None, checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(checkable)
    with_shortcut_tip(action, text.replace("…", ""))
    if handler is not None:
        if checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False: handler())
    return action


def build_actions(parent: QObject, handlers: dict[str, Callable[..., object]]) -> dict[str, QAction]:
    """One QAction per spec; an action without a handler is created disabled."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        handler = handlers.get(spec.name)
        action = make_action(parent, translate(spec.text), spec.keys, handler, spec.checkable)
        action.setObjectName(f"action_{spec.name}")
        action.setEnabled(handler is not None)
        actions[spec.name] = action
    return actions
