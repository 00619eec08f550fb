"""The improvement plan: plans with their actions (status, who/what, date, evidence), and what is due; also
edited after the wizard: the chosen point or step changed beside the tree (plan_fields.py), a new step typed
under it, a step marked done or opened again, more fragments linked as its evidence.

`PlanPanel(ctx, professional_id, parent, due_only=True)` is what the app shows on opening when
`plan.due(...)` is not empty. Double-clicking an action's evidence asks to open it (`evidence_requested`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import evidence, plan
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.plan import ActionView, PlanView
from kijkwijzer.services.topics import Area

from ..i18n import count_text, current_lang, pick
from ..qt_events import EventBridge
from .pillar_help import pillar_help_html
from .plan_fields import PlanFields

ROLE = Qt.ItemDataRole.UserRole


class PlanPanel(QWidget):
    evidence_requested = Signal(str, int)  # kind, id

    def __init__(self, ctx: Context, professional_id: int, parent: QWidget | None = None, *,
                 due_only: bool = False, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.ctx = ctx
        self.professional_id = professional_id
        self.today = today
        self.due_only = QCheckBox(self.tr("Alleen wat nu aan de beurt is"), self)
        self.due_only.setChecked(due_only)
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Verbeterpunt / stap"), self.tr("Wie/wat"), self.tr("Wanneer"),
                                   self.tr("Status"), self.tr("Bewijs")])
        self.tree.setColumnWidth(0, 320)
        self.tree.itemDoubleClicked.connect(self._open_evidence)
        self.done = QPushButton(self.tr("Gedaan"), self)
        self.done.clicked.connect(self.mark_done)
        self.reopen = QPushButton(self.tr("Weer open"), self)
        self.reopen.setToolTip(self.tr("Een stap die gedaan of vervallen is, weer open zetten"))
        self.reopen.clicked.connect(self.reopen_action)
        self.link_fragment = QPushButton(self.tr("Fragment koppelen…"), self)
        self.link_fragment.setToolTip(self.tr("Een fragment uit je eigen gesprekken als bewijs aan deze stap koppelen"))
        self.link_menu = QMenu(self.link_fragment)
        self.link_fragment.setMenu(self.link_menu)
        self.fields = PlanFields(ctx, self)
        self.new_step = QLineEdit(self)
        self.new_step.setObjectName("newStep")
        self.new_step.setPlaceholderText(self.tr("Nieuwe stap bij het gekozen verbeterpunt; Enter voegt toe"))
        self.info = QLabel(self)
        self.info.setObjectName("planInfo")
        # one line, clipped when narrow: a wrapping label would make the dock scroll the whole panel
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.due_only)
        top.addStretch(1)
        for button in (self.done, self.reopen, self.link_fragment):
            top.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.new_step)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        fields_scroll = QScrollArea(self)  # a low dock: the fields scroll, the tree and buttons stay in sight
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setWidget(self.fields)
        splitter.addWidget(fields_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 320])
        self.fields.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        self.tree.currentItemChanged.connect(lambda *_a: self._chosen())
        self.new_step.returnPressed.connect(self.add_step)
        self.link_menu.aboutToShow.connect(self._fill_link_menu)
        self.fields.message.connect(self._say)
        self.bridge = EventBridge(ctx.bus, (Area.PLAN,), self)
        self.bridge.connect_to(self._on_event)
        self.reload()

    def kind_label(self, kind: str) -> str:
        """What a piece of evidence is, in the UI language (the store keeps the English kind)."""
        labels = {"fragment": self.tr("fragment"), "annotation": self.tr("annotatie"),
                  "aandachtspunt": self.tr("aandachtspunt"), "feedback": self.tr("feedbackscore")}
        return labels.get(kind, kind)

    def pillar_label(self, pillar_id: str | None) -> str:
        if not pillar_id:
            return ""
        try:
            pillar = self.ctx.content.pillar(pillar_id)
        except KeyError:
            return pillar_id
        return self.tr("pijler {title}").format(title=pick(pillar.title, pillar.title_en).lower())

    def _action_item(self, action: ActionView, named: dict[tuple[str, int], str]) -> QTreeWidgetItem:
        """`named`: the evidence as the PDF report and the review name it ("Fragment 2 (gesprek.mp4)")."""
        links = ", ".join(named.get((lk.kind, lk.target_id), f"{self.kind_label(lk.kind)} {lk.target_id}")
                          for lk in action.links)
        item = QTreeWidgetItem([action.text, action.who, f"{action.due_on:%d-%m-%Y}" if action.due_on else "",
                                plan.status_label(action.status, current_lang()), links])
        item.setData(0, ROLE, action)
        return item

    def reload(self) -> None:
        """Show the plans as stored; the chosen point or step stays chosen (its pending typing stays too)."""
        keep = self._key(self.selected())
        self.tree.blockSignals(True)
        self.tree.clear()
        try:
            if self.due_only.isChecked():
                due = plan.due(self.ctx, self.professional_id, self.today)
                named = self._evidence_names(due)
                for action in due:
                    self.tree.addTopLevelItem(self._action_item(action, named))
                self.info.setText(count_text(len(due), self.tr("1 stap aan de beurt."),
                                             self.tr("{n} stappen aan de beurt.")))
            else:
                plans = plan.list_plans(self.ctx, self.professional_id)
                named = self._evidence_names([a for p in plans for a in p.actions])
                for p in plans:
                    top = QTreeWidgetItem([p.room_for_improvement, p.needed, p.timeline, "",
                                           self.pillar_label(p.pillar_id)])
                    top.setData(0, ROLE, p)
                    if p.pillar_id and self.ctx.content.has(p.pillar_id):
                        top.setToolTip(4, pillar_help_html(self.ctx.content, p.pillar_id))
                    for action in p.actions:
                        top.addChild(self._action_item(action, named))
                    self.tree.addTopLevelItem(top)
                    top.setExpanded(True)
                self.info.setText(count_text(len(plans), self.tr("1 verbeterplan."),
                                             self.tr("{n} verbeterplannen.")))
        except KijkwijzerError as error:
            self._say(error.message(current_lang()))
        found = self._find(keep)
        if found is not None:
            self.tree.setCurrentItem(found)
        self.tree.blockSignals(False)
        self._chosen()

    def _evidence_names(self, actions: list[ActionView]) -> dict[tuple[str, int], str]:
        links = [(lk.kind, lk.target_id) for action in actions for lk in action.links]
        return evidence.link_labels(self.ctx, self.professional_id, links, current_lang()) if links else {}

    @staticmethod
    def _key(value: object) -> tuple[str, int] | None:
        if isinstance(value, ActionView):
            return ("action", value.id)
        return ("plan", value.id) if isinstance(value, PlanView) else None

    def _find(self, key: tuple[str, int] | None) -> QTreeWidgetItem | None:
        if key is None:
            return None
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        items += [top.child(j) for top in list(items) for j in range(top.childCount())]
        return next((i for i in items if self._key(i.data(0, ROLE)) == key), None)

    def selected(self) -> PlanView | ActionView | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, (PlanView, ActionView)) else None

    def selected_action(self) -> ActionView | None:
        value = self.selected()
        return value if isinstance(value, ActionView) else None

    def _chosen(self) -> None:
        value = self.selected()
        action = value if isinstance(value, ActionView) else None
        self.fields.show_item(value)
        self.done.setEnabled(action is not None and action.status not in plan.CLOSED)
        self.reopen.setEnabled(action is not None and action.status in plan.CLOSED)
        self.link_fragment.setEnabled(action is not None)
        self.new_step.setEnabled(self._plan_id() is not None)

    def _plan_id(self) -> int | None:
        """The plan a new step goes to: the chosen point, the point of the chosen step, or the only plan."""
        value = self.selected()
        if isinstance(value, PlanView):
            return value.id
        if isinstance(value, ActionView):
            return value.plan_id
        tops = [self.tree.topLevelItem(i).data(0, ROLE) for i in range(self.tree.topLevelItemCount())]
        plans = [t for t in tops if isinstance(t, PlanView)]
        return plans[0].id if len(plans) == 1 else None

    def _say(self, text: str) -> None:
        self.info.setText(text)
        self.info.setToolTip(text)  # whole, where the line is clipped

    def _run(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KijkwijzerError as error:
            self._say(error.message(current_lang()))
            return None

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(plan.done, self.ctx, action.id, on=self.today)

    def reopen_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(plan.reopen, self.ctx, action.id)

    def add_step(self) -> None:
        plan_id = self._plan_id()
        if plan_id is None or not self.new_step.text().strip():
            return
        made = self._run(plan.add_action, self.ctx.started_by(self), plan_id, self.new_step.text())
        if made is not None:
            self.new_step.clear()
            self.reload()  # once: the event of this step says the panel started it (`_on_event`)
            found = self._find(("action", made.id))
            if found is not None:
                self.tree.setCurrentItem(found)

    def _fill_link_menu(self) -> None:
        """The fragments of the professional's own conversations not linked to the chosen step yet."""
        self.link_menu.clear()
        action = self.selected_action()
        linked = {lk.target_id for lk in action.links if lk.kind == "fragment"} if action else set()
        choices = [f for f in self._run(plan.evidence_fragments, self.ctx, self.professional_id) or []
                   if f.fragment_id not in linked]
        for f in choices:
            text = (f"{f.held_on:%d-%m-%Y} · {f.client_pseudonym} · {format_ms(f.start_ms, millis=False)}–"
                    f"{format_ms(f.end_ms, millis=False)}  {f.title}").rstrip()
            entry = self.link_menu.addAction(text)
            entry.triggered.connect(lambda _c=False, fid=f.fragment_id: self.link(fid))
        if not choices:
            self.link_menu.addAction(self.tr("Geen fragmenten meer om te koppelen")).setEnabled(False)

    def link(self, fragment_id: int) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(plan.link, self.ctx, action.id, "fragment", fragment_id)

    def _open_evidence(self, item: QTreeWidgetItem, _column: int) -> None:
        action = item.data(0, ROLE)
        if isinstance(action, ActionView) and action.links:
            first = action.links[0]
            self.evidence_requested.emit(first.kind, first.target_id)

    def _on_event(self, event: Event) -> None:
        if event.started_by is not self:  # a step added here is reloaded and chosen by `add_step` itself
            self.reload()
