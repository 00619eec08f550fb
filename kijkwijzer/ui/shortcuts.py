"""Every review action with its menu, keys and text, in one table; QActions are made from it.

Keyboard first: the shortcut is shown in the menu (by Qt) and in the tooltip (by `make_action`).
Theme keys are not here: they come from the content and the user's own choice (coding_keys).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str  # file | edit | play | annotate | case | conversation | development | view | help
    text: object  # Dutch source text (QT_TRANSLATE_NOOP hands it back as it is); translated in context "Actions"
    keys: tuple[str, ...] = ()
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_workspace", "file", QT_TRANSLATE_NOOP("Actions", "Werkmap openen…"), ("Ctrl+O",)),
    ActionSpec("open_team_database", "file", QT_TRANSLATE_NOOP("Actions", "Teamdatabase openen…"),
               ("Ctrl+Shift+O",)),
    ActionSpec("import_recording", "file", QT_TRANSLATE_NOOP("Actions", "Opname importeren…"), ("Ctrl+Shift+I",)),
    ActionSpec("refresh", "file", QT_TRANSLATE_NOOP("Actions", "Werkmap verversen"), ("F5",)),
    ActionSpec("load_casebook", "file",
               QT_TRANSLATE_NOOP("Actions", "Casusboek van 004 laden (13 verhalen uit de spreekkamer)…")),
    ActionSpec("change_passphrase", "file", QT_TRANSLATE_NOOP("Actions", "Wachtwoord wijzigen…")),
    ActionSpec("team", "file", QT_TRANSLATE_NOOP("Actions", "Team en leergroepen…"), ("Ctrl+Shift+T",)),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "Afsluiten"), ("Ctrl+Q",)),
    ActionSpec("delete_annotation", "edit", QT_TRANSLATE_NOOP("Actions", "Annotatie verwijderen"), ("Delete",)),
    ActionSpec("edit_annotation", "edit", QT_TRANSLATE_NOOP("Actions", "Annotatie bewerken / span vastleggen"), ("Return", "Enter")),
    ActionSpec("focus_review", "edit", QT_TRANSLATE_NOOP("Actions", "Terug naar de video"), ("Escape",)),
    ActionSpec("find", "edit", QT_TRANSLATE_NOOP("Actions", "Zoeken in annotaties"), ("Ctrl+F",)),
    ActionSpec("search_all", "edit", QT_TRANSLATE_NOOP("Actions", "Zoeken in alle opnamen…"), ("Ctrl+Shift+F",)),
    ActionSpec("play_pause", "play", QT_TRANSLATE_NOOP("Actions", "Afspelen / pauzeren"), ("Space",)),
    ActionSpec("shuttle_back", "play", QT_TRANSLATE_NOOP("Actions", "Langzamer (of 5 s terug)"), ("J",)),
    ActionSpec("shuttle_stop", "play", QT_TRANSLATE_NOOP("Actions", "Stoppen op normale snelheid"), ("K",)),
    ActionSpec("shuttle_forward", "play", QT_TRANSLATE_NOOP("Actions", "Afspelen / sneller"), ("L",)),
    ActionSpec("back_5s", "play", QT_TRANSLATE_NOOP("Actions", "5 seconden terug"), ("Left",)),
    ActionSpec("forward_5s", "play", QT_TRANSLATE_NOOP("Actions", "5 seconden vooruit"), ("Right",)),
    ActionSpec("back_1s", "play", QT_TRANSLATE_NOOP("Actions", "1 seconde terug"), ("Shift+Left",)),
    ActionSpec("forward_1s", "play", QT_TRANSLATE_NOOP("Actions", "1 seconde vooruit"), ("Shift+Right",)),
    ActionSpec("prev_frame", "play", QT_TRANSLATE_NOOP("Actions", "Vorig beeldje"), (",",)),
    ActionSpec("next_frame", "play", QT_TRANSLATE_NOOP("Actions", "Volgend beeldje"), (".",)),
    ActionSpec("go_start", "play", QT_TRANSLATE_NOOP("Actions", "Naar het begin"), ("Home",)),
    ActionSpec("go_end", "play", QT_TRANSLATE_NOOP("Actions", "Naar het einde"), ("End",)),
    ActionSpec("mark_in", "play", QT_TRANSLATE_NOOP("Actions", "Begin markeren"), ("I",)),
    ActionSpec("mark_out", "play", QT_TRANSLATE_NOOP("Actions", "Einde markeren"), ("O",)),
    ActionSpec("clear_marks", "play", QT_TRANSLATE_NOOP("Actions", "Markering wissen"), ("Ctrl+Shift+X",)),
    ActionSpec("loop", "play", QT_TRANSLATE_NOOP("Actions", "Markering herhalen"), ("Ctrl+L",), checkable=True),
    ActionSpec("mute", "play", QT_TRANSLATE_NOOP("Actions", "Geluid uit/aan"), ("M",), checkable=True),
    ActionSpec("volume_up", "play", QT_TRANSLATE_NOOP("Actions", "Harder"), ("Ctrl+Up",)),
    ActionSpec("volume_down", "play", QT_TRANSLATE_NOOP("Actions", "Zachter"), ("Ctrl+Down",)),
    ActionSpec("next_annotation", "annotate", QT_TRANSLATE_NOOP("Actions", "Volgende annotatie"), ("N",)),
    ActionSpec("prev_annotation", "annotate", QT_TRANSLATE_NOOP("Actions", "Vorige annotatie"), ("P",)),
    ActionSpec("add_still", "annotate", QT_TRANSLATE_NOOP("Actions", "Still toevoegen"), ("Ctrl+Shift+S",)),
    ActionSpec("make_fragment", "annotate", QT_TRANSLATE_NOOP("Actions", "Fragment maken van markering of annotatie"), ("F",)),
    ActionSpec("configure_keys", "annotate", QT_TRANSLATE_NOOP("Actions", "Toetsen voor thema's instellen…"), ()),
    ActionSpec("new_case", "case", QT_TRANSLATE_NOOP("Actions", "Nieuwe casus…"), ("Ctrl+Shift+N",)),
    ActionSpec("new_conversation", "case", QT_TRANSLATE_NOOP("Actions", "Nieuw gesprek…"), ()),
    ActionSpec("edit_case", "case", QT_TRANSLATE_NOOP("Actions", "Casus bewerken…"), ()),
    ActionSpec("case_events", "case", QT_TRANSLATE_NOOP("Actions", "Gebeurtenissen en uitkomst…"), ()),
    ActionSpec("edit_client", "case", QT_TRANSLATE_NOOP("Actions", "Cliënt bewerken…"), ()),
    ActionSpec("edit_conversation", "case", QT_TRANSLATE_NOOP("Actions", "Gesprek bewerken…"), ()),
    ActionSpec("people", "case", QT_TRANSLATE_NOOP("Actions", "Personen…"), ()),
    ActionSpec("erase_client", "case", QT_TRANSLATE_NOOP("Actions", "Cliënt wissen…"), ()),
    ActionSpec("cycle", "conversation", QT_TRANSLATE_NOOP("Actions", "Waar sta ik in deze casus?"), ("Ctrl+Shift+W",)),
    ActionSpec("consent", "conversation", QT_TRANSLATE_NOOP("Actions", "Toestemming…"), ()),
    ActionSpec("slim", "conversation", QT_TRANSLATE_NOOP("Actions", "SLIM-analyse"), ()),
    ActionSpec("comparison", "conversation", QT_TRANSLATE_NOOP("Actions", "Hypothese en beleving"), ()),
    ActionSpec("conversation_flow", "conversation", QT_TRANSLATE_NOOP("Actions", "Gespreksverloop"),
               ("Ctrl+Shift+G",)),
    ActionSpec("agreement", "conversation", QT_TRANSLATE_NOOP("Actions", "Overeenstemming tussen kijkers…"), ()),
    ActionSpec("client_interview", "conversation", QT_TRANSLATE_NOOP("Actions", "Cliëntinterview starten…"), ()),
    ActionSpec("reflection", "conversation", QT_TRANSLATE_NOOP("Actions", "Reflectiegesprek"), ("Ctrl+Shift+R",)),
    ActionSpec("series", "conversation", QT_TRANSLATE_NOOP("Actions", "Reeks van deze casus"), ()),
    ActionSpec("lab_feedback", "conversation", QT_TRANSLATE_NOOP("Actions", "Feedback van de leergroep"), ()),
    ActionSpec("assessment", "development", QT_TRANSLATE_NOOP("Actions", "Zelfevaluatie begrijpen, willen, kunnen…"), ()),
    ActionSpec("plan", "development", QT_TRANSLATE_NOOP("Actions", "Verbeterplan"), ()),
    ActionSpec("progress", "development", QT_TRANSLATE_NOOP("Actions", "Mijn voortgang"), ()),
    ActionSpec("zoom_in", "view", QT_TRANSLATE_NOOP("Actions", "Tijdlijn inzoomen"), ("+", "=")),
    ActionSpec("zoom_out", "view", QT_TRANSLATE_NOOP("Actions", "Tijdlijn uitzoomen"), ("-",)),
    ActionSpec("zoom_fit", "view", QT_TRANSLATE_NOOP("Actions", "Hele opname tonen"), ("Ctrl+0",)),
    ActionSpec("leerlab", "view", QT_TRANSLATE_NOOP("Actions", "Leerlab"), ("Ctrl+Shift+L",)),
    ActionSpec("shortcuts_help", "help", QT_TRANSLATE_NOOP("Actions", "Sneltoetsen"), ("F1",)),
    ActionSpec("theme_help", "help", QT_TRANSLATE_NOOP("Actions", "Uitleg bij de thema's"), ("Shift+F1",)),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "Over Kijkwijzer"), ()),
)
SPECS = {spec.name: spec for spec in ACTIONS}


def translate(text: object) -> str:
    return QCoreApplication.translate("Actions", str(text))


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


def undo_actions(parent: QObject, stack: QUndoStack, before: Callable[[], object]) -> dict[str, QAction]:
    """Undo and redo of `stack`, enabled while there is something to undo or redo; `before` runs first
    (the editor commits pending typing, so that is undone too)."""
    made = {}
    for name, text, keys, step, can, signal in (
            ("undo", QCoreApplication.translate("MainWindow", "Ongedaan maken"), ("Ctrl+Z",), stack.undo,
             stack.canUndo, stack.canUndoChanged),
            ("redo", QCoreApplication.translate("MainWindow", "Opnieuw"), ("Ctrl+Shift+Z", "Ctrl+Y"), stack.redo,
             stack.canRedo, stack.canRedoChanged)):
        action = QAction(text, parent)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _c=False, s=step: (before(), s()))
        action.setEnabled(can())
        signal.connect(action.setEnabled)
        with_shortcut_tip(action, text)
        made[name] = action
    return made


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
