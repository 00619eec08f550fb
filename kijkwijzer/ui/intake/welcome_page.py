"""The main area while no recording is open: the cycle in five steps and what to do now. A new workspace asks
who you are; with a professional but no case it starts a case; with cases it lists them with their next step.

Everything it starts is asked for by name through `requested(name, id)`: new_case, people, new_conversation
(case id), consent / import (conversation id), open (recording id), edit_case and cycle (case id).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases, people
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area

from ..cycle.step_words import todo
from ..i18n import current_lang
from ..qt_events import EventBridge
from ..team.team_welcome import team_start
from .identity_dialog import IdentityForm
from .next_step import NextStep, next_step

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_CASES = 12
STYLE = """
QWidget#welcomeInner { background: #f7f9fb; }
QLabel#welcomeTitle { font-size: 24px; font-weight: 700; color: #1f2937; }
QLabel#welcomeIntro { font-size: 14px; color: #374151; }
QFrame[step="true"] { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
QFrame[step="true"][current="true"] { background: #e8f1fb; border: 2px solid #2f6fb0; }
QLabel#stepNumber { font-size: 20px; font-weight: 700; color: #2f6fb0; }
QLabel#stepTitle { font-weight: 700; color: #1f2937; }
QLabel#stepText { color: #4b5563; }
QFrame#welcomeAction { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
QLabel#welcomeHeading { font-size: 17px; font-weight: 700; color: #1f2937; }
QPushButton#welcomePrimary { font-size: 15px; font-weight: 600; padding: 8px 22px; }
QFrame#caseCard { background: #fafbfc; border: 1px solid #e5e7eb; border-radius: 4px; }
QLabel#caseTitle { font-weight: 700; }
"""


class EnterClicks(QObject):
    """Enter on a focused control of the welcome page works that control: the main window's single-key
    shortcuts (Enter edits an annotation) do not take it here."""

    def __init__(self, parent: QObject, action=None) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.key() not in ENTER:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            if self._action is not None:
                self._action()
            elif isinstance(watched, QAbstractButton):
                watched.click()
            return True
        return False


class WelcomePage(QScrollArea):
    requested = Signal(str, int)
    identified = Signal(object, object)  # ProfessionalView, ReviewerView: made on this page

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.ctx = ctx
        self.professional_id: int | None = None  # the chosen reviewer's own professional, if any
        self.state = ""
        self.primary: QPushButton | None = None
        self.identity: IdentityForm | None = None
        self.steps_of_case: list[NextStep] = []
        self._enter = EnterClicks(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        inner.setObjectName("welcomeInner")
        inner.setStyleSheet(STYLE)
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(32, 24, 32, 24)
        self.layout_.setSpacing(14)
        title = QLabel(self.tr("Welkom bij Kijkwijzer"), inner)
        title.setObjectName("welcomeTitle")
        intro = QLabel(self.tr(
            "Kijkwijzer helpt u een gesprek met een cliënt terug te kijken met vreemde ogen: wat ging goed, "
            "waar liep het vast, en wat probeert u de volgende keer? Dat gaat in vijf stappen."), inner)
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        self.layout_.addWidget(title)
        self.layout_.addWidget(intro)
        self.step_frames = self._steps(inner)
        self.action_frame = QFrame(inner)
        self.action_frame.setObjectName("welcomeAction")
        self.action_layout = QVBoxLayout(self.action_frame)
        self.action_layout.setContentsMargins(20, 16, 20, 16)
        self.layout_.addWidget(self.action_frame)
        self.layout_.addStretch(1)
        self.setWidget(inner)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setObjectName("welcomeRefresh")
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._stale = False  # hidden while it changed: read again when shown
        self.bridge = EventBridge(ctx.bus, (Area.PEOPLE, Area.CASE, Area.CONVERSATION, Area.RECORDING, Area.CONSENT), self)
        self.bridge.connect_to(self._on_event)

    # --- the five steps -----------------------------------------------------------------------------------
    def _steps(self, inner: QWidget) -> list[QFrame]:
        texts = (
            (self.tr("Casus en toestemming"),
             self.tr("Waarom deze cliënt, en wat is het doel van het gesprek? De cliënt geeft toestemming per doel.")),
            (self.tr("Opnemen en importeren"),
             self.tr("Neem het gesprek op en haal de opname in de werkmap. Alleen u en de genoemde kijkers zien haar.")),
            (self.tr("Analyseren"),
             self.tr("Bekijk het gesprek met vreemde ogen: annoteer op het juiste moment en kies fragmenten.")),
            (self.tr("Cliëntinterview en reflectie"),
             self.tr("Laat de cliënt fragmenten zien en noteer hoe die ze beleefde; reflecteer en kies aandachtspunten.")),
            (self.tr("Vervolg"),
             self.tr("Het volgende opgenomen gesprek toetst de aandachtspunten; de reeks laat de lijn zien.")),
        )
        row = QHBoxLayout()
        row.setSpacing(10)
        frames = []
        for number, (title, text) in enumerate(texts, start=1):
            frame = QFrame(inner)
            frame.setObjectName(f"welcomeStep{number}")
            frame.setProperty("step", True)
            frame.setMinimumWidth(120)
            box = QVBoxLayout(frame)
            box.setContentsMargins(10, 8, 10, 10)
            head = QLabel(str(number), frame)
            head.setObjectName("stepNumber")
            name = QLabel(title, frame)
            name.setObjectName("stepTitle")
            name.setWordWrap(True)
            body = QLabel(text, frame)
            body.setObjectName("stepText")
            body.setWordWrap(True)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            box.addWidget(head)
            box.addWidget(name)
            box.addWidget(body, 1)
            row.addWidget(frame, 1)
            frames.append(frame)
        self.layout_.addLayout(row)
        return frames

    def _mark_step(self, number: int) -> None:
        for index, frame in enumerate(self.step_frames, start=1):
            frame.setProperty("current", index == number)
            frame.style().unpolish(frame)
            frame.style().polish(frame)

    # --- state ------------------------------------------------------------------------------------------
    def set_ctx(self, ctx: Context, professional_id: int | None) -> None:
        self.ctx, self.professional_id = ctx, professional_id
        self._refresh_when_seen()

    def _on_event(self, _event: Event) -> None:
        self._refresh_when_seen(soon=True)

    def _refresh_when_seen(self, soon: bool = False) -> None:
        """Read the workspace now (or soon) when the page shows, else when it is shown: at start a recording is
        usually open over it, and its next steps cost a second on a workspace of 200 cases (issue 16)."""
        if not self.isVisible():
            self._stale = True
        elif soon:
            self._refresh_soon.start()
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
            self.focus_first()  # its buttons are new: the keyboard on what to do now, as when it is switched to

    def refresh(self) -> None:
        """Rebuild the action area for what the workspace holds now."""
        self._stale = False
        self._refresh_soon.stop()
        self._clear_actions()
        try:
            professionals = people.list_professionals(self.ctx)
            found = cases.list_cases(self.ctx, self.professional_id) if professionals else []
            self.steps_of_case = [next_step(self.ctx, case) for case in reversed(found[-MAX_CASES:])]
        except KijkwijzerError as error:
            self._heading(error.message(current_lang()))
            return
        start = team_start(self.ctx, bool(found))  # team mode: no "Wie bent u?", no case for a non-professional
        if start is not None:
            self.state = "team"
            self._heading(*start)
        elif not professionals:
            self._who_are_you()
        elif not found:
            self._first_case()
        else:
            self._cases()

    def _clear_actions(self) -> None:
        self.primary = self.identity = None
        while self.action_layout.count():
            item = self.action_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())

    def _heading(self, text: str, detail: str = "") -> None:
        heading = QLabel(text, self.action_frame)
        heading.setObjectName("welcomeHeading")
        heading.setWordWrap(True)
        self.action_layout.addWidget(heading)
        if detail:
            label = QLabel(detail, self.action_frame)
            label.setWordWrap(True)
            self.action_layout.addWidget(label)

    def _button(self, text: str, name: str, on_click, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self.action_frame)
        button.setObjectName("welcomePrimary" if primary else name)
        if primary:
            button.setProperty("action", name)
            self.primary = button
        button.clicked.connect(lambda _checked=False: on_click())
        button.installEventFilter(self._enter)
        return button

    def _row(self, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.action_layout.addLayout(row)

    def _who_are_you(self) -> None:
        self.state = "identity"
        self._mark_step(1)
        self._heading(self.tr("Wie bent u?"), self.tr(
            "U bent de professional die gesprekken opneemt en erop reflecteert. Uw naam komt bij uw annotaties "
            "en in uw verslagen; u kunt hem later wijzigen bij Personen."))
        self.identity = IdentityForm(self.action_frame)
        self.action_layout.addWidget(self.identity, alignment=Qt.AlignmentFlag.AlignLeft)
        start = self._button(self.tr("&Aan de slag"), "identity", self._identify, primary=True)
        enter = EnterClicks(self.identity, self._identify)
        self.identity.name.installEventFilter(enter)
        self.identity.function.installEventFilter(enter)
        self._row(start)

    def _identify(self) -> None:
        if self.identity is None:
            return
        try:
            made = self.identity.create(self.ctx)
        except KijkwijzerError as error:
            self._show_problem(error.message(current_lang()))
            return
        self.identified.emit(*made)

    def _show_problem(self, text: str) -> None:
        label = self.action_frame.findChild(QLabel, "welcomeProblem")
        if label is None:
            label = QLabel(self.action_frame)
            label.setObjectName("welcomeProblem")
            label.setStyleSheet("color: #b42318;")
            label.setWordWrap(True)
            self.action_layout.addWidget(label)
        label.setText(text)

    def _first_case(self) -> None:
        self.state = "first_case"
        self._mark_step(1)
        self._heading(self.tr("Begin met een casus"), self.tr(
            "Welke cliënt brengt u in, en waarom juist deze cliënt? Daarna legt u het eerste gesprek vast en "
            "de toestemming van de cliënt; dan kunt u de opname importeren."))
        self._row(self._button(self.tr("&Nieuwe casus…"), "new_case", lambda: self.requested.emit("new_case", 0),
                               primary=True),
                  self._button(self.tr("&Personen…"), "welcomePeople", lambda: self.requested.emit("people", 0)),
                  self._button(self.tr("&Casusboek van 004 laden…"), "welcomeCasebook",
                               lambda: self.requested.emit("casebook", 0)))

    def _cases(self) -> None:
        self.state = "cases"
        first = self.steps_of_case[0]
        self._mark_step({"conversation": 1, "consent": 1, "import": 2, "open": 3}[first.kind])
        self._heading(self.tr("Uw casussen"), self.tr("Kies een casus om verder te gaan, of begin een nieuwe."))
        for step in self.steps_of_case:
            self.action_layout.addWidget(self._case_card(step, primary=step is first))
        self._row(self._button(self.tr("&Nieuwe casus…"), "welcomeNewCase", lambda: self.requested.emit("new_case", 0)),
                  self._button(self.tr("&Personen…"), "welcomePeople", lambda: self.requested.emit("people", 0)))

    def _case_card(self, step: NextStep, primary: bool) -> QFrame:
        case = step.case
        card = QFrame(self.action_frame)
        card.setObjectName("caseCard")
        layout = QVBoxLayout(card)
        title = QLabel(f"{case.title} · {case.client_pseudonym}", card)
        title.setObjectName("caseTitle")
        title.setWordWrap(True)
        detail = QLabel(self._describe(step), card)
        detail.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(detail)
        text, name, target = self._next_action(step)
        go = self._button(text, f"caseNext_{case.id}", lambda: self.requested.emit(name, target), primary=primary)
        go.setProperty("case_id", case.id)
        buttons = [go]
        for label, action, key in ((self.tr("Waar sta ik?"), "cycle", "caseCycle"),
                                   (self.tr("Nieuw gesprek…"), "new_conversation", "caseConversation"),
                                   (self.tr("Casus bewerken…"), "edit_case", "caseEdit")):
            buttons.append(self._button(label, f"{key}_{case.id}",
                                        lambda a=action: self.requested.emit(a, case.id)))
        row = QHBoxLayout()
        for button in buttons:
            button.setParent(card)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return card

    def _next_action(self, step: NextStep) -> tuple[str, str, int]:
        conversation = step.conversation
        if step.kind == "conversation" or conversation is None:
            return self.tr("Eerste gesprek vastleggen…"), "new_conversation", step.case.id
        if step.kind == "consent":
            return self.tr("Toestemming vastleggen…"), "consent", conversation.id
        if step.kind == "import":
            return self.tr("Opname importeren…"), "import", conversation.id
        return self.tr("Opname bekijken"), "open", int(step.recording_id or 0)

    def _describe(self, step: NextStep) -> str:
        conversation = step.conversation
        counts = ((self.tr("{n} gesprek") if step.conversations == 1 else self.tr("{n} gesprekken")).format(
            n=step.conversations) + " · " + (self.tr("{n} opname") if step.recordings == 1 else
                                             self.tr("{n} opnamen")).format(n=step.recordings))
        if step.kind == "conversation" or conversation is None:
            return self.tr("Nog geen gesprek. Volgende stap: het eerste gesprek vastleggen.")
        if step.kind == "open":  # the cycle's own next step, as the case's "Waar sta ik" says it
            if step.cycle_step is None:  # nothing open that the consents given allow
                return counts + " · " + self.tr("Volgende stap: gesprek {n} bekijken of een volgend gesprek "
                                                "vastleggen.").format(n=conversation.sequence)
            number, key = step.cycle_step
            return counts + " · " + self.tr("Volgende stap: gesprek {n}, {todo}.").format(n=number, todo=todo(key))
        when = self.tr("gesprek {n} van {day}").format(n=conversation.sequence, day=conversation.held_on.isoformat())
        next_text = {"consent": self.tr("Volgende stap: toestemming vastleggen voor {when}."),
                     "import": self.tr("Volgende stap: de opname van {when} importeren.")}[step.kind]
        return counts + " · " + next_text.format(when=when)

    def focus_first(self) -> None:
        """The keyboard on what to do now: the name field on a new workspace, else the big button."""
        target = self.identity.name if self.identity is not None else self.primary
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def close(self) -> bool:
        self.bridge.close()
        return super().close()


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            _delete_layout(item.layout())
    layout.deleteLater()
